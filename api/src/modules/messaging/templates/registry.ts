import { certificateIssued, passwordReset } from "./account.js";
import { bookingCancelled, bookingConfirmation, bookingReminder } from "./booking.js";
import { quoteAnswered, quoteSent } from "./quote.js";
import type { Locale, RenderedEmail } from "./template-kit.js";

/**
 * Every transactional email, by the `emailType` stored on EmailLog. Callers
 * name a key and pass its data; TypeScript checks the data fits the template.
 */
export const emailTemplates = {
  booking_confirmation: bookingConfirmation,
  booking_reminder: bookingReminder,
  booking_cancelled: bookingCancelled,
  quote_sent: quoteSent,
  quote_answered: quoteAnswered,
  certificate_issued: certificateIssued,
  password_reset: passwordReset,
} as const;

export type EmailTemplateName = keyof typeof emailTemplates;

export type EmailTemplateData<K extends EmailTemplateName> = Parameters<(typeof emailTemplates)[K]>[1];

export function renderEmail<K extends EmailTemplateName>(
  name: K,
  locale: Locale,
  data: EmailTemplateData<K>,
): RenderedEmail {
  const render = emailTemplates[name] as (locale: Locale, data: EmailTemplateData<K>) => RenderedEmail;
  return render(locale, data);
}

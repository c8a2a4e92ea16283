// Who an email goes to, in their language and time zone: every flow selects
// the same user columns so each template call stays a few lines.
import { type Locale, localeOf } from "./templates/template-kit.js";

export const recipientSelect = {
  id: true,
  email: true,
  firstName: true,
  displayName: true,
  fullName: true,
  preferredLanguage: true,
  timezone: true,
} as const;

export interface RecipientUser {
  id: string;
  email: string;
  firstName: string | null;
  displayName: string | null;
  fullName: string | null;
  preferredLanguage: string;
  timezone: string;
}

export interface Recipient {
  to: string;
  userId: string;
  locale: Locale;
  name: string;
  timeZone: string;
}

export function recipientOf(user: RecipientUser): Recipient {
  return {
    to: user.email,
    userId: user.id,
    locale: localeOf(user.preferredLanguage),
    // Greetings use the first name when known ("Hello Ada,"), as the password reset email does.
    name: user.firstName ?? user.displayName ?? user.fullName ?? "",
    timeZone: user.timezone,
  };
}

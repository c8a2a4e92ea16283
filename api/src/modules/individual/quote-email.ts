// The individual-course quote emails, through the messaging outbox and its
// templates like every other transactional email: quote sent (to the student,
// with the secret link) and quote answered (to the instructor). Both are queued
// in the caller's transaction, so an email exists exactly when the change commits.
import type { Prisma } from "../../generated/prisma/client.js";
import { toGlobalId } from "../../graphql/global-id.js";
import { formatMoney } from "../../graphql/money.js";
import { emailLink } from "../messaging/email-links.js";
import { type RecipientUser, recipientOf, recipientSelect } from "../messaging/email-recipient.js";
import { enqueueEmail } from "../messaging/outbox.js";
import type { Locale } from "../messaging/templates/template-kit.js";

type Tx = Pick<Prisma.TransactionClient, "emailLog" | "user">;

interface QuoteForEmail {
  id: string;
  quoteNumber: string;
  totalPriceCents: number;
  currency: string;
  validUntil: Date;
  quoteMessage: string | null;
}

async function nameOf(tx: Tx, userId: string | null, fallback: string): Promise<string> {
  if (!userId) return fallback;
  const u = await tx.user.findUnique({ where: { id: userId }, select: recipientSelect });
  return u ? recipientOf(u).name || fallback : fallback;
}

const fallbackName = (locale: Locale, who: "instructor" | "client") =>
  locale === "fr" ? (who === "instructor" ? "Votre formateur" : "Le client") : `Your ${who}`;

/** The quote email to the student; the idempotency key keeps one per quote. */
export async function queueQuoteEmail(
  tx: Tx,
  quote: QuoteForEmail,
  recipient: RecipientUser,
  link: string,
  instructorId: string | null,
): Promise<void> {
  const r = recipientOf(recipient);
  const until = new Intl.DateTimeFormat(r.locale, { dateStyle: "long", timeZone: r.timeZone }).format(
    quote.validUntil,
  );
  await enqueueEmail(tx, {
    to: r.to,
    userId: r.userId,
    template: "quote_sent",
    locale: r.locale,
    idempotencyKey: `quote_sent:${quote.id}`,
    data: {
      recipientName: r.name,
      quoteNumber: quote.quoteNumber,
      instructorName: await nameOf(tx, instructorId, fallbackName(r.locale, "instructor")),
      total: formatMoney(quote.totalPriceCents, quote.currency, r.locale),
      message: quote.quoteMessage,
      secureUrl: link,
      validUntil: until,
    },
  });
}

/** The student's answer, to the instructor (none when the course has no instructor any more). */
export async function queueQuoteAnsweredEmail(
  tx: Tx,
  quote: { id: string; quoteNumber: string; status: string; clientResponse: string | null },
  course: { id: string; instructorId: string | null; studentId: string },
): Promise<void> {
  if (!course.instructorId) return;
  const instructor = await tx.user.findUniqueOrThrow({
    where: { id: course.instructorId },
    select: recipientSelect,
  });
  const r = recipientOf(instructor);
  await enqueueEmail(tx, {
    to: r.to,
    userId: r.userId,
    template: "quote_answered",
    locale: r.locale,
    idempotencyKey: `quote_answered:${quote.id}`,
    data: {
      instructorName: r.name,
      quoteNumber: quote.quoteNumber,
      clientName: await nameOf(tx, course.studentId, fallbackName(r.locale, "client")),
      accepted: quote.status === "ACCEPTED",
      message: quote.clientResponse,
      url: emailLink(`/individual-courses/${toGlobalId("IndividualCourse", course.id)}`),
    },
  });
}

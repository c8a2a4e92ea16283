// The email outbox: every email is an EmailLog row (QUEUED) written in the
// caller's transaction, so an email exists exactly when the change that caused
// it commits. The worker (email-worker.ts) delivers it later.
import type { Prisma } from "../../generated/prisma/client.js";
import { type EmailTemplateData, type EmailTemplateName, renderEmail } from "./templates/registry.js";
import type { Locale, RenderedEmail } from "./templates/template-kit.js";

export type OutboxTx = Pick<Prisma.TransactionClient, "emailLog">;

export interface EmailEnvelope {
  /** Set by callers that must know the id before the row exists (tracking URLs in the body). */
  id?: string;
  to: string;
  userId?: string | null;
  bookingId?: string | null;
  /**
   * One email per key, ever: business code that runs twice (a retried job, a
   * replayed webhook) does not queue a second copy. E.g. `booking_reminder:<bookingId>`.
   */
  idempotencyKey?: string | null;
  /** Earliest delivery time (default: now). */
  notBefore?: Date;
}

export interface EnqueueEmail<K extends EmailTemplateName> extends EmailEnvelope {
  template: K;
  locale: Locale;
  data: EmailTemplateData<K>;
}

/** Renders a template and queues it. Returns false when the idempotency key was already used. */
export function enqueueEmail<K extends EmailTemplateName>(
  tx: OutboxTx,
  email: EnqueueEmail<K>,
): Promise<boolean> {
  return enqueueRenderedEmail(
    tx,
    email,
    email.template,
    renderEmail(email.template, email.locale, email.data),
  );
}

/** Queues an already rendered email (drip course content is authored, not templated). */
export async function enqueueRenderedEmail(
  tx: OutboxTx,
  envelope: EmailEnvelope & { dripSubscriptionId?: string; dripContentId?: string },
  emailType: string,
  rendered: RenderedEmail,
): Promise<boolean> {
  // ON CONFLICT DO NOTHING on the idempotency key: a duplicate must not abort the caller's transaction.
  const { count } = await tx.emailLog.createMany({
    data: [
      {
        ...(envelope.id ? { id: envelope.id } : {}),
        recipientEmail: envelope.to.trim().toLowerCase(),
        emailType,
        subject: rendered.subject,
        htmlBody: rendered.html,
        textBody: rendered.text,
        userId: envelope.userId ?? null,
        bookingId: envelope.bookingId ?? null,
        idempotencyKey: envelope.idempotencyKey ?? null,
        dripSubscriptionId: envelope.dripSubscriptionId ?? null,
        dripContentId: envelope.dripContentId ?? null,
        status: "QUEUED",
        ...(envelope.notBefore ? { nextAttemptAt: envelope.notBefore, createdAt: envelope.notBefore } : {}),
      },
    ],
    skipDuplicates: true,
  });
  return count === 1;
}

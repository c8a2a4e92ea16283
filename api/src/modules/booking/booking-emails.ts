// The booking emails (confirmed, cancelled, reminder) to the learner, queued in
// the transaction of the change. One email per booking and kind, ever: the
// outbox idempotency key makes a second confirmation path (free booking, the
// expert's confirm, a paid seat) or a retried transaction queue nothing new.
import type { Prisma } from "../../generated/prisma/client.js";
import { toGlobalId } from "../../graphql/global-id.js";
import { emailLink } from "../messaging/email-links.js";
import { recipientOf, recipientSelect } from "../messaging/email-recipient.js";
import { enqueueEmail } from "../messaging/outbox.js";

type Tx = Prisma.TransactionClient;

export type BookingEmailKind = "booking_confirmation" | "booking_cancelled" | "booking_reminder";

const keyPrefix: Record<BookingEmailKind, string> = {
  booking_confirmation: "booking_confirmed",
  booking_cancelled: "booking_cancelled",
  booking_reminder: "booking_reminder",
};

/** Queues `kind` for the booking's learner; false when it was already queued once. */
export async function queueBookingEmail(tx: Tx, bookingId: string, kind: BookingEmailKind): Promise<boolean> {
  const b = await tx.booking.findUniqueOrThrow({
    where: { id: bookingId },
    select: {
      id: true,
      reference: true,
      startsAt: true,
      cancellationReason: true,
      user: { select: recipientSelect },
      tutoringSession: { select: { title: true } },
      schedule: { select: { course: { select: { title: true } } } },
    },
  });
  const r = recipientOf(b.user);
  const data = {
    recipientName: r.name,
    reference: b.reference,
    title: b.tutoringSession?.title ?? b.schedule?.course.title ?? b.reference,
    startsAt: b.startsAt,
    timeZone: r.timeZone,
    url: emailLink(`/bookings/${toGlobalId("Booking", b.id)}`),
  };
  const envelope = {
    to: r.to,
    userId: r.userId,
    bookingId: b.id,
    idempotencyKey: `${keyPrefix[kind]}:${b.id}`,
  };
  if (kind === "booking_cancelled")
    return enqueueEmail(tx, {
      ...envelope,
      template: kind,
      locale: r.locale,
      data: { ...data, reason: b.cancellationReason },
    });
  const queued = await enqueueEmail(tx, { ...envelope, template: kind, locale: r.locale, data });
  // Seed 004 confirmation_sent: the booking row says the confirmation exists.
  if (queued && kind === "booking_confirmation")
    await tx.booking.update({ where: { id: b.id }, data: { confirmationSent: true }, select: { id: true } });
  return queued;
}

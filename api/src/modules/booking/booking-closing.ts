import { isAdmin } from "../../auth/policy.js";
import type { Viewer } from "../../context.js";
import type { Prisma } from "../../generated/prisma/client.js";
import { PendingEvents } from "../../realtime/pending-events.js";
import { notify } from "../notifications/notification.events.js";
import { bookingUpdatedEvent } from "./booking.events.js";
import { type BookingRow, bookingSelect } from "./booking.loaders.js";
import { bookingParties } from "./booking.parties.js";
import type { BookingParties } from "./booking.policy.js";
import { type CancelledByRole, paymentStatusAfterCancel } from "./booking.rules.js";
import { queueBookingEmail } from "./booking-emails.js";
import type { BookingPaymentPort } from "./booking-payment.port.js";
import { releaseSeat } from "./seat-release.js";

type Tx = Prisma.TransactionClient;

/** Ends an active booking (cancelled or declined): records who, why and when, frees the seat, tells the others. */
export async function closeBooking(
  tx: Tx,
  events: PendingEvents,
  booking: BookingRow,
  parties: BookingParties,
  change: {
    status: "CANCELLED" | "DECLINED";
    viewer: Viewer | null;
    role: CancelledByRole;
    reason: string;
  },
): Promise<BookingRow> {
  const next = await tx.booking.update({
    where: { id: booking.id },
    data: {
      status: change.status,
      paymentStatus: paymentStatusAfterCancel(booking.paymentStatus),
      cancelledAt: new Date(),
      cancelledById: change.viewer?.id ?? null,
      cancelledByRole: change.role,
      cancellationReason: change.reason,
      expiresAt: null,
    },
    select: bookingSelect,
  });
  await releaseSeat(tx, events, booking);
  // Declined or cancelled, the learner's booking is off: they get the cancellation email either way.
  await queueBookingEmail(tx, booking.id, "booking_cancelled");
  const verb = change.status === "DECLINED" ? "declined" : "cancelled";
  const others = [parties.learnerId, parties.expertUserId].filter(
    (u): u is string => !!u && u !== change.viewer?.id,
  );
  await notify(
    tx,
    events,
    others.map((userId) => ({
      userId,
      type: "BOOKING" as const,
      title: `Booking ${verb}`,
      description: `Booking ${booking.reference} was ${verb}: ${change.reason}`,
      metadata: { bookingId: booking.id, reference: booking.reference },
    })),
  );
  bookingUpdatedEvent(events, next, parties);
  return next;
}

/**
 * Cancels every active booking of a schedule being cancelled in `tx` (its seat
 * count is reset by the caller), releases or refunds their payments in full
 * (the organiser cancelled) and tells the learners.
 */
export async function cancelScheduleBookings(
  tx: Tx,
  args: { scheduleId: string; actor: Viewer; reason: string },
  payments: BookingPaymentPort,
): Promise<PendingEvents> {
  const events = new PendingEvents();
  const active = await tx.booking.findMany({
    where: { scheduleId: args.scheduleId, status: { in: ["PENDING", "CONFIRMED"] } },
    select: bookingSelect,
  });
  const role: CancelledByRole = isAdmin(args.actor) ? "ADMIN" : "EXPERT";
  for (const booking of active) {
    const closed = await tx.booking.update({
      where: { id: booking.id },
      data: {
        status: "CANCELLED",
        paymentStatus: paymentStatusAfterCancel(booking.paymentStatus),
        cancelledAt: new Date(),
        cancelledById: args.actor.id,
        cancelledByRole: role,
        cancellationReason: args.reason,
        expiresAt: null,
      },
      select: bookingSelect,
    });
    const at = closed.cancelledAt ?? new Date();
    const next = await payments.afterClosed(tx, events, { before: booking, after: closed, role, at });
    await queueBookingEmail(tx, booking.id, "booking_cancelled");
    await notify(tx, events, [
      {
        userId: booking.userId,
        type: "BOOKING",
        title: "Class cancelled",
        description: `Booking ${booking.reference} was cancelled: ${args.reason}`,
        metadata: { bookingId: booking.id, reference: booking.reference },
      },
    ]);
    bookingUpdatedEvent(events, next, await bookingParties(tx, booking));
  }
  return events;
}

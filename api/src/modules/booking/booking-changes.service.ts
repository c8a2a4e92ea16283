import { z } from "zod";
import { isAdmin } from "../../auth/policy.js";
import type { Viewer } from "../../context.js";
import type { CampusPrisma } from "../../db/client.js";
import type { Prisma } from "../../generated/prisma/client.js";
import { UserErrorCode, UserErrorsException, userError } from "../../graphql/user-error.js";
import { globalIdOf, text } from "../../lib/id-schema.js";
import { parseInput } from "../../lib/validation.js";
import type { PendingEvents } from "../../realtime/pending-events.js";
import type { CampusPubSub } from "../../realtime/pubsub.js";
import { writeAuditLog } from "../audit/audit-log.js";
import { notify } from "../notifications/notification.events.js";
import type { ScheduleBookingsPort } from "../training/schedule.service.js";
import { bookingUpdatedEvent } from "./booking.events.js";
import { type BookingRow, bookingSelect } from "./booking.loaders.js";
import {
  assertCanCancelBooking,
  assertCanConfirmBooking,
  assertCanRecordOutcome,
  cancellationRole,
} from "./booking.policy.js";
import { type BookingStatus, type CancelledByRole, transitionError } from "./booking.rules.js";
import { cancelScheduleBookings, closeBooking } from "./booking-closing.js";
import { queueBookingEmail } from "./booking-emails.js";
import { lockReadableBooking, runBookingChange } from "./booking-lock.js";
import type { BookingPaymentPort } from "./booking-payment.port.js";

type Tx = Prisma.TransactionClient;

const bookingId = globalIdOf("Booking", "booking");
const reason = text("Reason", 1000);

const fail = (code: UserErrorCode, message: string, field?: string): never => {
  throw new UserErrorsException([userError(code, message, field)]);
};

/**
 * Changes to existing bookings: cancel, confirm, decline, attendance; each under
 * the booking's row lock, with its money step (capture, release, refund) in the
 * same transaction.
 */
export class BookingChangesService implements ScheduleBookingsPort {
  constructor(
    private readonly deps: { prisma: CampusPrisma; pubsub: CampusPubSub; payments: BookingPaymentPort },
  ) {}

  private lock(tx: Tx, viewer: Viewer, id: string) {
    return lockReadableBooking(tx, viewer, id);
  }

  private run(work: (tx: Tx, events: PendingEvents) => Promise<BookingRow>) {
    return runBookingChange(this.deps, work);
  }

  private static check(booking: BookingRow, next: BookingStatus) {
    const error = transitionError(booking.status as BookingStatus, next);
    if (error) fail(UserErrorCode.INVALID_STATE, error, "bookingId");
  }

  cancel(viewer: Viewer, input: unknown) {
    const data = parseInput(z.object({ bookingId, reason }), input);
    return this.run(async (tx, events) => {
      const { booking, parties } = await this.lock(tx, viewer, data.bookingId);
      assertCanCancelBooking(viewer, parties);
      const role = cancellationRole(viewer, parties) as CancelledByRole;
      BookingChangesService.check(booking, "CANCELLED");
      if (role !== "ADMIN" && booking.startsAt <= new Date()) {
        fail(
          UserErrorCode.INVALID_STATE,
          "The booking has started; only an admin can cancel it now.",
          "bookingId",
        );
      }
      const closed = await closeBooking(tx, events, booking, parties, {
        status: "CANCELLED",
        viewer,
        role,
        reason: data.reason,
      });
      const next = await this.deps.payments.afterClosed(tx, events, {
        before: booking,
        after: closed,
        role,
        at: closed.cancelledAt ?? new Date(),
      });
      if (role === "ADMIN") {
        await writeAuditLog(tx, {
          actorId: viewer.id,
          action: "booking.cancel",
          entityType: "Booking",
          entityId: booking.id,
          oldValues: { status: booking.status, paymentStatus: booking.paymentStatus },
          newValues: { status: next.status, paymentStatus: next.paymentStatus, reason: data.reason },
        });
      }
      return next;
    });
  }

  decline(viewer: Viewer, input: unknown) {
    const data = parseInput(z.object({ bookingId, reason }), input);
    return this.run(async (tx, events) => {
      const { booking, parties } = await this.lock(tx, viewer, data.bookingId);
      assertCanConfirmBooking(viewer, parties);
      if (!booking.slotId)
        fail(UserErrorCode.INVALID, "Only tutoring bookings can be declined.", "bookingId");
      BookingChangesService.check(booking, "DECLINED");
      const role: CancelledByRole =
        isAdmin(viewer) && viewer.id !== parties.expertUserId ? "ADMIN" : "EXPERT";
      const closed = await closeBooking(tx, events, booking, parties, {
        status: "DECLINED",
        viewer,
        role,
        reason: data.reason,
      });
      return this.deps.payments.afterClosed(tx, events, {
        before: booking,
        after: closed,
        role,
        at: closed.cancelledAt ?? new Date(),
      });
    });
  }

  confirm(viewer: Viewer, input: unknown) {
    const data = parseInput(z.object({ bookingId }), input);
    return this.run(async (tx, events) => {
      const { booking, parties } = await this.lock(tx, viewer, data.bookingId);
      assertCanConfirmBooking(viewer, parties);
      BookingChangesService.check(booking, "CONFIRMED");
      // An unpaid booking keeps its hold: confirmation does not pay for it.
      const unpaid = booking.paymentStatus === "PENDING" || booking.paymentStatus === "FAILED";
      const confirmed = await tx.booking.update({
        where: { id: booking.id },
        data: { status: "CONFIRMED", confirmedAt: new Date(), expiresAt: unpaid ? booking.expiresAt : null },
        select: bookingSelect,
      });
      const next = await this.deps.payments.afterConfirmed(tx, events, confirmed);
      await queueBookingEmail(tx, booking.id, "booking_confirmation");
      await notify(tx, events, [
        {
          userId: booking.userId,
          type: "BOOKING",
          title: "Booking confirmed",
          description: `Booking ${booking.reference} is confirmed.`,
          metadata: { bookingId: booking.id, reference: booking.reference },
        },
      ]);
      bookingUpdatedEvent(events, next, parties);
      return next;
    });
  }

  recordOutcome(viewer: Viewer, input: unknown) {
    const data = parseInput(z.object({ bookingId, outcome: z.enum(["COMPLETED", "NO_SHOW"]) }), input);
    return this.run(async (tx, events) => {
      const { booking, parties } = await this.lock(tx, viewer, data.bookingId);
      assertCanRecordOutcome(viewer, parties);
      BookingChangesService.check(booking, data.outcome);
      if (booking.startsAt > new Date())
        fail(UserErrorCode.INVALID_STATE, "The booking has not started yet.", "bookingId");
      const recorded = await tx.booking.update({
        where: { id: booking.id },
        data: { status: data.outcome },
        select: bookingSelect,
      });
      const next = await this.deps.payments.afterOutcome(tx, events, recorded);
      bookingUpdatedEvent(events, next, parties);
      return next;
    });
  }

  /** ScheduleBookingsPort: the schedule is being cancelled in `tx`; its seat count is reset by the caller. */
  cancelAllForSchedule(tx: Tx, args: { scheduleId: string; actor: Viewer; reason: string }) {
    return cancelScheduleBookings(tx, args, this.deps.payments);
  }
}

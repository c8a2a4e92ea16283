import { z } from "zod";
import { assertAllowed, isAdmin } from "../../auth/policy.js";
import type { Viewer } from "../../context.js";
import type { CampusPrisma } from "../../db/client.js";
import { UserErrorCode, UserErrorsException, userError } from "../../graphql/user-error.js";
import { globalIdOf, text } from "../../lib/id-schema.js";
import { parseInput } from "../../lib/validation.js";
import type { CampusPubSub } from "../../realtime/pubsub.js";
import { writeAuditLog } from "../audit/audit-log.js";
import { bookingUpdatedEvent } from "./booking.events.js";
import { assertCanConfirmBooking } from "./booking.policy.js";
import { lockReadableBooking, runBookingChange } from "./booking-lock.js";
import type { BookingPaymentPort } from "./booking-payment.port.js";

const bookingId = globalIdOf("Booking", "booking");
const CAPTURED = ["PAID", "PARTIALLY_REFUNDED", "REFUNDED"];
const HELD = ["CONFIRMED", "COMPLETED", "NO_SHOW"];

const fail = (code: UserErrorCode, message: string, field?: string): never => {
  throw new UserErrorsException([userError(code, message, field)]);
};

/** Explicit money steps on a booking: capture its authorization, refund part of its payment. */
export class BookingMoneyService {
  constructor(
    private readonly deps: { prisma: CampusPrisma; pubsub: CampusPubSub; payments: BookingPaymentPort },
  ) {}

  /**
   * Captures a confirmed booking's authorization (the expert, the schedule's
   * managers or an admin). Retrying is safe: a captured booking is returned as it is,
   * and the provider call carries `capture:<bookingId>`.
   */
  capture(viewer: Viewer, input: unknown) {
    const data = parseInput(z.object({ bookingId }), input);
    return runBookingChange(this.deps, async (tx, events) => {
      const { booking, parties } = await lockReadableBooking(tx, viewer, data.bookingId);
      assertCanConfirmBooking(viewer, parties);
      if (CAPTURED.includes(booking.paymentStatus)) return booking;
      if (!HELD.includes(booking.status))
        fail(UserErrorCode.INVALID_STATE, "Confirm the booking before capturing its payment.", "bookingId");
      if (booking.paymentStatus !== "AUTHORIZED")
        fail(UserErrorCode.INVALID_STATE, "There is no card authorization to capture.", "bookingId");
      const next = await this.deps.payments.capture(tx, events, booking);
      if (
        isAdmin(viewer) &&
        viewer.id !== parties.expertUserId &&
        !parties.scheduleManagerIds.includes(viewer.id)
      ) {
        await writeAuditLog(tx, {
          actorId: viewer.id,
          action: "booking.capture",
          entityType: "Booking",
          entityId: booking.id,
          oldValues: {
            paymentStatus: booking.paymentStatus,
            amountCapturedCents: booking.amountCapturedCents,
          },
          newValues: { paymentStatus: next.paymentStatus, amountCapturedCents: next.amountCapturedCents },
        });
      }
      bookingUpdatedEvent(events, next, parties);
      return next;
    });
  }

  /** Refunds part or all of what a booking's payment captured (admins; audited). */
  refund(viewer: Viewer, input: unknown) {
    assertAllowed(viewer, isAdmin(viewer), "Only admins can refund bookings.");
    const data = parseInput(
      z.object({
        bookingId,
        amountCents: z.number().int("Whole cents.").positive("The refund must be more than zero."),
        reason: text("Reason", 1000),
      }),
      input,
    );
    return runBookingChange(this.deps, async (tx, events) => {
      const { booking, parties } = await lockReadableBooking(tx, viewer, data.bookingId);
      const next = await this.deps.payments.refund(tx, events, booking, data.amountCents, data.reason);
      await writeAuditLog(tx, {
        actorId: viewer.id,
        action: "booking.refund",
        entityType: "Booking",
        entityId: booking.id,
        oldValues: { paymentStatus: booking.paymentStatus, amountRefundedCents: booking.amountRefundedCents },
        newValues: {
          paymentStatus: next.paymentStatus,
          amountRefundedCents: next.amountRefundedCents,
          reason: data.reason,
        },
      });
      bookingUpdatedEvent(events, next, parties);
      return next;
    });
  }
}

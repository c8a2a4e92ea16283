// What a payment intent's current state means for its booking. Called by the
// booking checkout, the synchronous confirmation and the webhooks, in any
// order and any number of times: it moves the ledger row forward only
// (ledger.rules.ts canMove), under the booking and ledger row locks.
import type { Prisma } from "../../generated/prisma/client.js";
import type { GatewayIntent } from "../../payments/gateway.js";
import type { PendingEvents } from "../../realtime/pending-events.js";
import { bookingUpdatedEvent } from "../booking/booking.events.js";
import { type BookingRow, bookingSelect } from "../booking/booking.loaders.js";
import { bookingParties } from "../booking/booking.parties.js";
import { notify } from "../notifications/notification.events.js";
import {
  captureBookingPayment,
  recordCapture,
  refundBookingPayment,
  releaseBookingPayment,
} from "./booking-money.js";
import type { CommerceDeps } from "./commerce.deps.js";
import { lockPayment, type PaymentRow, setPaymentStatus } from "./ledger.js";
import { canMove, statusOfIntent } from "./ledger.rules.js";

type Tx = Prisma.TransactionClient;

export async function lockBooking(tx: Tx, id: string): Promise<BookingRow | null> {
  await tx.$queryRaw`SELECT 1 FROM bookings WHERE id = ${id}::uuid FOR UPDATE`;
  return tx.booking.findUnique({ where: { id }, select: bookingSelect });
}

const isClosed = (b: BookingRow) => b.status === "CANCELLED" || b.status === "DECLINED";
const HELD = ["CONFIRMED", "COMPLETED", "NO_SHOW"];

/** Applies the intent of a booking payment; locks booking then ledger row (the order every path uses). */
export async function applyIntentToBooking(
  tx: Tx,
  deps: Pick<CommerceDeps, "gateway" | "captureOn">,
  events: PendingEvents,
  paymentId: string,
  intent: GatewayIntent,
): Promise<BookingRow | null> {
  const found = await tx.paymentTransaction.findUnique({
    where: { id: paymentId },
    select: { bookingId: true },
  });
  const booking = found?.bookingId ? await lockBooking(tx, found.bookingId) : null;
  const payment = await lockPayment(tx, paymentId);
  if (!booking || !payment) return booking;
  return applyIntentToLockedBooking(tx, deps, events, booking, payment, intent);
}

/** The same, for a caller that already holds both row locks and the rows (booking checkout). */
export async function applyIntentToLockedBooking(
  tx: Tx,
  deps: Pick<CommerceDeps, "gateway" | "captureOn">,
  events: PendingEvents,
  booking: BookingRow,
  payment: PaymentRow,
  intent: GatewayIntent,
): Promise<BookingRow> {
  const next = await applyLocked(tx, deps, events, booking, payment, intent);
  if (next !== booking) bookingUpdatedEvent(events, next, await bookingParties(tx, next));
  return next;
}

async function applyLocked(
  tx: Tx,
  deps: Pick<CommerceDeps, "gateway" | "captureOn">,
  events: PendingEvents,
  booking: BookingRow,
  payment: PaymentRow,
  intent: GatewayIntent,
): Promise<BookingRow> {
  const status = statusOfIntent(intent);
  // A bank payment in flight: the hold must not lapse under it (the expiry job skips PROCESSING).
  if (intent.status === "processing" && booking.paymentStatus === "PENDING")
    return tx.booking.update({
      where: { id: booking.id },
      data: { paymentStatus: "PROCESSING" },
      select: bookingSelect,
    });
  if (!canMove(payment.status, status)) return booking;
  switch (status) {
    case "AUTHORIZED": {
      // Authorized after the booking ended (the card was confirmed as it was cancelled): let go at once.
      if (isClosed(booking)) {
        await setPaymentStatus(tx, payment.id, "AUTHORIZED");
        await releaseBookingPayment(tx, deps, booking);
        return booking;
      }
      await setPaymentStatus(tx, payment.id, "AUTHORIZED", { authorizedAt: new Date(), failureReason: null });
      const authorized = await tx.booking.update({
        where: { id: booking.id },
        data: {
          paymentStatus: "AUTHORIZED",
          amountAuthorizedCents: intent.amountCapturableCents,
          expiresAt: null,
        },
        select: bookingSelect,
      });
      const due =
        (deps.captureOn === "CONFIRMATION" && authorized.status === "CONFIRMED") ||
        (HELD.includes(authorized.status) && authorized.status !== "CONFIRMED");
      return due ? captureBookingPayment(tx, deps, events, authorized) : authorized;
    }
    case "SUCCEEDED": {
      const paid = await recordCapture(tx, events, booking, payment, intent);
      if (!isClosed(booking)) return paid;
      // Paid after the booking ended: give it all back.
      return refundBookingPayment(tx, deps, events, paid, {
        amountCents: intent.amountReceivedCents,
        reason: "Paid after the booking had ended",
        key: `refund:${booking.id}:after-close`,
      });
    }
    case "FAILED": {
      await setPaymentStatus(tx, payment.id, "FAILED", { failureReason: intent.lastError });
      await notify(tx, events, [
        {
          userId: booking.userId,
          type: "PAYMENT",
          title: "Payment failed",
          description: `Booking ${booking.reference}: ${intent.lastError ?? "the payment did not go through"}.`,
          metadata: { bookingId: booking.id, reference: booking.reference },
        },
      ]);
      if (booking.paymentStatus !== "PENDING" && booking.paymentStatus !== "PROCESSING") return booking;
      return tx.booking.update({
        where: { id: booking.id },
        data: { paymentStatus: "FAILED" },
        select: bookingSelect,
      });
    }
    case "CANCELLED": {
      await setPaymentStatus(tx, payment.id, "CANCELLED");
      if (!["PENDING", "PROCESSING", "AUTHORIZED", "FAILED"].includes(booking.paymentStatus)) return booking;
      return tx.booking.update({
        where: { id: booking.id },
        data: { paymentStatus: "RELEASED" },
        select: bookingSelect,
      });
    }
    default:
      return booking;
  }
}

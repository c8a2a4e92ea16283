// Capture, refund and release of a booking's payment. Every function runs in
// the caller's transaction with the booking row already locked, so two
// attempts on one booking take turns and the second sees what the first did;
// each provider call carries a key derived from the booking, so even a
// transaction retried after a lost answer repeats the same request.
import type { Prisma } from "../../generated/prisma/client.js";
import { formatMoney } from "../../graphql/money.js";
import { UserErrorCode, UserErrorsException, userError } from "../../graphql/user-error.js";
import { type GatewayIntent, gatewayIn, PaymentGatewayError } from "../../payments/gateway.js";
import type { PendingEvents } from "../../realtime/pending-events.js";
import { type BookingRow, bookingSelect } from "../booking/booking.loaders.js";
import { queueBookingEmail } from "../booking/booking-emails.js";
import { notify } from "../notifications/notification.events.js";
import { type CommerceDeps, gatewayCall } from "./commerce.deps.js";
import { releaseRedemption } from "./discount-redemption.js";
import { lockPayment, type PaymentRow, recordRefund, setPaymentStatus } from "./ledger.js";

type Tx = Prisma.TransactionClient;
type Deps = Pick<CommerceDeps, "gateway">;

/** The booking's payment row, locked (after the booking row: always that order). */
export async function lockedBookingPayment(tx: Tx, bookingId: string): Promise<PaymentRow | null> {
  const row = await tx.paymentTransaction.findFirst({
    where: { bookingId, kind: "BOOKING" },
    orderBy: { createdAt: "desc" },
    select: { id: true },
  });
  return row ? lockPayment(tx, row.id) : null;
}

/** Writes a capture the provider made: ledger SUCCEEDED, booking PAID; a paid seat is confirmed. */
export async function recordCapture(
  tx: Tx,
  events: PendingEvents,
  booking: BookingRow,
  payment: PaymentRow,
  intent: GatewayIntent,
): Promise<BookingRow> {
  await setPaymentStatus(tx, payment.id, "SUCCEEDED", {
    providerChargeId: intent.latestChargeId,
    failureReason: null,
  });
  const confirmsSeat = booking.status === "PENDING" && booking.scheduleId !== null;
  const next = await tx.booking.update({
    where: { id: booking.id },
    data: {
      amountCapturedCents: intent.amountReceivedCents,
      paymentStatus: "PAID",
      expiresAt: null,
      ...(confirmsSeat ? { status: "CONFIRMED", confirmedAt: new Date() } : {}),
    },
    select: bookingSelect,
  });
  if (confirmsSeat) await queueBookingEmail(tx, booking.id, "booking_confirmation");
  await notify(tx, events, [
    {
      userId: booking.userId,
      type: "PAYMENT",
      title: confirmsSeat ? "Payment received, seat confirmed" : "Payment received",
      description: `${formatMoney(intent.amountReceivedCents, booking.currency)} for booking ${booking.reference}.`,
      metadata: { bookingId: booking.id, reference: booking.reference },
    },
  ]);
  return next;
}

/** Captures the booking's authorization (nothing to do unless it is AUTHORIZED). */
export async function captureBookingPayment(
  tx: Tx,
  deps: Deps,
  events: PendingEvents,
  booking: BookingRow,
): Promise<BookingRow> {
  const payment = await lockedBookingPayment(tx, booking.id);
  const intentId = payment?.providerPaymentIntentId;
  if (!payment || !intentId || booking.paymentStatus !== "AUTHORIZED") return booking;
  const intent = await gatewayCall(
    () =>
      gatewayIn(deps.gateway, tx).captureIntent(
        intentId,
        booking.paymentAmountCents,
        `capture:${booking.id}`,
      ),
    "bookingId",
  );
  return recordCapture(tx, events, booking, payment, intent);
}

/**
 * Refunds `amountCents` of what the booking's payment captured. A refund
 * above what was captured and not yet refunded is refused here, before the
 * provider hears of it (the CHECK bookings_refund_within_capture_check is the backstop).
 */
export async function refundBookingPayment(
  tx: Tx,
  deps: Deps,
  events: PendingEvents,
  booking: BookingRow,
  refund: { amountCents: number; reason: string; key: string },
): Promise<BookingRow> {
  const refundable = booking.amountCapturedCents - booking.amountRefundedCents;
  if (refund.amountCents > refundable) {
    throw new UserErrorsException([
      userError(
        UserErrorCode.INVALID,
        `At most ${formatMoney(refundable, booking.currency)} can be refunded: that is what was paid and not yet refunded.`,
        "amountCents",
      ),
    ]);
  }
  const payment = await lockedBookingPayment(tx, booking.id);
  const intentId = payment?.providerPaymentIntentId;
  if (!payment || !intentId) {
    throw new UserErrorsException([
      userError(UserErrorCode.INVALID_STATE, "Nothing was paid for this booking.", "bookingId"),
    ]);
  }
  const made = await gatewayCall(() =>
    gatewayIn(deps.gateway, tx).refund(intentId, refund.amountCents, refund.key, {
      bookingId: booking.id,
      reason: refund.reason,
    }),
  );
  await recordRefund(tx, payment, made, {
    key: refund.key,
    capturedCents: booking.amountCapturedCents,
    refundedBeforeCents: booking.amountRefundedCents,
    reason: refund.reason,
    provider: deps.gateway.provider,
  });
  const total = booking.amountRefundedCents + made.amountCents;
  const next = await tx.booking.update({
    where: { id: booking.id },
    data: {
      amountRefundedCents: total,
      paymentStatus: total >= booking.amountCapturedCents ? "REFUNDED" : "PARTIALLY_REFUNDED",
    },
    select: bookingSelect,
  });
  await notify(tx, events, [
    {
      userId: booking.userId,
      type: "PAYMENT",
      title: "Refund issued",
      description: `${formatMoney(made.amountCents, booking.currency)} refunded for booking ${booking.reference}.`,
      metadata: { bookingId: booking.id, reference: booking.reference },
    },
  ]);
  return next;
}

/**
 * Releases a payment that took no money (an authorization or an unpaid
 * intent) and gives its discount use back. Returns the intent when it turns
 * out to have been paid meanwhile (the customer confirmed as we cancelled).
 */
export async function releaseBookingPayment(
  tx: Tx,
  deps: Deps,
  booking: BookingRow,
  outcome: "CANCELLED" | "EXPIRED" = "CANCELLED",
): Promise<GatewayIntent | null> {
  const payment = await lockedBookingPayment(tx, booking.id);
  if (payment && ["PENDING", "AUTHORIZED", "FAILED"].includes(payment.status)) {
    const intentId = payment.providerPaymentIntentId;
    if (intentId) {
      const gateway = gatewayIn(deps.gateway, tx);
      const intent = await gatewayCall(async () => {
        try {
          return await gateway.cancelIntent(intentId, `cancel:${booking.id}`);
        } catch (error) {
          // Already canceled or succeeded at the provider: what matters is its state now.
          if (error instanceof PaymentGatewayError && error.kind === "invalid_request")
            return gateway.retrieveIntent(intentId);
          throw error;
        }
      }, "bookingId");
      if (intent.status === "succeeded") return intent;
    }
    await setPaymentStatus(tx, payment.id, outcome);
  }
  await releaseRedemption(tx, { bookingId: booking.id });
  return null;
}

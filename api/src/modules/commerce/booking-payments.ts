import type { Prisma } from "../../generated/prisma/client.js";
import { UserErrorCode, UserErrorsException, userError } from "../../graphql/user-error.js";
import { type GatewayIntent, isOpenIntent, PaymentGatewayError } from "../../payments/gateway.js";
import { PendingEvents } from "../../realtime/pending-events.js";
import { type BookingRow, bookingSelect } from "../booking/booking.loaders.js";
import { bookingParties } from "../booking/booking.parties.js";
import { type CancelledByRole, refundPercent } from "../booking/booking.rules.js";
import { closeBooking } from "../booking/booking-closing.js";
import {
  type BookingAmount,
  type BookingPaymentPort,
  type CheckoutPayment,
  initialBookingState,
  type StartedBookingPayment,
} from "../booking/booking-payment.port.js";
import { runBookingTransaction } from "../booking/booking-transaction.js";
import { applyIntentToLockedBooking, lockBooking } from "./booking-intents.js";
import {
  captureBookingPayment,
  lockedBookingPayment,
  recordCapture,
  refundBookingPayment,
  releaseBookingPayment,
} from "./booking-money.js";
import type { CommerceDeps } from "./commerce.deps.js";
import {
  type AppliedDiscount,
  type DiscountRequest,
  recordRedemption,
  redeemDiscount,
} from "./discount-redemption.js";
import { intentKey, paymentSelect, setPaymentStatus } from "./ledger.js";
import { policyRefundCents } from "./ledger.rules.js";

type Tx = Prisma.TransactionClient;
const CAPTURED = ["PAID", "PARTIALLY_REFUNDED"];

/**
 * The booking lifecycle's money, through the PaymentGateway. Tutoring slots
 * authorize at booking (manual capture) and capture when the expert confirms
 * (or at completion, BOOKING_CAPTURE_ON); schedule seats are charged at
 * booking and confirmed when the charge succeeds (seed 004).
 */
export class GatewayBookingPayments implements BookingPaymentPort {
  constructor(private readonly deps: CommerceDeps) {}

  initialState(amount: BookingAmount, now: Date) {
    return initialBookingState(amount, now);
  }

  redeemDiscount(tx: Tx, request: DiscountRequest) {
    return redeemDiscount(tx, request);
  }

  async recordCheckout(
    tx: Tx,
    booking: BookingRow,
    checkout: { discount: AppliedDiscount | null; productName: string; courseId: string | null },
  ) {
    const { discount } = checkout;
    const payment =
      booking.paymentAmountCents > 0
        ? await tx.paymentTransaction.create({
            data: {
              userId: booking.userId,
              kind: "BOOKING",
              amountCents: booking.paymentAmountCents,
              currency: booking.currency,
              discountAmountCents: booking.discountCents,
              productName: checkout.productName,
              provider: this.deps.gateway.provider,
              promotionalCode: discount?.code ?? null,
              discountCodeId: discount?.discountCodeId ?? null,
              bookingId: booking.id,
              courseId: checkout.courseId,
              metadata: {
                reference: booking.reference,
                captureMethod: booking.slotId ? "manual" : "automatic",
              },
            },
            select: { id: true },
          })
        : null;
    if (discount)
      await recordRedemption(tx, discount, {
        userId: booking.userId,
        bookingId: booking.id,
        transactionId: payment?.id,
      });
    return payment && { id: payment.id, productName: checkout.productName };
  }

  async startPayment(
    booking: BookingRow,
    paymentMethodId: string | null,
    payment: CheckoutPayment | null,
  ): Promise<StartedBookingPayment> {
    const { prisma, gateway } = this.deps;
    if (!payment) return { booking, paymentAction: null };
    let intent: GatewayIntent;
    try {
      intent = await gateway.createIntent(
        {
          amountCents: booking.paymentAmountCents,
          currency: booking.currency,
          captureMethod: booking.slotId ? "manual" : "automatic",
          description: `${payment.productName ?? "Booking"} (${booking.reference})`,
          metadata: { paymentId: payment.id, bookingId: booking.id, reference: booking.reference },
          paymentMethodId,
        },
        intentKey(payment.id),
      );
    } catch (error) {
      if (!(error instanceof PaymentGatewayError)) throw error;
      await this.abandon(booking.id, payment.id, error.message);
      throw new UserErrorsException([
        userError(
          UserErrorCode.PAYMENT_FAILED,
          "The payment could not be started, so the seat was released. Try again.",
        ),
      ]);
    }
    const events = new PendingEvents();
    const next = await runBookingTransaction(prisma, async (tx) => {
      // Each UPDATE locks its row and returns it as it now is: booking first, then its ledger
      // row (the order every path uses), with no separate lock-and-read round trips.
      const locked = await tx.booking.update({
        where: { id: booking.id },
        data: { stripePaymentIntentId: intent.id },
        select: bookingSelect,
      });
      const ledger = await tx.paymentTransaction.update({
        where: { id: payment.id },
        data: { providerPaymentIntentId: intent.id, idempotencyKey: intentKey(payment.id) },
        select: paymentSelect,
      });
      return applyIntentToLockedBooking(tx, this.deps, events, locked, ledger, intent);
    });
    events.publish(this.deps.pubsub);
    const awaitsCard = isOpenIntent(intent.status) && intent.status !== "requires_capture";
    return {
      booking: next ?? booking,
      paymentAction:
        awaitsCard && intent.clientSecret
          ? { paymentId: payment.id, clientSecret: intent.clientSecret, provider: gateway.provider }
          : null,
    };
  }

  /** The intent could not be created: the booking gives its seat back rather than hold it unpaid. */
  private async abandon(bookingId: string, paymentId: string, reason: string) {
    const events = new PendingEvents();
    await runBookingTransaction(this.deps.prisma, async (tx) => {
      const booking = await lockBooking(tx, bookingId);
      if (!booking || (booking.status !== "PENDING" && booking.status !== "CONFIRMED")) return;
      const closed = await closeBooking(tx, events, booking, await bookingParties(tx, booking), {
        status: "CANCELLED",
        viewer: null,
        role: "SYSTEM",
        reason: "The payment could not be started.",
      });
      // Gives the discount use back; then the row says why: no intent was ever created.
      await releaseBookingPayment(tx, this.deps, closed);
      await setPaymentStatus(tx, paymentId, "FAILED", { failureReason: reason });
      await tx.booking.update({ where: { id: closed.id }, data: { paymentStatus: "FAILED" } });
    });
    events.publish(this.deps.pubsub);
  }

  afterConfirmed(tx: Tx, events: PendingEvents, booking: BookingRow) {
    if (this.deps.captureOn !== "CONFIRMATION") return Promise.resolve(booking);
    return captureBookingPayment(tx, this.deps, events, booking);
  }

  afterOutcome(tx: Tx, events: PendingEvents, booking: BookingRow) {
    // A session that took place (or was missed by the learner) is owed, whatever the capture mode.
    return captureBookingPayment(tx, this.deps, events, booking);
  }

  async afterClosed(
    tx: Tx,
    events: PendingEvents,
    change: { before: BookingRow; after: BookingRow; role: CancelledByRole; at: Date },
  ): Promise<BookingRow> {
    const { before, after, role, at } = change;
    if (CAPTURED.includes(before.paymentStatus)) {
      const policy = {
        refundableUntil: before.refundableUntil ?? before.startsAt,
        refundPercentBefore: before.refundPercentBefore,
        refundPercentAfter: before.refundPercentAfter,
      };
      const percent = refundPercent(policy, at, role);
      const owed = policyRefundCents(before.amountCapturedCents, percent) - before.amountRefundedCents;
      if (owed <= 0) return after;
      return refundBookingPayment(tx, this.deps, events, after, {
        amountCents: owed,
        reason: `Cancellation: ${percent}% refund by the booking's policy`,
        key: `refund:${before.id}:cancellation`,
      });
    }
    const paid = await releaseBookingPayment(tx, this.deps, after);
    if (paid) {
      // The customer paid while we cancelled: record it, then return all of it.
      const payment = await lockedBookingPayment(tx, after.id);
      if (!payment) return after;
      const charged = await recordCapture(tx, events, after, payment, paid);
      return refundBookingPayment(tx, this.deps, events, charged, {
        amountCents: paid.amountReceivedCents,
        reason: "Paid after the booking had ended",
        key: `refund:${after.id}:after-close`,
      });
    }
    return tx.booking.findUniqueOrThrow({ where: { id: after.id }, select: bookingSelect });
  }

  capture(tx: Tx, events: PendingEvents, booking: BookingRow) {
    return captureBookingPayment(tx, this.deps, events, booking);
  }

  refund(tx: Tx, events: PendingEvents, booking: BookingRow, amountCents: number, reason: string) {
    // The refunded total so far makes the key: a retry of the same request that
    // failed before recording reuses it; a later, separate refund gets its own.
    const key = `refund:${booking.id}:${booking.amountRefundedCents}+${amountCents}`;
    return refundBookingPayment(tx, this.deps, events, booking, { amountCents, reason, key });
  }
}

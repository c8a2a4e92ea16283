// The money steps of the booking lifecycle. The booking module decides what
// happens to a booking; this port does what that means for its payment. The
// implementation (commerce/booking-payments.ts) drives the PaymentGateway:
// Stripe when configured, else the offline gateway. Hooks that take `tx` run in
// the booking's transaction under its row lock; provider calls made there carry
// deterministic idempotency keys (`capture:<bookingId>`…), so a retried
// transaction or mutation never moves money twice.
import type { Prisma } from "../../generated/prisma/client.js";
import type { PendingEvents } from "../../realtime/pending-events.js";
import type { AppliedDiscount, DiscountRequest } from "../commerce/discount-redemption.js";
import type { BookingRow } from "./booking.loaders.js";
import type { BookingKind, BookingStatus, CancelledByRole, PaymentStatus } from "./booking.rules.js";

type Tx = Prisma.TransactionClient;

export interface BookingAmount {
  kind: BookingKind;
  amountCents: number;
  currency: string;
}

export interface InitialBookingState {
  status: BookingStatus;
  paymentStatus: PaymentStatus;
  /** When an unpaid hold lapses (the expiry job releases it); null when nothing is owed. */
  expiresAt: Date | null;
}

/** What the client needs to confirm the card itself (Stripe.js, or the offline simulation). */
export interface PaymentHandoff {
  paymentId: string;
  clientSecret: string;
  provider: "STRIPE" | "OFFLINE";
}

/** The pending ledger row a booking's checkout recorded. */
export interface CheckoutPayment {
  id: string;
  productName: string;
}

export interface StartedBookingPayment {
  booking: BookingRow;
  paymentAction: PaymentHandoff | null;
}

export interface BookingPaymentPort {
  /** The state a new booking starts in (inside its transaction: no provider call). */
  initialState(amount: BookingAmount, now: Date): InitialBookingState;
  /** Takes one use of a discount code for the booking being made (userErrors when it does not apply). */
  redeemDiscount(tx: Tx, request: DiscountRequest): Promise<AppliedDiscount>;
  /** In the booking's transaction: its redemption and its pending ledger row (null when nothing is owed). */
  recordCheckout(
    tx: Tx,
    booking: BookingRow,
    checkout: { discount: AppliedDiscount | null; productName: string; courseId: string | null },
  ): Promise<CheckoutPayment | null>;
  /**
   * After the commit: creates the intent of the ledger row `recordCheckout` returned (and confirms
   * it when a payment method came along); nothing to do without one.
   */
  startPayment(
    booking: BookingRow,
    paymentMethodId: string | null,
    payment: CheckoutPayment | null,
  ): Promise<StartedBookingPayment>;
  /** The booking was just confirmed: capture the authorization when configured to. */
  afterConfirmed(tx: Tx, events: PendingEvents, booking: BookingRow): Promise<BookingRow>;
  /** Attendance was recorded: capture now when configured to capture at completion. */
  afterOutcome(tx: Tx, events: PendingEvents, booking: BookingRow): Promise<BookingRow>;
  /** It was cancelled or declined: release the authorization, or refund what the policy gives back. */
  afterClosed(
    tx: Tx,
    events: PendingEvents,
    change: { before: BookingRow; after: BookingRow; role: CancelledByRole; at: Date },
  ): Promise<BookingRow>;
  /** Captures the authorization now (idempotent: a captured booking is returned as it is). */
  capture(tx: Tx, events: PendingEvents, booking: BookingRow): Promise<BookingRow>;
  /** Refunds part of what was captured (refused before any provider call when it exceeds it). */
  refund(
    tx: Tx,
    events: PendingEvents,
    booking: BookingRow,
    amountCents: number,
    reason: string,
  ): Promise<BookingRow>;
}

/** How long an unpaid booking holds its seat (seed 003/004 demo data use 30 minutes too). */
export const PAYMENT_HOLD_MINUTES = 30;

/**
 * Free bookings are confirmed at once (nothing is owed); paid ones wait,
 * PENDING with payment PENDING, for the card (and, for tutoring, for the
 * expert), holding the seat for PAYMENT_HOLD_MINUTES.
 */
export function initialBookingState(amount: BookingAmount, now: Date): InitialBookingState {
  if (amount.amountCents === 0)
    return { status: "CONFIRMED", paymentStatus: "NOT_REQUIRED", expiresAt: null };
  return {
    status: "PENDING",
    paymentStatus: "PENDING",
    expiresAt: new Date(now.getTime() + PAYMENT_HOLD_MINUTES * 60_000),
  };
}

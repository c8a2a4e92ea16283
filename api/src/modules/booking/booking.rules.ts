// Pure rules of the booking lifecycle, unit-tested in booking.rules.test.ts.
import { randomInt } from "node:crypto";

export type BookingStatus = "PENDING" | "CONFIRMED" | "COMPLETED" | "CANCELLED" | "DECLINED" | "NO_SHOW";
export type PaymentStatus =
  | "PENDING"
  | "PROCESSING"
  | "AUTHORIZED"
  | "PAID"
  | "PARTIALLY_REFUNDED"
  | "REFUNDED"
  | "FAILED"
  | "RELEASED"
  | "NOT_REQUIRED";
export type CancelledByRole = "LEARNER" | "EXPERT" | "ADMIN" | "SYSTEM";
export type BookingKind = "TUTORING_SLOT" | "SCHEDULE_SEAT";

const HOUR_MS = 3_600_000;

// Crockford base32 without I, L, O, U: no 0/O or 1/I mix-ups when read over the phone.
const ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/** Human-friendly unique reference, e.g. BK-7KQ2-M9XD (40 random bits; the unique index is the judge). */
export function newBookingReference(random: (max: number) => number = randomInt): string {
  let chars = "";
  for (let i = 0; i < 8; i += 1) chars += ALPHABET[random(ALPHABET.length)];
  return `BK-${chars.slice(0, 4)}-${chars.slice(4)}`;
}

export interface CancellationPolicy {
  refundableUntil: Date;
  refundPercentBefore: number;
  refundPercentAfter: number;
}

/**
 * The policy written into a booking when it is made, so later changes of the
 * rules never change what was agreed. Tutoring: full refund up to 24 h before
 * the start, half after; in-person classes: full refund up to 7 days before, half after.
 */
export function cancellationPolicy(kind: BookingKind, startsAt: Date): CancellationPolicy {
  const hours = kind === "TUTORING_SLOT" ? 24 : 7 * 24;
  return {
    refundableUntil: new Date(startsAt.getTime() - hours * HOUR_MS),
    refundPercentBefore: 100,
    refundPercentAfter: 50,
  };
}

/** Share of the paid amount refunded for a cancellation at `at` by `by`: the policy binds learners only. */
export function refundPercent(policy: CancellationPolicy, at: Date, by: CancelledByRole): number {
  if (by !== "LEARNER") return 100;
  return at.getTime() <= policy.refundableUntil.getTime()
    ? policy.refundPercentBefore
    : policy.refundPercentAfter;
}

/** Bookings that hold a seat. */
export const isActiveBooking = (status: BookingStatus) => status === "PENDING" || status === "CONFIRMED";

/** Payment state after a cancellation: nothing taken is released; what was paid awaits the refund step. */
export function paymentStatusAfterCancel(status: PaymentStatus): PaymentStatus {
  return status === "PENDING" || status === "PROCESSING" || status === "AUTHORIZED" ? "RELEASED" : status;
}

/** Why a booking in `status` cannot move to `next`, or null when it can. */
export function transitionError(status: BookingStatus, next: BookingStatus): string | null {
  const allowed: Record<BookingStatus, BookingStatus[]> = {
    PENDING: ["CONFIRMED", "DECLINED", "CANCELLED"],
    CONFIRMED: ["COMPLETED", "NO_SHOW", "CANCELLED"],
    COMPLETED: [],
    CANCELLED: [],
    DECLINED: [],
    NO_SHOW: [],
  };
  return allowed[status].includes(next) ? null : `The booking is ${status.toLowerCase().replace("_", "-")}.`;
}

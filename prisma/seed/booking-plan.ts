// Derives everything about a demo booking from its one-line definition (data/bookings.ts): the
// slot or seat it takes, its price, discount, cancellation policy and the amounts that the
// payment status implies. booking.ts turns the result into rows; the ledger follows from it.
import type { BookingPaymentStatus } from "../../api/src/generated/prisma/enums.js";
import type { SeedContext } from "./context.js";
import type { BookingDef } from "./data/bookings.js";
import { courseDef } from "./data/courses.js";
import { discountFor } from "./data/discounts.js";
import type { PersonKey } from "./data/people.js";
import { bookingReference } from "./ids.js";
import { expertId, scheduleId, tutoringSessionId } from "./refs.js";
import { pickSlot } from "./slots.js";
import { HOUR_MS } from "./time.js";
import { scheduleDef, scheduleTimes, seatPrice } from "./training.js";

export type PlannedBooking = {
  def: BookingDef;
  reference: string;
  target:
    | { slotId: string; expertId: string; tutoringSessionId: string; expert: PersonKey }
    | { scheduleId: string; instructor: PersonKey | null; slug: string };
  productName: string;
  startsAt: Date;
  endsAt: Date;
  createdAt: Date;
  price: number;
  discount: number;
  due: number;
  currency: string;
  refundableUntil: Date;
  refundPercentAfter: number;
  cancelledAt: Date | null;
  authorized: number;
  captured: number;
  refunded: number;
};

/** Captured share kept after a cancellation at `at`, per the policy captured at booking time. */
function refundPercent(at: Date, until: Date, after: number): number {
  return at <= until ? 100 : after;
}

function amounts(payment: BookingPaymentStatus, due: number, pct: number) {
  switch (payment) {
    case "AUTHORIZED":
    case "RELEASED":
      return { authorized: due, captured: 0, refunded: 0 };
    case "PAID":
    case "PARTIALLY_REFUNDED":
    case "REFUNDED":
      return { authorized: due, captured: due, refunded: Math.round((due * pct) / 100) };
    default:
      return { authorized: 0, captured: 0, refunded: 0 };
  }
}

export function planBooking(ctx: SeedContext, def: BookingDef): PlannedBooking {
  const createdAt = new Date(ctx.now.getTime() - def.bookedHoursAgo * HOUR_MS);
  let base: Pick<PlannedBooking, "target" | "productName" | "startsAt" | "endsAt" | "price" | "currency">;
  if (def.slot) {
    const slot = pickSlot(ctx, ...def.slot);
    base = {
      target: {
        slotId: slot.id,
        expertId: expertId(slot.session.expert),
        tutoringSessionId: tutoringSessionId(slot.session.key),
        expert: slot.session.expert,
      },
      productName: slot.session.title,
      startsAt: slot.startsAt,
      endsAt: slot.endsAt,
      price: slot.session.priceCents,
      currency: slot.session.currency,
    };
  } else {
    const s = scheduleDef(def.schedule ?? "");
    const price = seatPrice(s);
    base = {
      target: { scheduleId: scheduleId(s.key), instructor: s.instructor, slug: s.slug },
      productName: courseDef(s.slug).title,
      ...scheduleTimes(ctx, s),
      price: price.cents,
      currency: price.currency,
    };
  }
  if (createdAt >= base.startsAt) throw new Error(`Booking ${def.key}: made after it started`);
  const discount = discountFor(def.code, base.price);
  const due = base.price - discount;
  // Tutoring: full refund up to 24 h before, half after. Classes: full refund up to 7 days before.
  const isSlot = "slotId" in base.target;
  const refundableUntil = new Date(base.startsAt.getTime() - (isSlot ? 24 : 7 * 24) * HOUR_MS);
  const refundPercentAfter = 50;
  const cancelledAt = def.cancel
    ? def.cancel.hoursBeforeStart !== undefined
      ? new Date(base.startsAt.getTime() - def.cancel.hoursBeforeStart * HOUR_MS)
      : new Date(createdAt.getTime() + Math.min(24 * HOUR_MS, (ctx.now.getTime() - createdAt.getTime()) / 2))
    : null;
  const pct = cancelledAt ? refundPercent(cancelledAt, refundableUntil, refundPercentAfter) : 0;
  const money = amounts(def.payment, due, pct);
  checkConsistency(def, due, money.captured, money.refunded);
  return {
    def,
    reference: bookingReference(def.key),
    ...base,
    createdAt,
    discount,
    due,
    refundableUntil,
    refundPercentAfter,
    cancelledAt,
    ...money,
  };
}

/** The one-line definitions must agree with the policy; fail loudly rather than seed nonsense. */
function checkConsistency(def: BookingDef, due: number, captured: number, refunded: number): void {
  const expected =
    due === 0
      ? "NOT_REQUIRED"
      : refunded === captured && captured > 0
        ? "REFUNDED"
        : refunded > 0
          ? "PARTIALLY_REFUNDED"
          : null;
  const captureStates: BookingPaymentStatus[] = ["PAID", "PARTIALLY_REFUNDED", "REFUNDED"];
  if (expected && captureStates.concat("NOT_REQUIRED").includes(def.payment) && def.payment !== expected) {
    throw new Error(`Booking ${def.key}: payment ${def.payment} contradicts the refund policy (${expected})`);
  }
  if (def.status === "CANCELLED" && def.payment === "PAID") {
    throw new Error(`Booking ${def.key}: a cancelled paid booking must be refunded per the policy`);
  }
}

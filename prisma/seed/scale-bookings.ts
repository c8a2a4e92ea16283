// Scale seed, bookings on expert slots (seats of in-person classes: scale-schedules.ts). Past
// bookings are COMPLETED, future ones CONFIRMED, every 20th is CANCELLED and refunded; each has
// its ledger rows, so booking amounts and payment transactions always reconcile.
import type { Prisma, PrismaClient } from "../../api/src/generated/prisma/client.js";
import { seedId } from "./ids.js";
import type { ProgressListener } from "./scale-batches.js";
import { scaleUserId } from "./scale-catalog.js";
import { bookingColumns, transactionColumns } from "./scale-columns.js";
import { isCancelled, learnerOf, referenceOf, slotBookingsOf, slotPosition } from "./scale-layout.js";
import { bulkInsert, countExisting } from "./scale-sql.js";
import {
  createSlotClock,
  expertZone,
  scaleExpertId,
  scaleSessionId,
  scaleSessionPrice,
  scaleSlotId,
} from "./scale-tutoring.js";
import { DAY_MS, HOUR_MS } from "./time.js";

type WithId<T> = T & { id: string };
export type BookingTarget = {
  slotId?: string;
  scheduleId?: string;
  expertId?: string;
  sessionId?: string;
  startsAt: Date;
  endsAt: Date;
  price: number;
  currency: string;
};
export type BookingBatch = {
  bookings: WithId<Prisma.BookingCreateManyInput>[];
  ledger: WithId<Prisma.PaymentTransactionCreateManyInput>[];
};

export const scaleBookingId = (kind: "slot" | "seat", n: number) => seedId(`scale:${kind}-booking:${n}`);

/** Whether every booking kind:[from, to) exists, so a re-run can skip building the batch. */
export async function bookingsExist(prisma: PrismaClient, kind: "slot" | "seat", from: number, to: number) {
  const ids = Array.from({ length: to - from }, (_, i) => scaleBookingId(kind, from + i));
  return ids.length > 0 && (await countExisting(prisma, "bookings", ids)) === ids.length;
}

/** Slot or seat booking number `n` on `t`, with its payment (and refund) rows. */
export function addScaleBooking(
  batch: BookingBatch,
  kind: "slot" | "seat",
  n: number,
  t: BookingTarget,
  now: Date,
): void {
  const cancelled = isCancelled(n);
  const past = t.startsAt < now;
  const createdAt = new Date(
    Math.min(t.startsAt.getTime() - (1 + (n % 10)) * DAY_MS, now.getTime() - HOUR_MS),
  );
  const cancelledAt = cancelled ? new Date(createdAt.getTime() + HOUR_MS) : null;
  const id = scaleBookingId(kind, n);
  const userId = scaleUserId("learner", learnerOf(n));
  batch.bookings.push({
    id,
    reference: referenceOf(kind, n),
    userId,
    expertId: t.expertId ?? null,
    tutoringSessionId: t.sessionId ?? null,
    slotId: t.slotId ?? null,
    scheduleId: t.scheduleId ?? null,
    startsAt: t.startsAt,
    endsAt: t.endsAt,
    status: cancelled ? "CANCELLED" : past ? "COMPLETED" : "CONFIRMED",
    paymentStatus: cancelled ? "REFUNDED" : "PAID",
    confirmedAt: new Date(createdAt.getTime() + 60_000),
    priceCents: t.price,
    paymentAmountCents: t.price,
    currency: t.currency,
    amountAuthorizedCents: t.price,
    amountCapturedCents: t.price,
    amountRefundedCents: cancelled ? t.price : 0,
    cancelledAt,
    cancelledByRole: cancelled ? "LEARNER" : null,
    cancellationReason: cancelled ? "Plans changed" : null,
    refundableUntil: new Date(t.startsAt.getTime() - DAY_MS),
    confirmationSent: true,
    reminderSent: past,
    createdAt,
    updatedAt: cancelledAt ?? createdAt,
  });
  const paymentId = seedId(`scale:${kind}-payment:${n}`);
  const money = {
    userId,
    amountCents: t.price,
    currency: t.currency,
    provider: "OFFLINE" as const,
    bookingId: id,
  };
  batch.ledger.push({
    ...money,
    id: paymentId,
    kind: "BOOKING",
    status: cancelled ? "REFUNDED" : "SUCCEEDED",
    idempotencyKey: `seed:scale:${kind}-booking:${n}:payment`,
    createdAt,
    updatedAt: cancelledAt ?? createdAt,
  });
  if (cancelledAt) {
    batch.ledger.push({
      ...money,
      id: seedId(`scale:${kind}-refund:${n}`),
      kind: "REFUND",
      status: "SUCCEEDED",
      parentTransactionId: paymentId,
      idempotencyKey: `seed:scale:${kind}-booking:${n}:refund`,
      createdAt: cancelledAt,
      updatedAt: cancelledAt,
    });
  }
}

/** Inserts a batch unless all its bookings exist (bookings first: the ledger references them). */
export async function writeBookings(prisma: PrismaClient, batch: BookingBatch): Promise<number> {
  const ids = batch.bookings.map((b) => b.id);
  if (ids.length === 0 || (await countExisting(prisma, "bookings", ids)) === ids.length) return 0;
  const bookings = await bulkInsert(prisma, "bookings", bookingColumns, batch.bookings);
  return bookings + (await bulkInsert(prisma, "payment_transactions", transactionColumns, batch.ledger));
}

export type SlotBookingPlan = { experts: number; slotBookings: number; total: number };

/** Slot booking s is the n-th booking (n = s div experts) of expert e = s mod experts. */
export async function seedScaleSlotBookings(
  prisma: PrismaClient,
  p: SlotBookingPlan,
  now: Date,
  today: Date,
  progress: ProgressListener,
): Promise<number> {
  let inserted = 0;
  const clock = createSlotClock(today);
  const BATCH = 2500;
  for (let s0 = 0; s0 < p.slotBookings; s0 += BATCH) {
    const s1 = Math.min(p.slotBookings, s0 + BATCH);
    if (!(await bookingsExist(prisma, "slot", s0, s1)))
      inserted += await writeBookings(prisma, slotBatch(p, s0, s1, clock, now));
    progress({ phase: "bookings", done: s1, total: p.total });
  }
  return inserted;
}

/** Slot bookings s0..s1-1 with their ledger rows. */
function slotBatch(
  p: SlotBookingPlan,
  s0: number,
  s1: number,
  clock: ReturnType<typeof createSlotClock>,
  now: Date,
): BookingBatch {
  const batch: BookingBatch = { bookings: [], ledger: [] };
  for (let s = s0; s < s1; s += 1) {
    const e = s % p.experts;
    const n = Math.floor(s / p.experts);
    const { day, k } = slotPosition(n);
    const { startsAt } = clock(e, day, k);
    const target = {
      slotId: scaleSlotId(e, day, k),
      expertId: scaleExpertId(e),
      sessionId: scaleSessionId(e),
      startsAt,
      endsAt: new Date(startsAt.getTime() + HOUR_MS),
      price: scaleSessionPrice(e),
      currency: expertZone(e)[1],
    };
    addScaleBooking(batch, "slot", s, target, now);
  }
  return batch;
}

/** The ExpertLoad (scale-tutoring.ts) of this plan: which slots the bookings hold. */
export function expertLoad(experts: number, slotBookings: number) {
  return {
    bookingsOf: (e: number) => slotBookingsOf(e, experts, slotBookings),
    holds: (e: number, n: number) => !isCancelled(n * experts + e),
  };
}

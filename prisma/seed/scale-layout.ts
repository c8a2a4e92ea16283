// Where each scale booking goes, as pure functions of its number. The layout does not depend on
// how many bookings or courses are requested, so a larger run only adds rows: booking #n of an
// expert always takes the same slot, seat #t always the same class. (It does depend on the
// number of experts, which seedScale therefore refuses to change once slot bookings exist.)
import { scaleBookingReference } from "./ids.js";

export const SLOTS_PER_DAY = 8;
export const FUTURE_DAYS = 14;
/** Slots of the first future week; an expert's later bookings go backwards into history. */
const FIRST_WEEK = 7 * SLOTS_PER_DAY;
export const SEATS_PER_SCHEDULE = 10;
export const SCHEDULES_PER_VENUE = 100;
/** Of each venue's 100 class days, the last 30 are upcoming. */
export const PAST_SCHEDULE_DAYS = 70;

/** Day (relative to today) and hour index of an expert's n-th booked slot. */
export function slotPosition(n: number): { day: number; k: number } {
  if (n < FIRST_WEEK) return { day: Math.floor(n / SLOTS_PER_DAY), k: n % SLOTS_PER_DAY };
  const m = n - FIRST_WEEK;
  return { day: -1 - Math.floor(m / SLOTS_PER_DAY), k: m % SLOTS_PER_DAY };
}

/** Inverse of slotPosition (null for slots no booking ever takes: the second future week). */
export function slotOrdinal(day: number, k: number): number | null {
  if (day >= 0) return day < 7 ? day * SLOTS_PER_DAY + k : null;
  return FIRST_WEEK + (-1 - day) * SLOTS_PER_DAY + k;
}

/** Slot bookings are dealt round-robin: booking s goes to expert s mod experts. */
export const slotBookingsOf = (e: number, experts: number, slotBookings: number) =>
  e < slotBookings ? Math.floor((slotBookings - 1 - e) / experts) + 1 : 0;

/** Days of history an expert needs for `k` bookings. */
export const pastDaysFor = (k: number) => Math.max(0, Math.ceil((k - FIRST_WEEK) / SLOTS_PER_DAY));

export const isCancelled = (n: number) => n % 20 === 19;

/** Learner of booking n: the ten seats of one class always belong to ten different learners. */
export const learnerOf = (n: number) => Math.floor(n / 100) * 10 + (n % 10);
export const learnersFor = (bookings: number) =>
  bookings === 0 ? 0 : (Math.floor((bookings - 1) / 100) + 1) * 10;

/** Slot and seat bookings are numbered separately; their references interleave, never collide. */
export const referenceOf = (kind: "slot" | "seat", n: number) =>
  scaleBookingReference(kind === "slot" ? 2 * n : 2 * n + 1);

export function schedulePosition(j: number): { venue: number; day: number } {
  return { venue: Math.floor(j / SCHEDULES_PER_VENUE), day: (j % SCHEDULES_PER_VENUE) - PAST_SCHEDULE_DAYS };
}

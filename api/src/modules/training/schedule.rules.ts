// Pure rules of in-person course schedules (seed 004), unit-tested in schedule.rules.test.ts.
import { type UserError, UserErrorCode, userError } from "../../graphql/user-error.js";

export type ScheduleStatus = "DRAFT" | "PUBLISHED" | "FULL" | "CANCELLED" | "COMPLETED";

/** Seed 004's default when a course does not say how many it takes. */
export const DEFAULT_COURSE_CAPACITY = 12;

/**
 * Seats a schedule offers: the requested number, else the course's maxCapacity,
 * and never more than the venue holds. Over the venue is refused rather than
 * silently clamped, so nobody sells seats they believe exist.
 */
export function resolveScheduleCapacity(args: {
  requested: number | null | undefined;
  courseMaxCapacity: number | null;
  venueCapacity: number;
}): { capacity: number } | { error: UserError } {
  const capacity =
    args.requested ?? args.courseMaxCapacity ?? Math.min(DEFAULT_COURSE_CAPACITY, args.venueCapacity);
  if (!Number.isInteger(capacity) || capacity < 1) {
    return { error: userError(UserErrorCode.INVALID, "Capacity must be at least 1.", "capacity") };
  }
  if (capacity > args.venueCapacity) {
    return {
      error: userError(
        UserErrorCode.INVALID,
        `Capacity ${capacity} is more than the venue holds (${args.venueCapacity}).`,
        "capacity",
      ),
    };
  }
  return { capacity };
}

/** Problems with a schedule's time range, if any. */
export function scheduleTimeErrors(startsAt: Date, endsAt: Date, now: Date): UserError[] {
  const errors: UserError[] = [];
  if (endsAt.getTime() <= startsAt.getTime()) {
    errors.push(userError(UserErrorCode.INVALID, "The end must be after the start.", "endsAt"));
  }
  if (startsAt.getTime() <= now.getTime()) {
    errors.push(userError(UserErrorCode.INVALID, "The start must be in the future.", "startsAt"));
  }
  if (endsAt.getTime() - startsAt.getTime() > 14 * 86_400_000) {
    errors.push(userError(UserErrorCode.INVALID, "A schedule lasts at most 14 days.", "endsAt"));
  }
  return errors;
}

/** Seats left; never negative even if capacity was lowered by hand in the database. */
export const seatsLeft = (s: { capacity: number; bookedCount: number }) =>
  Math.max(0, s.capacity - s.bookedCount);

/** Price of one seat: the schedule's override, else the course's list price. */
export function seatPrice(
  schedule: { priceCents: number | null; currency: string | null },
  course: { priceCents: number; currency: string },
): { amountCents: number; currency: string } {
  return schedule.priceCents !== null && schedule.currency !== null
    ? { amountCents: schedule.priceCents, currency: schedule.currency }
    : { amountCents: course.priceCents, currency: course.currency };
}

/** Status after a seat count change: FULL and PUBLISHED follow the seats, other states stay. */
export function statusForSeats(
  status: ScheduleStatus,
  bookedCount: number,
  capacity: number,
): ScheduleStatus {
  if (status === "PUBLISHED" && bookedCount >= capacity) return "FULL";
  if (status === "FULL" && bookedCount < capacity) return "PUBLISHED";
  return status;
}

/** Whether a schedule in `status` may still be changed by its managers. */
export const isOpenSchedule = (status: ScheduleStatus) =>
  status === "DRAFT" || status === "PUBLISHED" || status === "FULL";

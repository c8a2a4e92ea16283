// The schedule form as typed: times are the venue's wall-clock times (a class
// in Lyon starts at 09:00 in Lyon, wherever the instructor plans it from).

export type ScheduleValues = {
  courseId: string;
  venueId: string;
  startsAt: string;
  endsAt: string;
  capacity: string;
  publish: boolean;
};

export type ScheduleErrorKey =
  | "required"
  | "badDateTime"
  | "endBeforeStart"
  | "startInPast"
  | "tooLong"
  | "capacityWhole"
  | "capacityOverVenue";

/** A schedule lasts at most this long (the API's rule). */
export const MAX_SCHEDULE_DAYS = 14;

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

/** The zone's offset from UTC at an instant, in milliseconds. */
function offsetAt(instant: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
  }).formatToParts(new Date(instant));
  const get = (type: Intl.DateTimeFormatPartTypes) =>
    Number(parts.find((part) => part.type === type)?.value ?? 0);
  const wall = Date.UTC(get("year"), get("month") - 1, get("day"), get("hour"), get("minute"), get("second"));
  return wall - Math.floor(instant / 1000) * 1000;
}

/**
 * The instant (ISO) of a wall-clock time ("2030-03-04T09:00", as a
 * datetime-local input gives it) in an IANA zone; null when it is not one.
 * Two passes, so a time just across a DST change gets that day's offset.
 */
export function zonedLocalToIso(local: string, timeZone: string): string | null {
  const match = LOCAL.exec(local);
  if (!match) return null;
  const [year = 0, month = 1, day = 1, hour = 0, minute = 0, second = 0] = match
    .slice(1)
    .map((part) => (part === undefined ? 0 : Number(part)));
  const asUtc = Date.UTC(year, month - 1, day, hour, minute, second);
  const first = asUtc - offsetAt(asUtc, timeZone);
  return new Date(asUtc - offsetAt(first, timeZone)).toISOString();
}

/** The wall-clock time (for a datetime-local input) `days` from now at `time`, e.g. next week at 09:00. */
export function localInputInDays(days: number, time: string, now = new Date()): string {
  const date = new Date(now.getFullYear(), now.getMonth(), now.getDate() + days);
  const pad = (value: number) => String(value).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${time}`;
}

/**
 * What is wrong with the form before the API is asked, per field (message
 * keys). Times are compared as instants in the venue's zone.
 */
export function scheduleErrors(
  values: ScheduleValues,
  context: { timeZone: string; venueCapacity: number | null; now?: Date },
): Partial<Record<keyof ScheduleValues, ScheduleErrorKey>> {
  const errors: Partial<Record<keyof ScheduleValues, ScheduleErrorKey>> = {};
  if (!values.courseId) errors.courseId = "required";
  if (!values.venueId) errors.venueId = "required";
  const startsAt = values.startsAt ? zonedLocalToIso(values.startsAt, context.timeZone) : null;
  const endsAt = values.endsAt ? zonedLocalToIso(values.endsAt, context.timeZone) : null;
  if (!values.startsAt) errors.startsAt = "required";
  else if (!startsAt) errors.startsAt = "badDateTime";
  else if (Date.parse(startsAt) <= (context.now ?? new Date()).getTime()) errors.startsAt = "startInPast";
  if (!values.endsAt) errors.endsAt = "required";
  else if (!endsAt) errors.endsAt = "badDateTime";
  if (startsAt && endsAt) {
    const length = Date.parse(endsAt) - Date.parse(startsAt);
    if (length <= 0) errors.endsAt = "endBeforeStart";
    else if (length > MAX_SCHEDULE_DAYS * 86_400_000) errors.endsAt = "tooLong";
  }
  const capacity = values.capacity.trim();
  if (capacity === "") errors.capacity = "required";
  else if (!/^\d+$/.test(capacity) || Number(capacity) < 1) errors.capacity = "capacityWhole";
  else if (context.venueCapacity !== null && Number(capacity) > context.venueCapacity) {
    errors.capacity = "capacityOverVenue";
  }
  return errors;
}

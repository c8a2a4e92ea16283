// Time helpers. Instants are UTC; local wall times (availability windows, class hours) are turned
// into instants with Intl, so DST is handled without a time-zone library.

export const MINUTE_MS = 60_000;
export const HOUR_MS = 60 * MINUTE_MS;
export const DAY_MS = 24 * HOUR_MS;

export type LocalDate = { year: number; month: number; day: number };

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
    });
    formatters.set(timeZone, f);
  }
  return f;
}

function wallClock(timeZone: string, instant: number): number {
  const parts: Record<string, number> = {};
  for (const part of formatter(timeZone).formatToParts(new Date(instant))) {
    if (part.type !== "literal") parts[part.type] = Number(part.value);
  }
  const get = (key: string) => parts[key] ?? 0;
  return Date.UTC(get("year"), get("month") - 1, get("day"), get("hour"), get("minute"), get("second"));
}

/** Offset of `timeZone` from UTC at `instant`, in minutes (Paris in summer: +120). */
export function offsetMinutes(timeZone: string, instant: number): number {
  const whole = instant - (instant % 1000);
  return Math.round((wallClock(timeZone, whole) - whole) / MINUTE_MS);
}

/** The instant at which the wall clock in `timeZone` shows `date` + `minutes` after midnight. */
export function zonedInstant(timeZone: string, date: LocalDate, minutes: number): Date {
  const asUtc = Date.UTC(date.year, date.month - 1, date.day, 0, minutes);
  const first = asUtc - offsetMinutes(timeZone, asUtc) * MINUTE_MS;
  // Re-read the offset at the candidate: it differs when a DST change lies between the two.
  const second = asUtc - offsetMinutes(timeZone, first) * MINUTE_MS;
  return new Date(second);
}

/** Calendar date of `instant` in `timeZone`. */
export function localDateOf(timeZone: string, instant: Date): LocalDate {
  const wall = new Date(wallClock(timeZone, instant.getTime()));
  return { year: wall.getUTCFullYear(), month: wall.getUTCMonth() + 1, day: wall.getUTCDate() };
}

export function addLocalDays(date: LocalDate, days: number): LocalDate {
  const d = new Date(Date.UTC(date.year, date.month - 1, date.day + days));
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** 0 = Sunday .. 6 = Saturday, the convention of AvailabilityWindow.dayOfWeek. */
export function dayOfWeek(date: LocalDate): number {
  return new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay();
}

export function isoDate(date: LocalDate): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${date.year}-${pad(date.month)}-${pad(date.day)}`;
}

/** A calendar date as the UTC-midnight Date Prisma expects for @db.Date columns. */
export function dateColumn(date: LocalDate): Date {
  return new Date(Date.UTC(date.year, date.month - 1, date.day));
}

export function addMinutes(instant: Date, minutes: number): Date {
  return new Date(instant.getTime() + minutes * MINUTE_MS);
}

export function addDays(instant: Date, days: number): Date {
  return new Date(instant.getTime() + days * DAY_MS);
}

/** Same calendar date and time `years` later (certificate validity is counted in calendar years). */
export function addYears(instant: Date, years: number): Date {
  const d = new Date(instant);
  d.setUTCFullYear(d.getUTCFullYear() + years);
  return d;
}

export function startOfUtcDay(instant: Date): Date {
  return new Date(Date.UTC(instant.getUTCFullYear(), instant.getUTCMonth(), instant.getUTCDate()));
}

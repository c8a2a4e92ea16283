// Wall-clock ↔ instant conversions in IANA zones, on Luxon (tz data from Intl).
// One rule for the two DST edge cases, the one Temporal calls "compatible":
// a wall time that does not exist (spring forward gap) moves forward by the
// gap, a wall time that exists twice (fall back) means its first occurrence.
import { DateTime } from "luxon";

export interface LocalDate {
  year: number;
  month: number;
  day: number;
}

const MINUTE_MS = 60_000;

/** The instant the wall clock in `zone` shows `date` + `minutes` after midnight (1440 = next midnight). */
export function zonedInstant(zone: string, date: LocalDate, minutes: number): Date {
  const target: DateTime = DateTime.fromObject(
    {
      year: date.year,
      month: date.month,
      day: date.day,
      hour: Math.floor(minutes / 60),
      minute: minutes % 60,
    },
    { zone },
  );
  if (!target.isValid) throw new RangeError(`Invalid zone or date: ${zone}`);
  // Luxon resolves an ambiguous wall time to its later occurrence; look for an earlier one.
  for (const shift of [30, 60, 120]) {
    const earlier: DateTime = target.minus({ minutes: shift });
    if (earlier.hour === target.hour && earlier.minute === target.minute && earlier.day === target.day) {
      return earlier.toJSDate();
    }
  }
  return target.toJSDate();
}

/** Calendar date of `instant` in `zone`. */
export function localDateOf(zone: string, instant: Date): LocalDate {
  const d = DateTime.fromJSDate(instant, { zone });
  return { year: d.year, month: d.month, day: d.day };
}

export function addDays(date: LocalDate, days: number): LocalDate {
  const d = new Date(Date.UTC(date.year, date.month - 1, date.day + days));
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** 0 = Sunday … 6 = Saturday (seed 003 day_of_week). */
export function dayOfWeek(date: LocalDate): number {
  return new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay();
}

/** ISO 8601 with the zone's offset at that instant, e.g. 2026-03-30T09:00:00+02:00. */
export function formatInZone(instant: Date, zone: string): string {
  return (
    DateTime.fromJSDate(instant, { zone }).toISO({ suppressMilliseconds: true }) ?? instant.toISOString()
  );
}

export const addMinutes = (instant: Date, minutes: number) =>
  new Date(instant.getTime() + minutes * MINUTE_MS);

/** "09:30" → 570; "24:00" → 1440 (end of day); null when malformed. */
export function parseLocalTime(value: string): number | null {
  const match = /^([01]\d|2[0-4]):([0-5]\d)$/.exec(value.trim());
  if (!match) return null;
  const minutes = Number(match[1]) * 60 + Number(match[2]);
  return minutes <= 1440 ? minutes : null;
}

/** 570 → "09:30"; 1440 → "24:00". */
export function formatLocalTime(minutes: number): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
}

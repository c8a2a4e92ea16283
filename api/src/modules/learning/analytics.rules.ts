// Calendar days and streaks (unit-tested in analytics.rules.test.ts). A learning day is a day,
// in the learner's own time zone, on which they did something (progress, a quiz, a submission).
import { DateTime } from "luxon";

/** The calendar day of `instant` in `timeZone`, as YYYY-MM-DD (UTC when the zone is unknown). */
export function localDay(instant: Date, timeZone: string): string {
  const local = DateTime.fromJSDate(instant, { zone: timeZone });
  return (local.isValid ? local : DateTime.fromJSDate(instant, { zone: "UTC" })).toISODate() ?? "";
}

/** The day before a YYYY-MM-DD day. */
export function previousDay(day: string): string {
  return DateTime.fromISO(day, { zone: "UTC" }).minus({ days: 1 }).toISODate() ?? "";
}

/** A YYYY-MM-DD day as the Date Prisma writes to a DATE column (midnight UTC). */
export const dayAsDate = (day: string): Date => new Date(`${day}T00:00:00.000Z`);

export interface Streak {
  current: number;
  longest: number;
}

/**
 * The streak after activity today. Only the first activity of a day moves it: it continues
 * when yesterday was a learning day and restarts at 1 otherwise.
 */
export function nextStreak(streak: Streak, days: { activeToday: boolean; activeYesterday: boolean }): Streak {
  if (days.activeToday) return streak;
  const current = days.activeYesterday ? streak.current + 1 : 1;
  return { current, longest: Math.max(streak.longest, current) };
}

/**
 * The streak as of `today`: the stored counter only changes when the learner is active, so a
 * streak whose last learning day is before yesterday has lapsed and reads 0.
 */
export function streakAsOf(current: number, lastActiveDay: string | null, today: string): number {
  if (!lastActiveDay) return 0;
  return lastActiveDay === today || lastActiveDay === previousDay(today) ? current : 0;
}

/** The running average of the day's quiz percentages after one more quiz. */
export function nextAverage(average: number | null, count: number, value: number): number {
  const total = (average ?? 0) * count + value;
  return Math.round((100 * total) / (count + 1)) / 100;
}

export interface LearningCounters {
  timezone: string;
  totalLearningMinutes: number;
  coursesCompleted: number;
  currentStreakDays: number;
  longestStreakDays: number;
  lastActiveAt: Date | null;
}

/** The profile counters as shown: the streak read as of today in the learner's zone. */
export function learningStatsOf(c: LearningCounters, now: Date) {
  const last = c.lastActiveAt ? localDay(c.lastActiveAt, c.timezone) : null;
  return {
    totalLearningMinutes: c.totalLearningMinutes,
    coursesCompleted: c.coursesCompleted,
    currentStreakDays: streakAsOf(c.currentStreakDays, last, localDay(now, c.timezone)),
    longestStreakDays: c.longestStreakDays,
    lastActiveAt: c.lastActiveAt,
  };
}

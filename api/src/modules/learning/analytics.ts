// Daily learning analytics (seed 002 learning_analytics) and the profile counters (seed 002
// profiles: total_learning_minutes, current/longest_streak_days, last_active_at), written in
// the transaction of the event that caused them, so they never drift from what happened.

import { dayAsDate, localDay, nextAverage, nextStreak, previousDay } from "./analytics.rules.js";
import type { Tx } from "./learning-transaction.js";

export interface LearningActivity {
  minutes?: number;
  lessonsCompleted?: number;
  videosWatched?: number;
  /** A graded quiz and its percentage. */
  quizPercentage?: number;
  codeChallengesSolved?: number;
}

/**
 * Adds the activity to today's row (the learner's time zone) and moves the streak. The user row
 * is locked first: every activity of one learner is applied one at a time, so two courses
 * progressing at once cannot both count "the first activity of the day".
 */
export async function recordLearningActivity(
  tx: Tx,
  userId: string,
  activity: LearningActivity,
  now: Date,
): Promise<void> {
  const [user] = await tx.$queryRaw<{ timezone: string; current: number; longest: number }[]>`
    SELECT timezone, current_streak_days AS current, longest_streak_days AS longest
    FROM users WHERE id = ${userId}::uuid FOR UPDATE`;
  if (!user) return;
  const today = localDay(now, user.timezone);
  const key = { userId_date: { userId, date: dayAsDate(today) } };
  const [todayRow, yesterdayRow] = await Promise.all([
    tx.learningAnalyticsDay.findUnique({
      where: key,
      select: { quizzesTaken: true, quizAverageScore: true },
    }),
    tx.learningAnalyticsDay.findUnique({
      where: { userId_date: { userId, date: dayAsDate(previousDay(today)) } },
      select: { id: true },
    }),
  ]);
  const minutes = activity.minutes ?? 0;
  const quiz = activity.quizPercentage;
  const counts = {
    minutesLearned: minutes,
    lessonsCompleted: activity.lessonsCompleted ?? 0,
    videosWatched: activity.videosWatched ?? 0,
    quizzesTaken: quiz === undefined ? 0 : 1,
    codeChallengesSolved: activity.codeChallengesSolved ?? 0,
  };
  const average =
    quiz === undefined
      ? undefined
      : nextAverage(todayRow?.quizAverageScore?.toNumber() ?? null, todayRow?.quizzesTaken ?? 0, quiz);
  if (todayRow) {
    const increments = Object.fromEntries(Object.entries(counts).map(([k, v]) => [k, { increment: v }]));
    await tx.learningAnalyticsDay.update({
      where: key,
      data: { ...increments, ...(average === undefined ? {} : { quizAverageScore: average }) },
      select: { id: true },
    });
  } else {
    await tx.learningAnalyticsDay.create({
      data: { userId, date: dayAsDate(today), ...counts, quizAverageScore: average ?? null },
      select: { id: true },
    });
  }
  const streak = nextStreak(user, { activeToday: todayRow !== null, activeYesterday: yesterdayRow !== null });
  await tx.user.update({
    where: { id: userId },
    data: {
      totalLearningMinutes: { increment: minutes },
      lastActiveAt: now,
      currentStreakDays: streak.current,
      longestStreakDays: streak.longest,
    },
    select: { id: true },
  });
}

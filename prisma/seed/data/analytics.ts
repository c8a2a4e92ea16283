// Daily learning metrics of the active demo learners. Generated (deterministically) rather than
// listed so the dashboards show a believable three-week history with gaps and streaks.
import { seededRandom } from "../random.js";
import type { PersonKey } from "./people.js";

export type LearningDay = {
  /** Days before today (0 = today). */
  daysAgo: number;
  minutesLearned: number;
  lessonsCompleted: number;
  quizzesTaken: number;
  quizAverageScore: number | null;
  codeChallengesSolved: number;
  loginCount: number;
  videosWatched: number;
  resourcesDownloaded: number;
};

/** Learners with history, and how keen each is (probability of learning on a given day). */
export const activeLearners: ReadonlyArray<[PersonKey, number]> = [
  ["emma", 0.9],
  ["lucas", 0.6],
  ["noah", 0.75],
  ["mia", 0.5],
  ["chloe", 0.4],
  ["oliver", 0.65],
];

const HISTORY_DAYS = 21;

export function learningDays(key: PersonKey, keenness: number): LearningDay[] {
  const random = seededRandom(`analytics/${key}`);
  const days: LearningDay[] = [];
  for (let daysAgo = HISTORY_DAYS - 1; daysAgo >= 0; daysAgo -= 1) {
    // The keenest learners keep their streak up to today so "current streak" is non-zero.
    const learned = (daysAgo < 5 && keenness >= 0.75) || random.chance(keenness);
    if (!learned) continue;
    const quizzesTaken = random.chance(0.3) ? random.int(1, 2) : 0;
    days.push({
      daysAgo,
      minutesLearned: random.int(10, 75),
      lessonsCompleted: random.int(0, 3),
      quizzesTaken,
      quizAverageScore: quizzesTaken > 0 ? random.int(55, 100) : null,
      codeChallengesSolved: random.chance(0.15) ? 1 : 0,
      loginCount: random.int(1, 3),
      videosWatched: random.int(0, 4),
      resourcesDownloaded: random.chance(0.2) ? 1 : 0,
    });
  }
  return days;
}

/** Current streak (ending today or yesterday) and longest streak, in days. */
export function streaks(days: LearningDay[]): { current: number; longest: number } {
  const active = new Set(days.map((d) => d.daysAgo));
  let longest = 0;
  let run = 0;
  for (let daysAgo = HISTORY_DAYS - 1; daysAgo >= 0; daysAgo -= 1) {
    run = active.has(daysAgo) ? run + 1 : 0;
    longest = Math.max(longest, run);
  }
  let current = 0;
  for (let daysAgo = active.has(0) ? 0 : 1; active.has(daysAgo); daysAgo += 1) current += 1;
  return { current, longest };
}

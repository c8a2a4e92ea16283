// Pure rules of lesson progress and course completion (unit-tested in progress.rules.test.ts).

export type ProgressStatus = "NOT_STARTED" | "IN_PROGRESS" | "COMPLETED";

const RANK: Record<ProgressStatus, number> = { NOT_STARTED: 0, IN_PROGRESS: 1, COMPLETED: 2 };

export interface ProgressFacts {
  /** Lessons the course has now. */
  totalLessons: number;
  /** Of those, lessons the student completed. */
  completedLessons: number;
  /** Final exams of the course the student has not passed yet. */
  unpassedFinalExams: number;
}

export interface ProgressSummary {
  totalLessons: number;
  completedLessons: number;
  progressPercentage: number;
  /** Every lesson complete and every final exam passed (a course without lessons never completes). */
  complete: boolean;
}

export function summarizeProgress(f: ProgressFacts): ProgressSummary {
  const completed = Math.min(f.completedLessons, f.totalLessons);
  return {
    totalLessons: f.totalLessons,
    completedLessons: completed,
    // Rounded down: 100 % means done, never "199 of 200".
    progressPercentage: f.totalLessons === 0 ? 0 : Math.floor((100 * completed) / f.totalLessons),
    complete: f.totalLessons > 0 && completed === f.totalLessons && f.unpassedFinalExams === 0,
  };
}

export interface StoredProgress {
  status: ProgressStatus;
  startedAt: Date | null;
  completedAt: Date | null;
  videoCompleted: boolean;
}

export interface ProgressChange {
  status?: ProgressStatus | null;
  videoPositionSeconds?: number | null;
  videoCompleted?: boolean | null;
  addTimeSpentMinutes?: number | null;
  notes?: string | null;
}

export interface MergedProgress {
  status: ProgressStatus;
  startedAt: Date | null;
  completedAt: Date | null;
  videoCompleted: boolean;
  /** This change completed the lesson (counted once in analytics). */
  justCompleted: boolean;
  /** This change finished the video (counted once in analytics). */
  videoJustCompleted: boolean;
}

/**
 * Progress only moves forward: asking for a lower status keeps the current one, so a replayed
 * or out-of-order request never un-completes a lesson (or a course). Any activity starts it.
 */
export function mergeProgress(
  current: StoredProgress | null,
  change: ProgressChange,
  now: Date,
): MergedProgress {
  const before: ProgressStatus = current?.status ?? "NOT_STARTED";
  const active =
    change.status != null ||
    change.videoPositionSeconds != null ||
    change.videoCompleted === true ||
    (change.addTimeSpentMinutes ?? 0) > 0;
  let status = before;
  if (change.status && RANK[change.status] > RANK[status]) status = change.status;
  if (active && status === "NOT_STARTED" && change.status !== "NOT_STARTED") status = "IN_PROGRESS";
  const videoCompleted = (current?.videoCompleted ?? false) || change.videoCompleted === true;
  return {
    status,
    startedAt: current?.startedAt ?? (status === "NOT_STARTED" ? null : now),
    completedAt: current?.completedAt ?? (status === "COMPLETED" ? now : null),
    videoCompleted,
    justCompleted: before !== "COMPLETED" && status === "COMPLETED",
    videoJustCompleted: !(current?.videoCompleted ?? false) && videoCompleted,
  };
}

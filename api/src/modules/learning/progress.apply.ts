import type { EnrollmentRow } from "./enrollment.types.js";
import type { Tx } from "./learning-transaction.js";
import { type MergedProgress, mergeProgress, type ProgressChange } from "./progress.rules.js";
import { type ProgressRow, progressSelect } from "./progress.types.js";

export interface AppliedProgress {
  progress: ProgressRow;
  merged: MergedProgress;
  minutes: number;
}

/**
 * Writes one lesson's progress for the enrollment's student (the caller holds the enrollment
 * lock, so two updates of one student never interleave). Shared by updateLessonProgress and by
 * a passed lesson quiz, which completes its lesson.
 */
export async function applyLessonProgress(
  tx: Tx,
  enrollment: Pick<EnrollmentRow, "id" | "userId" | "courseId">,
  lessonId: string,
  change: ProgressChange,
  now: Date,
): Promise<AppliedProgress> {
  const key = { userId_lessonId: { userId: enrollment.userId, lessonId } };
  const current = await tx.lessonProgress.findUnique({ where: key, select: progressSelect });
  const merged = mergeProgress(current, change, now);
  const minutes = change.addTimeSpentMinutes ?? 0;
  const fields = {
    status: merged.status,
    startedAt: merged.startedAt,
    completedAt: merged.completedAt,
    videoCompleted: merged.videoCompleted,
    lastAccessedAt: now,
    ...(change.videoPositionSeconds != null ? { videoPositionSeconds: change.videoPositionSeconds } : {}),
    ...(change.notes != null ? { userNotes: change.notes.trim() || null } : {}),
  };
  const progress = current
    ? await tx.lessonProgress.update({
        where: { id: current.id },
        data: { ...fields, timeSpentMinutes: { increment: minutes } },
        select: progressSelect,
      })
    : await tx.lessonProgress.create({
        data: {
          ...fields,
          userId: enrollment.userId,
          courseId: enrollment.courseId,
          lessonId,
          enrollmentId: enrollment.id,
          timeSpentMinutes: minutes,
        },
        select: progressSelect,
      });
  return { progress, merged, minutes };
}

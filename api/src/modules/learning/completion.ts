// Recomputes an enrollment's progress summary after any change that can move it (a lesson's
// progress, a graded final exam) and completes the course when the rules say so.
import type { Prisma } from "../../generated/prisma/client.js";
import { recordActivity } from "../analytics/activity-log.js";
import { refreshStudentCounters } from "../catalog/counters.js";
import { lockCourse } from "../catalog/course-lock.js";
import { issueCertificate } from "./certificate.issue.js";
import type { CertificateRow } from "./certificate.types.js";
import { type EnrollmentRow, enrollmentSelect } from "./enrollment.types.js";
import type { Tx } from "./learning-transaction.js";
import { progressFacts } from "./progress.facts.js";
import { summarizeProgress } from "./progress.rules.js";

export interface SettledEnrollment {
  enrollment: EnrollmentRow;
  /** This change completed the course. */
  completedNow: boolean;
  /** The certificate issued by this completion, if the course has certificates. */
  certificate: CertificateRow | null;
}

/** Locks the enrollment of a user that grants access to a course now; null when there is none. */
export async function lockAccessEnrollment(
  tx: Tx,
  userId: string,
  courseId: string,
  now: Date,
): Promise<EnrollmentRow | null> {
  const rows = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM enrollments
    WHERE user_id = ${userId}::uuid AND course_id = ${courseId}::uuid
      AND status IN ('ACTIVE', 'COMPLETED') AND (expires_at IS NULL OR expires_at > ${now})
    FOR UPDATE`;
  const id = rows[0]?.id;
  return id ? tx.enrollment.findUnique({ where: { id }, select: enrollmentSelect }) : null;
}

/**
 * Writes the progress summary (plus `extra`, e.g. the resume point) and, the first time every
 * lesson is complete and every final exam passed, marks the enrollment COMPLETED, refreshes the
 * course's completion rate under its row lock, counts it on the profile and issues the
 * certificate. The caller holds the enrollment row lock (lockAccessEnrollment).
 */
export async function settleEnrollment(
  tx: Tx,
  enrollment: EnrollmentRow,
  now: Date,
  extra: Prisma.EnrollmentUpdateInput = {},
): Promise<SettledEnrollment> {
  const summary = summarizeProgress(await progressFacts(tx, enrollment.userId, enrollment.courseId));
  const completedNow = summary.complete && enrollment.status === "ACTIVE";
  const updated = await tx.enrollment.update({
    where: { id: enrollment.id },
    data: {
      ...extra,
      totalLessons: summary.totalLessons,
      completedLessons: summary.completedLessons,
      progressPercentage: summary.progressPercentage,
      ...(completedNow ? { status: "COMPLETED", completedAt: now } : {}),
    },
    select: enrollmentSelect,
  });
  if (!completedNow) return { enrollment: updated, completedNow, certificate: null };
  await lockCourse(tx, enrollment.courseId);
  await refreshStudentCounters(tx, enrollment.courseId);
  await tx.user.update({
    where: { id: enrollment.userId },
    data: { coursesCompleted: { increment: 1 } },
    select: { id: true },
  });
  await recordActivity(tx, {
    userId: enrollment.userId,
    action: "course_completed",
    entityType: "enrollment",
    entityId: enrollment.id,
    metadata: { courseId: enrollment.courseId },
  });
  const certificate = await issueCertificate(tx, updated, now);
  return { enrollment: updated, completedNow, certificate };
}

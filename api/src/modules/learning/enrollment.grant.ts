// The one way an enrollment comes to grant access: free enrollment (enrollment.service.ts) and
// the payments module (a succeeded course purchase) both call grantEnrollment inside their own
// transaction, so the enrollment, the course counters and the caller's ledger row commit together.
import type { EnrollmentAccessType, EnrollmentPaymentMethod } from "../../generated/prisma/enums.js";
import { notFound } from "../../graphql/errors.js";
import { recordActivity } from "../analytics/activity-log.js";
import { refreshStudentCounters } from "../catalog/counters.js";
import { ACCESS_GRANTING_STATUSES } from "../catalog/course-access.loaders.js";
import { lockCourse } from "../catalog/course-lock.js";
import { type EnrollmentRow, enrollmentSelect } from "./enrollment.types.js";
import type { Tx } from "./learning-transaction.js";
import { progressFacts } from "./progress.facts.js";
import { summarizeProgress } from "./progress.rules.js";

export interface GrantEnrollmentInput {
  userId: string;
  courseId: string;
  accessType: EnrollmentAccessType;
  /** What was paid, in cents (0 for a free grant); with `currency`. */
  paymentAmountCents?: number | null;
  currency?: string | null;
  paymentMethod?: EnrollmentPaymentMethod | null;
  /** The code as the buyer typed it (the redemption itself is the payments module's row). */
  promotionalCodeUsed?: string | null;
  /** End of time-limited access; null: no end. */
  expiresAt?: Date | null;
  now?: Date;
}

export interface GrantedEnrollment {
  enrollment: EnrollmentRow;
  /** False when the user already had access: nothing was changed (safe to call twice). */
  changed: boolean;
}

/** Whether an enrollment grants access at `now` (the same rule as accessGrantingEnrollment). */
export function grantsAccess(e: { status: string; expiresAt: Date | null }, now = new Date()): boolean {
  return (
    (ACCESS_GRANTING_STATUSES as readonly string[]).includes(e.status) && (!e.expiresAt || e.expiresAt > now)
  );
}

/**
 * Gives `userId` access to the course: creates the enrollment, or reactivates an expired or
 * revoked one (its progress and completion are kept). Idempotent: a user who already has
 * access is left as is. Authorization and pricing are the caller's: this only records the grant.
 * Locks the course row first (catalog/course-lock.ts) and refreshes its studentCount.
 */
export async function grantEnrollment(tx: Tx, input: GrantEnrollmentInput): Promise<GrantedEnrollment> {
  const now = input.now ?? new Date();
  const course = await lockCourse(tx, input.courseId);
  if (!course || course.deletedAt) throw notFound("Course");
  const key = { userId_courseId: { userId: input.userId, courseId: input.courseId } };
  const existing = await tx.enrollment.findUnique({ where: key, select: enrollmentSelect });
  if (existing && grantsAccess(existing, now)) return { enrollment: existing, changed: false };

  const summary = summarizeProgress(await progressFacts(tx, input.userId, input.courseId));
  const terms = {
    accessType: input.accessType,
    paymentAmountCents: input.paymentAmountCents ?? null,
    currency: input.currency ?? null,
    paymentMethod: input.paymentMethod ?? null,
    promotionalCodeUsed: input.promotionalCodeUsed ?? null,
    expiresAt: input.expiresAt ?? null,
    totalLessons: summary.totalLessons,
    completedLessons: summary.completedLessons,
    progressPercentage: summary.progressPercentage,
  };
  const enrollment = existing
    ? await tx.enrollment.update({
        where: { id: existing.id },
        // A course completed before access lapsed stays completed.
        data: { ...terms, status: existing.completedAt ? "COMPLETED" : "ACTIVE", enrolledAt: now },
        select: enrollmentSelect,
      })
    : await tx.enrollment.create({
        data: { ...terms, userId: input.userId, courseId: input.courseId, status: "ACTIVE", enrolledAt: now },
        select: enrollmentSelect,
      });
  await refreshStudentCounters(tx, input.courseId);
  await recordActivity(tx, {
    userId: input.userId,
    action: "enrollment_created",
    entityType: "enrollment",
    entityId: enrollment.id,
    metadata: { courseId: input.courseId, accessType: input.accessType },
  });
  return { enrollment, changed: true };
}

/**
 * Withdraws access (a refunded purchase, an admin decision): the enrollment becomes REVOKED,
 * keeping its progress and certificate history, and the course stops counting the student.
 * Returns null when the user has no enrollment in the course. For the payments module.
 */
export async function revokeEnrollment(
  tx: Tx,
  input: { userId: string; courseId: string },
): Promise<EnrollmentRow | null> {
  await lockCourse(tx, input.courseId);
  const key = { userId_courseId: { userId: input.userId, courseId: input.courseId } };
  const existing = await tx.enrollment.findUnique({ where: key, select: { id: true } });
  if (!existing) return null;
  const enrollment = await tx.enrollment.update({
    where: key,
    data: { status: "REVOKED" },
    select: enrollmentSelect,
  });
  await refreshStudentCounters(tx, input.courseId);
  return enrollment;
}

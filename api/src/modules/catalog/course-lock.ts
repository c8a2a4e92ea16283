// Every catalog write runs in a transaction that first locks the course row it touches
// (SELECT … FOR UPDATE). Writers of one course then run one after another, so the counters
// recomputed at the end of each see every committed change (no lost updates), and the
// authorization check reads the state the write applies to.

import { isAdmin } from "../../auth/policy.js";
import type { Viewer } from "../../context.js";
import type { Prisma } from "../../generated/prisma/client.js";
import { forbidden, notFound } from "../../graphql/errors.js";
import { writeAuditLog } from "../audit/audit-log.js";
import { canEditCourse, canViewCourse, isCourseOwner } from "./catalog.policy.js";
import { accessGrantingEnrollment } from "./course-access.loaders.js";

export type Tx = Prisma.TransactionClient;

export interface LockedCourse {
  id: string;
  slug: string;
  title: string;
  description: string;
  category: string | null;
  instructorId: string | null;
  status: string;
  discussionEnabled: boolean;
  publishedAt: Date | null;
  deletedAt: Date | null;
}

export async function lockCourse(tx: Tx, courseId: string): Promise<LockedCourse | null> {
  const rows = await tx.$queryRaw<LockedCourse[]>`
    SELECT id, slug, title, description, category, instructor_id AS "instructorId", status::text AS status,
           discussion_enabled AS "discussionEnabled", published_at AS "publishedAt", deleted_at AS "deletedAt"
    FROM courses WHERE id = ${courseId}::uuid FOR UPDATE`;
  return rows[0] ?? null;
}

/** Whether the viewer holds an enrollment granting access, read inside the transaction. */
export async function isEnrolledIn(
  tx: Pick<Tx, "enrollment">,
  viewer: Viewer | null,
  courseId: string,
): Promise<boolean> {
  if (!viewer) return false;
  const found = await tx.enrollment.findFirst({
    where: { ...accessGrantingEnrollment(viewer.id), courseId },
    select: { id: true },
  });
  return found !== null;
}

/**
 * Locks a course the viewer must be able to see: NOT_FOUND when it does not exist or is hidden
 * from them (a hidden course is reported exactly like a missing one).
 */
export async function lockVisibleCourse(tx: Tx, viewer: Viewer | null, courseId: string) {
  const course = await lockCourse(tx, courseId);
  if (!course) throw notFound("Course");
  const enrolled = await isEnrolledIn(tx, viewer, courseId);
  if (!canViewCourse(viewer, course, enrolled)) throw notFound("Course");
  return { course, enrolled };
}

/** Locks a course the viewer may edit: NOT_FOUND when hidden from them, FORBIDDEN when only visible. */
export async function lockEditableCourse(tx: Tx, viewer: Viewer, courseId: string): Promise<LockedCourse> {
  const course = await lockCourse(tx, courseId);
  if (!course) throw notFound("Course");
  if (canEditCourse(viewer, course)) return course;
  if (canViewCourse(viewer, course, await isEnrolledIn(tx, viewer, courseId))) throw forbidden();
  throw notFound("Course");
}

/**
 * Writes the AuditLog row when an admin changes a course that is not their own (DESIGN.md:
 * each admin mutation is audited). An owner editing their own course is not an admin action.
 */
export async function auditIfAdmin(
  tx: Tx,
  viewer: Viewer,
  course: LockedCourse,
  change: {
    action: string;
    entityType: string;
    entityId: string;
    oldValues: Record<string, unknown> | null;
    newValues: Record<string, unknown> | null;
  },
): Promise<void> {
  if (!isAdmin(viewer) || isCourseOwner(viewer, course)) return;
  await writeAuditLog(tx, { actorId: viewer.id, ...change });
}

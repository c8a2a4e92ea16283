import type { Viewer } from "../../context.js";
import { forbidden, notFound } from "../../graphql/errors.js";
import { canViewCourse } from "../catalog/catalog.policy.js";
import { lockAccessEnrollment } from "./completion.js";
import type { EnrollmentRow } from "./enrollment.types.js";
import type { Tx } from "./learning-transaction.js";

/**
 * The viewer's enrollment granting access to the course, locked for the rest of the
 * transaction. Without one: FORBIDDEN when the course is visible to them ("enroll first"),
 * NOT_FOUND (as `what`) when it is not, so hidden courses stay indistinguishable from missing ones.
 */
export async function requireAccessEnrollment(
  tx: Tx,
  viewer: Viewer,
  courseId: string,
  now: Date,
  refusal: { what: string; action: string },
): Promise<EnrollmentRow> {
  const enrollment = await lockAccessEnrollment(tx, viewer.id, courseId, now);
  if (enrollment) return enrollment;
  const course = await tx.course.findUnique({
    where: { id: courseId },
    select: { status: true, deletedAt: true, instructorId: true },
  });
  if (!course || !canViewCourse(viewer, course)) throw notFound(refusal.what);
  throw forbidden(`Enroll in the course to ${refusal.action}.`);
}

/** The course a quiz or challenge belongs to (a lesson's one may only name its lesson). */
export const courseIdOf = (item: { courseId: string | null; lesson: { courseId: string } | null }) =>
  item.courseId ?? item.lesson?.courseId ?? null;

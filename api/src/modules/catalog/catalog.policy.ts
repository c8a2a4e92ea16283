import { hasRole, isAdmin, isSelf } from "../../auth/policy.js";
import type { Viewer } from "../../context.js";

// The catalog's authorization rules (DESIGN.md, "Authorization"), one question per action.
// Each answers from facts the caller loaded (`enrolled` comes from the isEnrolled loader);
// anything not allowed here is denied.

export interface CourseFacts {
  status: string;
  deletedAt: Date | null;
  instructorId: string | null;
}

/**
 * Published courses are public. Other states belong to their instructor and admins, and stay
 * visible to enrolled students (archiving replaces deleting a course that has enrollments, so
 * students keep what they enrolled in). Deleted ones: admins only.
 */
export function canViewCourse(viewer: Viewer | null, course: CourseFacts, enrolled = false): boolean {
  if (course.deletedAt) return isAdmin(viewer);
  if (course.status === "PUBLISHED") return true;
  if (isSelf(viewer, course.instructorId) || isAdmin(viewer)) return true;
  return enrolled;
}

/** The instructor who owns the course, while they still hold the INSTRUCTOR role. */
export const isCourseOwner = (viewer: Viewer | null, course: CourseFacts): boolean =>
  isSelf(viewer, course.instructorId) && hasRole(viewer, "INSTRUCTOR");

/** Editing (course, curriculum, quizzes, challenges, course resources): the owner and admins. */
export const canEditCourse = (viewer: Viewer | null, course: CourseFacts): boolean =>
  course.deletedAt === null && (isCourseOwner(viewer, course) || isAdmin(viewer));

/** Lesson bodies, quiz questions and course discussions: enrolled students, the instructor, admins. */
export const canReadCourseContent = (
  viewer: Viewer | null,
  course: CourseFacts,
  enrolled: boolean,
): boolean =>
  isAdmin(viewer) ||
  isSelf(viewer, course.instructorId) ||
  (enrolled && canViewCourse(viewer, course, enrolled));

/** A preview lesson is public wherever its course is; the others follow `canReadCourseContent`. */
export const canReadLessonContent = (
  viewer: Viewer | null,
  course: CourseFacts,
  lesson: { isPreview: boolean },
  enrolled: boolean,
): boolean =>
  canReadCourseContent(viewer, course, enrolled) ||
  (lesson.isPreview && canViewCourse(viewer, course, enrolled));

/** Quiz answers, explanations, hidden tests and solution code: the instructor and admins only. */
export const canReadAnswerKey = (viewer: Viewer | null, course: CourseFacts): boolean =>
  isSelf(viewer, course.instructorId) || isAdmin(viewer);

/** Enrolling (free now, paid through checkout): a signed-in non-owner, not yet enrolled, in a published course. */
export const canEnrollInCourse = (viewer: Viewer | null, course: CourseFacts, enrolled: boolean): boolean =>
  viewer !== null &&
  course.status === "PUBLISHED" &&
  course.deletedAt === null &&
  !enrolled &&
  !isSelf(viewer, course.instructorId);

/** Reviewing: students with access to the course, never its own instructor. */
export const canReviewCourse = (viewer: Viewer | null, course: CourseFacts, enrolled: boolean): boolean =>
  viewer !== null &&
  enrolled &&
  !isSelf(viewer, course.instructorId) &&
  canViewCourse(viewer, course, enrolled);

/** Posting in the forum: whoever reads the content, while the course has its forum open. */
export const canDiscussCourse = (
  viewer: Viewer | null,
  course: CourseFacts & { discussionEnabled: boolean },
  enrolled: boolean,
): boolean => viewer !== null && course.discussionEnabled && canReadCourseContent(viewer, course, enrolled);

/** Deleting a post: its author, the course's instructor, admins. */
export const canDeleteDiscussion = (
  viewer: Viewer | null,
  post: { userId: string },
  course: CourseFacts,
): boolean => isSelf(viewer, post.userId) || isSelf(viewer, course.instructorId) || isAdmin(viewer);

/** Editing a post or a review: its author only (admins delete, they do not rewrite people's words). */
export const canEditOwnWords = (viewer: Viewer | null, authorId: string): boolean => isSelf(viewer, authorId);

/** Creating courses: instructors and admins. */
export const canCreateCourse = (viewer: Viewer | null): boolean =>
  hasRole(viewer, "INSTRUCTOR") || isAdmin(viewer);

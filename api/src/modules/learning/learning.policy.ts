import { isAdmin, isSelf } from "../../auth/policy.js";
import type { Viewer } from "../../context.js";
import type { CourseFacts } from "../catalog/catalog.policy.js";

// Who may see what a student did in a course (DESIGN.md, seed 002 RLS "users can view own
// progress"): the student, the course's instructor, admins. Deny by default.

/** Enrollments, attempts, submissions and certificates of `ownerId` in `course`. */
export const canReadLearnerRecord = (
  viewer: Viewer | null,
  ownerId: string,
  course: Pick<CourseFacts, "instructorId"> | null,
): boolean => isSelf(viewer, ownerId) || isSelf(viewer, course?.instructorId) || isAdmin(viewer);

/** A learner's private notes on a lesson: the learner alone (not even the instructor). */
export const canReadLessonNotes = (viewer: Viewer | null, ownerId: string): boolean =>
  isSelf(viewer, ownerId);

/** Listing every student's records of a course (attempts of a quiz, submissions to a challenge). */
export const canReadCourseLearners = (
  viewer: Viewer | null,
  course: Pick<CourseFacts, "instructorId"> | null,
): boolean => isSelf(viewer, course?.instructorId) || isAdmin(viewer);

/** Profile learning counters and streaks: the learner and admins. */
export const canReadLearningStats = (viewer: Viewer | null, userId: string): boolean =>
  isSelf(viewer, userId) || isAdmin(viewer);

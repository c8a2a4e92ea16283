import { hasRole, isAdmin, isSelf } from "../../auth/policy.js";
import type { Viewer } from "../../context.js";
import { type CourseFacts, canViewCourse } from "../catalog/catalog.policy.js";

// Who may do what with live sessions (seed 001 + DESIGN.md authorization). Deny by default.

export interface SessionFacts {
  instructorId: string;
  courseId: string | null;
}

/** The session's instructor (still an instructor) and admins run it. */
export const canManageLiveSession = (viewer: Viewer | null, s: SessionFacts): boolean =>
  (isSelf(viewer, s.instructorId) && hasRole(viewer, "INSTRUCTOR")) || isAdmin(viewer);

/** Standalone sessions are public; a course's sessions are visible with the course. */
export function canViewLiveSession(
  viewer: Viewer | null,
  s: SessionFacts,
  course: CourseFacts | null,
  enrolled: boolean,
): boolean {
  if (isSelf(viewer, s.instructorId) || isAdmin(viewer)) return true;
  if (s.courseId === null) return true;
  return course !== null && canViewCourse(viewer, course, enrolled);
}

/** Scheduling a session: instructors and admins. */
export const canCreateLiveSession = (viewer: Viewer | null): boolean =>
  hasRole(viewer, "INSTRUCTOR") || isAdmin(viewer);

/**
 * Taking a place: signed in, not the host, and for a course's session, enrolled in the course
 * (its live classes are part of what the enrollment gives).
 */
export const canJoinLiveSession = (viewer: Viewer | null, s: SessionFacts, enrolled: boolean): boolean =>
  viewer !== null && !isSelf(viewer, s.instructorId) && (s.courseId === null || enrolled);

/** The meeting link: the host, admins and people holding a place. */
export const canReadMeetingUrl = (viewer: Viewer | null, s: SessionFacts, participant: boolean): boolean =>
  canManageLiveSession(viewer, s) || participant;

/** The recording: the host, admins, participants, and students of the session's course. */
export const canReadRecording = (
  viewer: Viewer | null,
  s: SessionFacts,
  facts: { participated: boolean; enrolled: boolean },
): boolean =>
  canManageLiveSession(viewer, s) || facts.participated || (s.courseId !== null && facts.enrolled);

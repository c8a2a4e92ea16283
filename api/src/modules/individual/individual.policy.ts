import { assertAllowed, hasRole, isAdmin, isSelf } from "../../auth/policy.js";
import type { Viewer } from "../../context.js";

/** What the policies need to know about a course: who teaches it and who takes it. */
export interface CourseParties {
  studentId: string;
  instructorId: string | null;
}

/** Seed 000 RLS "Instructors can manage": any instructor reads and handles inquiries; admins too. */
export const canHandleInquiries = (viewer: Viewer | null) => isAdmin(viewer) || hasRole(viewer, "INSTRUCTOR");

export function assertCanHandleInquiries(viewer: Viewer | null): asserts viewer is Viewer {
  assertAllowed(viewer, canHandleInquiries(viewer), "Only instructors can handle inquiries.");
}

/** DESIGN.md narrows seed 000's "any instructor": the course's own instructor, or an admin. */
export const canManageCourse = (viewer: Viewer | null, c: CourseParties) =>
  isAdmin(viewer) || (hasRole(viewer, "INSTRUCTOR") && isSelf(viewer, c.instructorId));

export function assertCanManageCourse(viewer: Viewer | null, c: CourseParties): asserts viewer is Viewer {
  assertAllowed(viewer, canManageCourse(viewer, c), "Only the course's instructor can do this.");
}

/** Seed 000 "Students can view own individual courses" (and their sessions and quotes). */
export const canReadCourse = (viewer: Viewer | null, c: CourseParties) =>
  canManageCourse(viewer, c) || isSelf(viewer, c.studentId);

/** Private notes: the instructor side only, never the student, whatever the path. */
export const canReadInstructorNotes = canManageCourse;

/** The student answers their own quotes when signed in. */
export const canAnswerAsStudent = (viewer: Viewer | null, c: CourseParties) => isSelf(viewer, c.studentId);

/** Instructors create courses (for themselves); admins too. */
export const canCreateCourses = canHandleInquiries;

export function assertCanCreateCourses(viewer: Viewer | null): asserts viewer is Viewer {
  assertAllowed(viewer, canCreateCourses(viewer), "Only instructors can create individual courses.");
}

/** Reports: instructors see their own figures, admins everyone's. */
export const canReadReports = canHandleInquiries;

export function assertCanReadReports(viewer: Viewer | null): asserts viewer is Viewer {
  assertAllowed(viewer, canReadReports(viewer), "Only instructors and admins can read these reports.");
}

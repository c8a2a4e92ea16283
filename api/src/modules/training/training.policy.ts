import { assertAllowed, hasRole, isAdmin, isSelf } from "../../auth/policy.js";
import type { Viewer } from "../../context.js";

export interface ScheduleAccess {
  status: string;
  instructorId: string | null;
  createdById: string | null;
}

/** Venues are platform infrastructure: admins only. */
export function assertCanManageVenues(viewer: Viewer | null): asserts viewer is Viewer {
  assertAllowed(viewer, isAdmin(viewer), "Only admins can manage venues.");
}

/** Admins, and instructors for the courses they teach. */
export function assertCanCreateSchedule(
  viewer: Viewer | null,
  course: { instructorId: string | null },
): asserts viewer is Viewer {
  assertAllowed(
    viewer,
    isAdmin(viewer) || (hasRole(viewer, "INSTRUCTOR") && isSelf(viewer, course.instructorId)),
    "Only admins and the course's instructor can plan schedules for it.",
  );
}

/** Admins, the schedule's instructor and whoever planned it. */
export const canManageSchedule = (viewer: Viewer | null, schedule: ScheduleAccess) =>
  isAdmin(viewer) || isSelf(viewer, schedule.instructorId) || isSelf(viewer, schedule.createdById);

export function assertCanManageSchedule(
  viewer: Viewer | null,
  schedule: ScheduleAccess,
): asserts viewer is Viewer {
  assertAllowed(viewer, canManageSchedule(viewer, schedule), "You cannot manage this schedule.");
}

/** Who may list the runs they manage (`courseSchedules(filter: { managedByViewer: true })`). */
export function assertCanListManagedSchedules(viewer: Viewer | null): asserts viewer is Viewer {
  assertAllowed(
    viewer,
    isAdmin(viewer) || hasRole(viewer, "INSTRUCTOR"),
    "Only instructors and admins plan schedules.",
  );
}

/** Drafts are private to their managers; every other state is public (anonymous included). */
export const canViewSchedule = (viewer: Viewer | null, schedule: ScheduleAccess) =>
  schedule.status !== "DRAFT" || canManageSchedule(viewer, schedule);

import { hasRole, isAdmin, isSelf } from "../../auth/policy.js";
import type { Viewer } from "../../context.js";
import { type CourseFacts, canEditCourse, canReadCourseContent, canViewCourse } from "./catalog.policy.js";

// Resources: standalone ones belong to whoever created them; course ones follow their course.

export interface ResourceFacts {
  courseId: string | null;
  createdById: string | null;
  restricted: boolean;
}

/** Seeing that a resource exists: standalone ones are public, course ones follow the course. */
export const canViewResource = (
  viewer: Viewer | null,
  resource: ResourceFacts,
  course: CourseFacts | null,
  enrolled: boolean,
): boolean =>
  resource.courseId === null ? true : course !== null && canViewCourse(viewer, course, enrolled);

/**
 * Opening it (its URL). Restricted course resources need access to the course content;
 * restricted standalone ones, which no enrollment can unlock, need a signed-in viewer.
 */
export const canAccessResource = (
  viewer: Viewer | null,
  resource: ResourceFacts,
  course: CourseFacts | null,
  enrolled: boolean,
): boolean => {
  if (!canViewResource(viewer, resource, course, enrolled)) return false;
  if (!resource.restricted) return true;
  if (resource.courseId === null) return viewer !== null;
  return course !== null && canReadCourseContent(viewer, course, enrolled);
};

/** Creating standalone resources: instructors and admins. */
export const canCreateStandaloneResource = (viewer: Viewer | null): boolean =>
  hasRole(viewer, "INSTRUCTOR") || isAdmin(viewer);

/** Editing: the course's editors for course resources; the creator (an instructor) or admins otherwise. */
export const canEditResource = (
  viewer: Viewer | null,
  resource: ResourceFacts,
  course: CourseFacts | null,
): boolean => {
  if (resource.courseId !== null) return course !== null && canEditCourse(viewer, course);
  return isAdmin(viewer) || (isSelf(viewer, resource.createdById) && hasRole(viewer, "INSTRUCTOR"));
};

/** Featuring a resource on the platform: admins. */
export const canFeatureResource = (viewer: Viewer | null): boolean => isAdmin(viewer);

import type { AppContext, Viewer } from "../../context.js";
import { notFound } from "../../graphql/errors.js";
import { type CourseRow, courseById } from "./catalog.loaders.js";
import { type CourseFacts, canViewCourse } from "./catalog.policy.js";
import { isEnrolled } from "./course-access.loaders.js";

/** What the read-side policies need to know about the viewer and one course. */
export interface ViewerCourseFacts {
  viewer: Viewer | null;
  enrolled: boolean;
}

/** The viewer and whether they are enrolled in the course (batched per request). */
export async function viewerFactsFor(ctx: AppContext, courseId: string): Promise<ViewerCourseFacts> {
  const [viewer, enrolled] = await Promise.all([ctx.viewer(), isEnrolled(ctx, courseId)]);
  return { viewer, enrolled };
}

/** The course when the viewer may see it; unknown and hidden look the same (null). */
export async function courseIfVisible<C extends CourseFacts & { id: string }>(
  ctx: AppContext,
  course: C | null,
): Promise<C | null> {
  if (!course) return null;
  const viewer = await ctx.viewer();
  // Enrollment only matters for courses that are not public; skip the lookup otherwise.
  if (canViewCourse(viewer, course)) return course;
  return canViewCourse(viewer, course, await isEnrolled(ctx, course.id)) ? course : null;
}

/** Loads a course that must exist for the viewer, else NOT_FOUND (e.g. nested content of a course). */
export async function visibleCourseOrThrow(ctx: AppContext, courseId: string): Promise<CourseRow> {
  const course = await courseIfVisible(ctx, await courseById(ctx).load(courseId));
  if (!course) throw notFound("Course");
  return course;
}

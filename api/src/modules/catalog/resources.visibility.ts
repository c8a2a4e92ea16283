import type { AppContext } from "../../context.js";
import { courseById } from "./catalog.loaders.js";
import { viewerFactsFor } from "./course-access.js";
import { canViewResource, type ResourceFacts } from "./resources.policy.js";

/** Whether the viewer may see the resource (standalone: everyone; course: whoever sees the course). */
export async function resourceFactsVisible(ctx: AppContext, resource: ResourceFacts): Promise<boolean> {
  if (!resource.courseId) return canViewResource(await ctx.viewer(), resource, null, false);
  const course = await courseById(ctx).load(resource.courseId);
  const { viewer, enrolled } = await viewerFactsFor(ctx, resource.courseId);
  return canViewResource(viewer, resource, course, enrolled);
}

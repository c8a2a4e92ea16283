import type { AppContext } from "../../context.js";
import { byKey, defineLoader } from "../../graphql/loaders.js";
import { defineNestedPage } from "./nested-page.js";
import { type ResourceRow, resourceColumns, resourceSelect } from "./resources.types.js";

/** A course's resources, oldest first, `first` per course in one statement for all courses. */
export const resourcesPage = defineNestedPage<ResourceRow>("resourcesByCourse", {
  table: "resources",
  parentColumn: "course_id",
  columns: resourceColumns,
  direction: "ASC",
});

export const resourceById = defineLoader("resourceById", async (ctx: AppContext, ids: readonly string[]) => {
  const rows = await ctx.prisma.resource.findMany({
    where: { id: { in: [...ids] } },
    select: resourceSelect,
  });
  return byKey(ids, rows, (r) => r.id);
});

/** Number of resources per course (only when `totalCount` is selected). */
export const resourceCountByCourse = defineLoader(
  "resourceCountByCourse",
  async (ctx: AppContext, courseIds: readonly string[]) => {
    const rows = await ctx.prisma.resource.groupBy({
      by: ["courseId"],
      where: { courseId: { in: [...courseIds] } },
      _count: { _all: true },
    });
    const counts = new Map(rows.map((r) => [r.courseId, r._count._all]));
    return courseIds.map((id) => counts.get(id) ?? 0);
  },
);

/** Whether the viewer saved each resource as a favorite (false when anonymous). */
export const viewerHasFavorited = defineLoader(
  "viewerHasFavorited",
  async (ctx: AppContext, resourceIds: readonly string[]) => {
    const viewer = await ctx.viewer();
    if (!viewer) return resourceIds.map(() => false);
    const rows = await ctx.prisma.favorite.findMany({
      where: { userId: viewer.id, resourceId: { in: [...resourceIds] } },
      select: { resourceId: true },
    });
    const saved = new Set(rows.map((r) => r.resourceId));
    return resourceIds.map((id) => saved.has(id));
  },
);

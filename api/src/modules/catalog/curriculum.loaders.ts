import type { AppContext } from "../../context.js";
import { byKey, defineLoader, groupByKey } from "../../graphql/loaders.js";
import { lessonSelect, moduleSelect } from "./curriculum.types.js";

/** Modules of each course in curriculum order; one statement for every course of the request. */
export const modulesByCourse = defineLoader(
  "modulesByCourse",
  async (ctx: AppContext, ids: readonly string[]) => {
    const rows = await ctx.prisma.courseModule.findMany({
      where: { courseId: { in: [...ids] } },
      orderBy: [{ courseId: "asc" }, { position: "asc" }, { id: "asc" }],
      select: moduleSelect,
    });
    return groupByKey(ids, rows, (r) => r.courseId);
  },
);

/** Lessons of each module in order; one statement for every module of the request. */
export const lessonsByModule = defineLoader(
  "lessonsByModule",
  async (ctx: AppContext, ids: readonly string[]) => {
    const rows = await ctx.prisma.lesson.findMany({
      where: { moduleId: { in: [...ids] } },
      orderBy: [{ moduleId: "asc" }, { position: "asc" }, { id: "asc" }],
      select: lessonSelect,
    });
    return groupByKey(ids, rows, (r) => r.moduleId);
  },
);

export const moduleById = defineLoader("moduleById", async (ctx: AppContext, ids: readonly string[]) => {
  const rows = await ctx.prisma.courseModule.findMany({
    where: { id: { in: [...ids] } },
    select: moduleSelect,
  });
  return byKey(ids, rows, (r) => r.id);
});

export const lessonById = defineLoader("lessonById", async (ctx: AppContext, ids: readonly string[]) => {
  const rows = await ctx.prisma.lesson.findMany({ where: { id: { in: [...ids] } }, select: lessonSelect });
  return byKey(ids, rows, (r) => r.id);
});

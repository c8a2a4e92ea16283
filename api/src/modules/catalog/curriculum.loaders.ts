import type { AppContext } from "../../context.js";
import { byKey, defineLoader, groupByKey } from "../../graphql/loaders.js";
import { type LessonRow, lessonSelect, type ModuleRow, moduleSelect } from "./curriculum.types.js";
import { rowColumns, rowReader } from "./row-columns.js";

type CurriculumRow = Record<string, unknown> & { m_id: string; l_id: string | null };

const moduleColumns = rowColumns("m", moduleSelect, { prefix: "m_" });
const lessonColumns = rowColumns("l", lessonSelect, { prefix: "l_" });
const readModule = rowReader<ModuleRow>(moduleSelect, "m_");
const readLesson = rowReader<LessonRow>(lessonSelect, "l_");

/**
 * Modules of each course in curriculum order, with their lessons: one statement for every
 * course of the request. Every client reading modules reads their lessons too (course page,
 * player, catalog cards), so the lessons come in the same join and prime `lessonsByModule`
 * rather than costing a second round trip.
 */
export const modulesByCourse = defineLoader(
  "modulesByCourse",
  async (ctx: AppContext, ids: readonly string[]) => {
    const rows = await ctx.prisma.$queryRaw<CurriculumRow[]>`
      SELECT ${moduleColumns}, ${lessonColumns}
      FROM course_modules m LEFT JOIN lessons l ON l.module_id = m.id
      WHERE m.course_id = ANY(${[...ids]}::uuid[])
      ORDER BY m.course_id, m.position, m.id, l.position, l.id`;
    const modules = new Map<string, ModuleRow>();
    const lessons = new Map<string, LessonRow[]>();
    for (const row of rows) {
      if (!modules.has(row.m_id)) {
        modules.set(row.m_id, readModule(row));
        lessons.set(row.m_id, []);
      }
      if (row.l_id !== null) lessons.get(row.m_id)?.push(readLesson(row));
    }
    const byModule = lessonsByModule(ctx);
    for (const [moduleId, list] of lessons) byModule.prime(moduleId, list);
    return groupByKey(ids, [...modules.values()], (r) => r.courseId);
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

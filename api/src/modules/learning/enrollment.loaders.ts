import type { AppContext } from "../../context.js";
import { byKey, defineLoader, groupByKey } from "../../graphql/loaders.js";
import { enrollmentSelect } from "./enrollment.types.js";
import { progressSelect } from "./progress.types.js";

/** Enrollments by id, unchecked: callers apply canReadLearnerRecord. */
export const enrollmentById = defineLoader(
  "enrollmentById",
  async (ctx: AppContext, ids: readonly string[]) => {
    const rows = await ctx.prisma.enrollment.findMany({
      where: { id: { in: [...ids] } },
      select: enrollmentSelect,
    });
    return byKey(ids, rows, (r) => r.id);
  },
);

/** The viewer's enrollment (any state) in each course; none for anonymous viewers. */
export const viewerEnrollmentByCourse = defineLoader(
  "viewerEnrollmentByCourse",
  async (ctx: AppContext, courseIds: readonly string[]) => {
    const viewer = await ctx.viewer();
    if (!viewer) return courseIds.map(() => null);
    const rows = await ctx.prisma.enrollment.findMany({
      where: { userId: viewer.id, courseId: { in: [...courseIds] } },
      select: enrollmentSelect,
    });
    return byKey(courseIds, rows, (r) => r.courseId);
  },
);

/** Lesson progress rows of each enrollment, oldest first. */
export const progressByEnrollment = defineLoader(
  "progressByEnrollment",
  async (ctx: AppContext, ids: readonly string[]) => {
    const rows = await ctx.prisma.lessonProgress.findMany({
      where: { enrollmentId: { in: [...ids] } },
      orderBy: [{ enrollmentId: "asc" }, { createdAt: "asc" }, { id: "asc" }],
      select: progressSelect,
    });
    return groupByKey(ids, rows, (r) => r.enrollmentId);
  },
);

/** The viewer's own progress in each lesson; none for anonymous viewers. */
export const viewerProgressByLesson = defineLoader(
  "viewerProgressByLesson",
  async (ctx: AppContext, lessonIds: readonly string[]) => {
    const viewer = await ctx.viewer();
    if (!viewer) return lessonIds.map(() => null);
    const rows = await ctx.prisma.lessonProgress.findMany({
      where: { userId: viewer.id, lessonId: { in: [...lessonIds] } },
      select: progressSelect,
    });
    return byKey(lessonIds, rows, (r) => r.lessonId);
  },
);

/** Progress rows by id, unchecked. */
export const progressById = defineLoader("progressById", async (ctx: AppContext, ids: readonly string[]) => {
  const rows = await ctx.prisma.lessonProgress.findMany({
    where: { id: { in: [...ids] } },
    select: progressSelect,
  });
  return byKey(ids, rows, (r) => r.id);
});

/** The first lesson of each course in curriculum order (module position, then lesson position). */
export const firstLessonIdByCourse = defineLoader(
  "firstLessonIdByCourse",
  async (ctx: AppContext, courseIds: readonly string[]) => {
    const rows = await ctx.prisma.$queryRaw<{ courseId: string; id: string }[]>`
      SELECT DISTINCT ON (l.course_id) l.course_id AS "courseId", l.id
      FROM lessons l JOIN course_modules m ON m.id = l.module_id
      WHERE l.course_id = ANY(${[...courseIds]}::uuid[])
      ORDER BY l.course_id, m.position, m.id, l.position, l.id`;
    return byKey(courseIds, rows, (r) => r.courseId).map((r) => r?.id ?? null);
  },
);

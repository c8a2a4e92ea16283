import type { AppContext } from "../../context.js";
import { byKey, defineLoader, groupByKey } from "../../graphql/loaders.js";
import { questionSelect, quizSelect } from "./quiz.types.js";

export const quizzesByCourse = defineLoader(
  "quizzesByCourse",
  async (ctx: AppContext, ids: readonly string[]) => {
    const rows = await ctx.prisma.quiz.findMany({
      where: { courseId: { in: [...ids] } },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      select: quizSelect,
    });
    return groupByKey(ids, rows, (r) => r.courseId ?? "");
  },
);

export const quizzesByLesson = defineLoader(
  "quizzesByLesson",
  async (ctx: AppContext, ids: readonly string[]) => {
    const rows = await ctx.prisma.quiz.findMany({
      where: { lessonId: { in: [...ids] } },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      select: quizSelect,
    });
    return groupByKey(ids, rows, (r) => r.lessonId ?? "");
  },
);

export const questionsByQuiz = defineLoader(
  "questionsByQuiz",
  async (ctx: AppContext, ids: readonly string[]) => {
    const rows = await ctx.prisma.quizQuestion.findMany({
      where: { quizId: { in: [...ids] } },
      orderBy: [{ quizId: "asc" }, { position: "asc" }, { id: "asc" }],
      select: questionSelect,
    });
    return groupByKey(ids, rows, (r) => r.quizId);
  },
);

export const quizById = defineLoader("quizById", async (ctx: AppContext, ids: readonly string[]) => {
  const rows = await ctx.prisma.quiz.findMany({ where: { id: { in: [...ids] } }, select: quizSelect });
  return byKey(ids, rows, (r) => r.id);
});

export const questionById = defineLoader("questionById", async (ctx: AppContext, ids: readonly string[]) => {
  const rows = await ctx.prisma.quizQuestion.findMany({
    where: { id: { in: [...ids] } },
    select: questionSelect,
  });
  return byKey(ids, rows, (r) => r.id);
});

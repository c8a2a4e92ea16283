import type { AppContext } from "../../context.js";
import { byKey, defineLoader, groupByKey } from "../../graphql/loaders.js";
import { challengeSelect } from "./code-challenge.types.js";

export const challengesByCourse = defineLoader(
  "challengesByCourse",
  async (ctx: AppContext, ids: readonly string[]) => {
    const rows = await ctx.prisma.codeChallenge.findMany({
      where: { courseId: { in: [...ids] } },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      select: challengeSelect,
    });
    return groupByKey(ids, rows, (r) => r.courseId ?? "");
  },
);

export const challengesByLesson = defineLoader(
  "challengesByLesson",
  async (ctx: AppContext, ids: readonly string[]) => {
    const rows = await ctx.prisma.codeChallenge.findMany({
      where: { lessonId: { in: [...ids] } },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      select: challengeSelect,
    });
    return groupByKey(ids, rows, (r) => r.lessonId ?? "");
  },
);

export const challengeById = defineLoader(
  "challengeById",
  async (ctx: AppContext, ids: readonly string[]) => {
    const rows = await ctx.prisma.codeChallenge.findMany({
      where: { id: { in: [...ids] } },
      select: challengeSelect,
    });
    return byKey(ids, rows, (r) => r.id);
  },
);

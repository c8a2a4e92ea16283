import type { AppContext } from "../../context.js";
import { byKey, defineLoader, groupByKey } from "../../graphql/loaders.js";
import { attemptSelect } from "./quiz-attempt.types.js";

/** Attempts by id, unchecked: callers apply canReadLearnerRecord. */
export const attemptById = defineLoader("attemptById", async (ctx: AppContext, ids: readonly string[]) => {
  const rows = await ctx.prisma.quizAttempt.findMany({
    where: { id: { in: [...ids] } },
    select: attemptSelect,
  });
  return byKey(ids, rows, (r) => r.id);
});

/** The viewer's own attempts at each quiz, first attempt first; none for anonymous viewers. */
export const viewerAttemptsByQuiz = defineLoader(
  "viewerAttemptsByQuiz",
  async (ctx: AppContext, quizIds: readonly string[]) => {
    const viewer = await ctx.viewer();
    if (!viewer) return quizIds.map(() => []);
    const rows = await ctx.prisma.quizAttempt.findMany({
      where: { userId: viewer.id, quizId: { in: [...quizIds] } },
      orderBy: [{ quizId: "asc" }, { attemptNumber: "asc" }],
      select: attemptSelect,
    });
    return groupByKey(quizIds, rows, (r) => r.quizId);
  },
);

import type { AppContext } from "../../context.js";
import { byKey, defineLoader } from "../../graphql/loaders.js";

/** Profile learning counters of each user, one statement for every user of the request. */
export const learningCountersByUser = defineLoader(
  "learningCountersByUser",
  async (ctx: AppContext, ids: readonly string[]) => {
    const rows = await ctx.prisma.user.findMany({
      where: { id: { in: [...ids] } },
      select: {
        id: true,
        timezone: true,
        totalLearningMinutes: true,
        coursesCompleted: true,
        currentStreakDays: true,
        longestStreakDays: true,
        lastActiveAt: true,
      },
    });
    return byKey(ids, rows, (r) => r.id);
  },
);

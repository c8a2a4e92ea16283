import type { AppContext } from "../../context.js";
import { byKey, defineLoader } from "../../graphql/loaders.js";

/** Account state columns, read only for admins (the public User select leaves them out). */
export const userStatusById = defineLoader(
  "userStatusById",
  async (ctx: AppContext, ids: readonly string[]) => {
    const rows = await ctx.prisma.user.findMany({
      where: { id: { in: [...ids] } },
      select: { id: true, deactivatedAt: true, deletedAt: true },
    });
    return byKey(ids, rows, (r) => r.id);
  },
);

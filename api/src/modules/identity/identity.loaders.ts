import type { AppContext } from "../../context.js";
import { byKey, defineLoader } from "../../graphql/loaders.js";

export const userSelect = {
  id: true,
  email: true,
  displayName: true,
  fullName: true,
  firstName: true,
  lastName: true,
  avatarUrl: true,
  bio: true,
  timezone: true,
  roles: true,
  createdAt: true,
} as const;

/** Users by id, one statement per request however many parents ask. Anonymized users are kept (ledger references). */
export const userById = defineLoader("userById", async (ctx: AppContext, ids: readonly string[]) => {
  const rows = await ctx.prisma.user.findMany({ where: { id: { in: [...ids] } }, select: userSelect });
  return byKey(ids, rows, (r) => r.id);
});

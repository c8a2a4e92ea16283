import type { AppContext } from "../../context.js";
import { byKey, defineLoader, groupByKey } from "../../graphql/loaders.js";
import { canViewApplication } from "./instructor-application.policy.js";
import { type ApplicationRow, applicationSelect } from "./instructor-application.types.js";

export const applicationsByUser = defineLoader(
  "applicationsByUser",
  async (ctx: AppContext, ids: readonly string[]) => {
    const rows = await ctx.prisma.instructorApplication.findMany({
      where: { userId: { in: [...ids] } },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      select: applicationSelect,
    });
    return groupByKey(ids, rows, (r) => r.userId);
  },
);

export const applicationById = defineLoader(
  "applicationById",
  async (ctx: AppContext, ids: readonly string[]) => {
    const rows = await ctx.prisma.instructorApplication.findMany({
      where: { id: { in: [...ids] } },
      select: applicationSelect,
    });
    return byKey(ids, rows, (r) => r.id);
  },
);

/** `node(id)` for applications: the applicant and admins; anyone else gets "not found". */
export async function fetchInstructorApplication(
  ctx: AppContext,
  id: string,
): Promise<ApplicationRow | null> {
  const row = await applicationById(ctx).load(id);
  return row && canViewApplication(await ctx.viewer(), row) ? row : null;
}

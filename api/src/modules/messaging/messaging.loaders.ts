import type { AppContext } from "../../context.js";
import { byKey, defineLoader } from "../../graphql/loaders.js";
import { emailCourseSelect } from "./drip.service.js";

export const emailCourseById = defineLoader(
  "emailCourseById",
  async (ctx: AppContext, ids: readonly string[]) => {
    const rows = await ctx.prisma.emailCourse.findMany({
      where: { id: { in: [...ids] } },
      select: emailCourseSelect,
    });
    return byKey(ids, rows, (r) => r.id);
  },
);

import type { AppContext } from "../../context.js";
import { byKey, defineLoader } from "../../graphql/loaders.js";
import { submissionSelect } from "./code-submission.types.js";

/** Submissions by id, unchecked: callers apply canReadLearnerRecord. */
export const submissionById = defineLoader(
  "submissionById",
  async (ctx: AppContext, ids: readonly string[]) => {
    const rows = await ctx.prisma.codeSubmission.findMany({
      where: { id: { in: [...ids] } },
      select: submissionSelect,
    });
    return byKey(ids, rows, (r) => r.id);
  },
);

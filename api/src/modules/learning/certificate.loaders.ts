import type { AppContext } from "../../context.js";
import { byKey, defineLoader } from "../../graphql/loaders.js";
import { certificateSelect } from "./certificate.types.js";

/** Certificates by id, unchecked: callers apply canReadLearnerRecord. */
export const certificateById = defineLoader(
  "certificateById",
  async (ctx: AppContext, ids: readonly string[]) => {
    const rows = await ctx.prisma.certificate.findMany({
      where: { id: { in: [...ids] } },
      select: certificateSelect,
    });
    return byKey(ids, rows, (r) => r.id);
  },
);

/** The certificate each enrollment earned, if any. */
export const certificateByEnrollment = defineLoader(
  "certificateByEnrollment",
  async (ctx: AppContext, enrollmentIds: readonly string[]) => {
    const rows = await ctx.prisma.certificate.findMany({
      where: { enrollmentId: { in: [...enrollmentIds] } },
      select: certificateSelect,
    });
    return byKey(enrollmentIds, rows, (r) => r.enrollmentId ?? "");
  },
);

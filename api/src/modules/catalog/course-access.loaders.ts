import type { AppContext } from "../../context.js";
import { defineLoader } from "../../graphql/loaders.js";

/**
 * Enrollment statuses that grant access to a course's content. The learning module owns
 * enrollments; the catalog only asks this question, through `isEnrolled`, and so should
 * every other module (one definition of "has access").
 */
export const ACCESS_GRANTING_STATUSES = ["ACTIVE", "COMPLETED"] as const;

/** Prisma `where` for enrollments that grant access now (status and expiry). */
export function accessGrantingEnrollment(userId: string, now = new Date()) {
  return {
    userId,
    status: { in: [...ACCESS_GRANTING_STATUSES] },
    OR: [{ expiresAt: null }, { expiresAt: { gt: now } }],
  };
}

const viewerEnrollments = defineLoader(
  "viewerEnrolledCourses",
  async (ctx: AppContext, courseIds: readonly string[]) => {
    const viewer = await ctx.viewer();
    if (!viewer) return courseIds.map(() => false);
    const rows = await ctx.prisma.enrollment.findMany({
      where: { ...accessGrantingEnrollment(viewer.id), courseId: { in: [...courseIds] } },
      select: { courseId: true },
    });
    const enrolled = new Set(rows.map((r) => r.courseId));
    return courseIds.map((id) => enrolled.has(id));
  },
);

/**
 * Whether the viewer holds an enrollment granting access to the course. One statement per
 * request however many courses ask (none for anonymous viewers). The learning module reuses it.
 */
export function isEnrolled(ctx: AppContext, courseId: string): Promise<boolean> {
  return viewerEnrollments(ctx).load(courseId);
}

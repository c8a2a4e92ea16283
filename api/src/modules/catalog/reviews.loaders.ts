import type { AppContext } from "../../context.js";
import { byKey, defineLoader } from "../../graphql/loaders.js";
import { defineNestedPage } from "./nested-page.js";
import { type ReviewRow, reviewSelect } from "./reviews.types.js";

/** A course's reviews, newest first, `first` per course in one statement for all courses. */
export const reviewsPage = defineNestedPage<ReviewRow>("reviewsByCourse", {
  table: "course_reviews",
  parentColumn: "course_id",
  columns: `id, course_id AS "courseId", user_id AS "userId", rating, content, created_at AS "createdAt", updated_at AS "updatedAt"`,
  direction: "DESC",
});

export const reviewById = defineLoader("reviewById", async (ctx: AppContext, ids: readonly string[]) => {
  const rows = await ctx.prisma.courseReview.findMany({
    where: { id: { in: [...ids] } },
    select: reviewSelect,
  });
  return byKey(ids, rows, (r) => r.id);
});

/** The viewer's own review of each course (null when none or anonymous). */
export const viewerReviewByCourse = defineLoader(
  "viewerReviewByCourse",
  async (ctx: AppContext, courseIds: readonly string[]) => {
    const viewer = await ctx.viewer();
    if (!viewer) return courseIds.map(() => null);
    const rows = await ctx.prisma.courseReview.findMany({
      where: { userId: viewer.id, courseId: { in: [...courseIds] } },
      select: reviewSelect,
    });
    return byKey(courseIds, rows, (r) => r.courseId);
  },
);

import type { AppContext } from "../../context.js";
import { byKey, defineLoader } from "../../graphql/loaders.js";
import { type DiscussionRow, discussionColumns, discussionSelect } from "./discussions.types.js";
import { defineNestedPage } from "./nested-page.js";

/** A course's threads, newest first. */
export const threadsPage = defineNestedPage<DiscussionRow>("threadsByCourse", {
  table: "course_discussions",
  parentColumn: "course_id",
  columns: discussionColumns,
  where: "parent_id IS NULL",
  direction: "DESC",
});

/** A thread's replies, oldest first. */
export const repliesPage = defineNestedPage<DiscussionRow>("repliesByThread", {
  table: "course_discussions",
  parentColumn: "parent_id",
  columns: discussionColumns,
  direction: "ASC",
});

export const discussionById = defineLoader(
  "discussionById",
  async (ctx: AppContext, ids: readonly string[]) => {
    const rows = await ctx.prisma.courseDiscussion.findMany({
      where: { id: { in: [...ids] } },
      select: discussionSelect,
    });
    return byKey(ids, rows, (r) => r.id);
  },
);

/** Number of threads per course / replies per thread (for `totalCount`, only when selected). */
const countBy = (name: string, column: "courseId" | "parentId") =>
  defineLoader(name, async (ctx: AppContext, ids: readonly string[]) => {
    const rows = await ctx.prisma.courseDiscussion.groupBy({
      by: [column],
      where:
        column === "courseId"
          ? { courseId: { in: [...ids] }, parentId: null }
          : { parentId: { in: [...ids] } },
      _count: { _all: true },
    });
    const counts = new Map(rows.map((r) => [r[column], r._count._all]));
    return ids.map((id) => counts.get(id) ?? 0);
  });

export const threadCountByCourse = countBy("threadCountByCourse", "courseId");
export const replyCountByThread = countBy("replyCountByThread", "parentId");

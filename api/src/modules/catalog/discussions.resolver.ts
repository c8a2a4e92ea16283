import { Arg, Args, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from "type-graphql";
import { isSelf } from "../../auth/policy.js";
import type { AppContext } from "../../context.js";
import { toGlobalId } from "../../graphql/global-id.js";
import { toPayload } from "../../graphql/payload.js";
import { userById } from "../identity/identity.loaders.js";
import { User, type UserSource } from "../identity/identity.types.js";
import { type CourseRow, courseById } from "./catalog.loaders.js";
import { canDeleteDiscussion, canReadCourseContent } from "./catalog.policy.js";
import { Course, type CourseSource } from "./catalog.types.js";
import { viewerFactsFor } from "./course-access.js";
import {
  discussionById,
  repliesPage,
  replyCountByThread,
  threadCountByCourse,
  threadsPage,
} from "./discussions.loaders.js";
import {
  CourseDiscussion,
  CourseDiscussionConnection,
  CourseDiscussionPayload,
  CreateCourseDiscussionInput,
  DeleteCourseDiscussionInput,
  DeleteCourseDiscussionPayload,
  type DiscussionRow,
  ReplyToCourseDiscussionInput,
  UpdateCourseDiscussionInput,
} from "./discussions.types.js";
import { requireId } from "./ids.js";
import { NestedPageArgs } from "./nested-page.js";

const noPost = { discussion: null };

@Resolver(() => Course)
export class CourseDiscussionsResolver {
  @FieldResolver(() => CourseDiscussionConnection, {
    nullable: true,
    description: "Forum threads, newest first; null when the viewer may not read the course content.",
  })
  async discussions(
    @Root() course: CourseSource,
    @Args(() => NestedPageArgs) page: NestedPageArgs,
    @Ctx() ctx: AppContext,
  ) {
    const { viewer, enrolled } = await viewerFactsFor(ctx, course.id);
    if (!canReadCourseContent(viewer, course, enrolled)) return null;
    return threadsPage(ctx, course.id, page, () => threadCountByCourse(ctx).load(course.id));
  }
}

@Resolver(() => CourseDiscussion)
export class CourseDiscussionResolver {
  @FieldResolver(() => CourseDiscussionConnection, {
    description: "Replies to a thread, oldest first (empty for replies).",
  })
  replies(
    @Root() post: DiscussionRow,
    @Args(() => NestedPageArgs) page: NestedPageArgs,
    @Ctx() ctx: AppContext,
  ) {
    return repliesPage(ctx, post.id, page, () => replyCountByThread(ctx).load(post.id));
  }

  @FieldResolver(() => CourseDiscussion, {
    nullable: true,
    description: "The thread a reply answers; null for threads.",
  })
  parent(@Root() post: DiscussionRow, @Ctx() ctx: AppContext): Promise<DiscussionRow | null> | null {
    return post.parentId ? discussionById(ctx).load(post.parentId) : null;
  }

  @FieldResolver(() => User, { nullable: true, description: "Who posted it." })
  author(@Root() post: DiscussionRow, @Ctx() ctx: AppContext): Promise<UserSource | null> {
    return userById(ctx).load(post.userId);
  }

  @FieldResolver(() => Course, { nullable: true, description: "The course whose forum it is in." })
  course(@Root() post: DiscussionRow, @Ctx() ctx: AppContext): Promise<CourseRow | null> {
    return courseById(ctx).load(post.courseId);
  }

  @FieldResolver(() => Boolean, { description: "Whether the viewer may edit it (its author)." })
  async viewerCanEdit(@Root() post: DiscussionRow, @Ctx() ctx: AppContext): Promise<boolean> {
    return isSelf(await ctx.viewer(), post.userId);
  }

  @FieldResolver(() => Boolean, {
    description: "Whether the viewer may delete it (author, course instructor, admin).",
  })
  async viewerCanDelete(@Root() post: DiscussionRow, @Ctx() ctx: AppContext): Promise<boolean> {
    const course = await courseById(ctx).load(post.courseId);
    return course !== null && canDeleteDiscussion(await ctx.viewer(), post, course);
  }

  @Authorized()
  @Mutation(() => CourseDiscussionPayload, {
    description: "Start a thread in a course forum (students, instructor, admins).",
  })
  async createCourseDiscussion(
    @Arg("input", () => CreateCourseDiscussionInput) input: CreateCourseDiscussionInput,
    @Ctx() ctx: AppContext,
  ) {
    const viewer = await ctx.requireViewer();
    const courseId = requireId("Course", input.courseId);
    return toPayload(() => ctx.services.discussions.createThread(viewer, { ...input, courseId }), noPost);
  }

  @Authorized()
  @Mutation(() => CourseDiscussionPayload, { description: "Reply to a thread." })
  async replyToCourseDiscussion(
    @Arg("input", () => ReplyToCourseDiscussionInput) input: ReplyToCourseDiscussionInput,
    @Ctx() ctx: AppContext,
  ) {
    const viewer = await ctx.requireViewer();
    const discussionId = requireId("CourseDiscussion", input.discussionId);
    return toPayload(() => ctx.services.discussions.reply(viewer, { ...input, discussionId }), noPost);
  }

  @Authorized()
  @Mutation(() => CourseDiscussionPayload, { description: "Edit your post." })
  async updateCourseDiscussion(
    @Arg("input", () => UpdateCourseDiscussionInput) input: UpdateCourseDiscussionInput,
    @Ctx() ctx: AppContext,
  ) {
    const viewer = await ctx.requireViewer();
    const discussionId = requireId("CourseDiscussion", input.discussionId);
    return toPayload(() => ctx.services.discussions.update(viewer, { ...input, discussionId }), noPost);
  }

  @Authorized()
  @Mutation(() => DeleteCourseDiscussionPayload, {
    description: "Delete a post with its replies: its author, the course's instructor or an admin.",
  })
  async deleteCourseDiscussion(
    @Arg("input", () => DeleteCourseDiscussionInput) input: DeleteCourseDiscussionInput,
    @Ctx() ctx: AppContext,
  ) {
    const viewer = await ctx.requireViewer();
    const discussionId = requireId("CourseDiscussion", input.discussionId);
    return toPayload(
      async () => {
        await ctx.services.discussions.delete(viewer, { discussionId });
        return { deletedDiscussionId: toGlobalId("CourseDiscussion", discussionId) };
      },
      { deletedDiscussionId: null },
    );
  }
}

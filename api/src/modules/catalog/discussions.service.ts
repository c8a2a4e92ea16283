import { z } from "zod";
import { isAdmin, isSelf } from "../../auth/policy.js";
import type { Viewer } from "../../context.js";
import type { CampusPrisma } from "../../db/client.js";
import { forbidden, notFound } from "../../graphql/errors.js";
import { UserErrorCode, UserErrorsException, userError } from "../../graphql/user-error.js";
import { parseInput } from "../../lib/validation.js";
import { writeAuditLog } from "../audit/audit-log.js";
import { canDeleteDiscussion, canDiscussCourse, canEditOwnWords } from "./catalog.policy.js";
import { text } from "./catalog.schema.js";
import { lockVisibleCourse, type Tx } from "./course-lock.js";
import { discussionSelect } from "./discussions.types.js";

const content = text("The text", 10_000);

/** Course forums: threads and replies; posting needs access to the course content. */
export class DiscussionsService {
  constructor(private readonly deps: { prisma: CampusPrisma }) {}

  createThread(viewer: Viewer, input: unknown) {
    const data = parseInput(z.object({ courseId: z.uuid(), title: text("The title", 200), content }), input);
    return this.deps.prisma.$transaction(async (tx) => {
      await this.assertCanPost(tx, viewer, data.courseId);
      const discussion = await tx.courseDiscussion.create({
        data: { courseId: data.courseId, userId: viewer.id, title: data.title, content: data.content },
        select: discussionSelect,
      });
      return { discussion };
    });
  }

  /** Replies hang under a thread: replying to a reply answers its thread (one level deep). */
  async reply(viewer: Viewer, input: unknown) {
    const data = parseInput(z.object({ discussionId: z.uuid(), content }), input);
    return this.deps.prisma.$transaction(async (tx) => {
      const target = await this.find(tx, data.discussionId);
      await this.assertCanPost(tx, viewer, target.courseId);
      const discussion = await tx.courseDiscussion.create({
        data: {
          courseId: target.courseId,
          userId: viewer.id,
          parentId: target.parentId ?? target.id,
          content: data.content,
        },
        select: discussionSelect,
      });
      return { discussion };
    });
  }

  async update(viewer: Viewer, input: unknown) {
    const data = parseInput(
      z.object({
        discussionId: z.uuid(),
        title: text("The title", 200).nullish(),
        content: content.nullish(),
      }),
      input,
    );
    return this.deps.prisma.$transaction(async (tx) => {
      const post = await this.find(tx, data.discussionId);
      await lockVisibleCourse(tx, viewer, post.courseId);
      if (!canEditOwnWords(viewer, post.userId)) throw forbidden("Only the author can edit a post.");
      if (data.title && post.parentId) {
        throw new UserErrorsException([userError(UserErrorCode.INVALID, "Replies have no title.", "title")]);
      }
      const discussion = await tx.courseDiscussion.update({
        where: { id: post.id },
        data: { title: data.title ?? undefined, content: data.content ?? undefined },
        select: discussionSelect,
      });
      return { discussion };
    });
  }

  /** The author, the course's instructor or an admin; a thread goes with its replies. */
  async delete(viewer: Viewer, input: unknown) {
    const { discussionId } = parseInput(z.object({ discussionId: z.uuid() }), input);
    return this.deps.prisma.$transaction(async (tx) => {
      const post = await this.find(tx, discussionId);
      const { course } = await lockVisibleCourse(tx, viewer, post.courseId);
      if (!canDeleteDiscussion(viewer, post, course))
        throw forbidden("Only the author or the course's instructor can delete a post.");
      await tx.courseDiscussion.delete({ where: { id: post.id } });
      if (isAdmin(viewer) && !isSelf(viewer, post.userId) && !isSelf(viewer, course.instructorId)) {
        await writeAuditLog(tx, {
          actorId: viewer.id,
          action: "course_discussion.delete",
          entityType: "course_discussion",
          entityId: post.id,
          oldValues: post,
          newValues: null,
        });
      }
      return { deletedDiscussionId: post.id };
    });
  }

  private async find(tx: Tx, id: string) {
    const post = await tx.courseDiscussion.findUnique({ where: { id }, select: discussionSelect });
    if (!post) throw notFound("CourseDiscussion");
    return post;
  }

  private async assertCanPost(tx: Tx, viewer: Viewer, courseId: string) {
    const { course, enrolled } = await lockVisibleCourse(tx, viewer, courseId);
    if (!course.discussionEnabled) {
      throw new UserErrorsException([
        userError(UserErrorCode.INVALID_STATE, "This course's forum is closed.", "courseId"),
      ]);
    }
    if (!canDiscussCourse(viewer, course, enrolled))
      throw forbidden("Only the course's students and instructor can post.");
  }
}

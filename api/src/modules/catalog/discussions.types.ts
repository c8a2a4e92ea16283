import { Field, ID, InputType, ObjectType } from "type-graphql";
import { connectionType } from "../../graphql/connection.js";
import { Node } from "../../graphql/node.js";
import { DateTimeScalar } from "../../graphql/scalars.js";
import { UserError } from "../../graphql/user-error.js";

export interface DiscussionRow {
  id: string;
  courseId: string;
  userId: string;
  parentId: string | null;
  title: string | null;
  content: string;
  createdAt: Date;
  updatedAt: Date;
}

export const discussionSelect = {
  id: true,
  courseId: true,
  userId: true,
  parentId: true,
  title: true,
  content: true,
  createdAt: true,
  updatedAt: true,
} as const;

export const discussionColumns = `id, course_id AS "courseId", user_id AS "userId", parent_id AS "parentId", title, content,
  created_at AS "createdAt", updated_at AS "updatedAt"`;

@ObjectType({
  implements: Node,
  description: "A post in a course forum: a thread (with a title) or a reply to one.",
})
export class CourseDiscussion extends Node {
  @Field(() => String, { nullable: true, description: "Thread title; null for replies." })
  title!: string | null;

  @Field(() => String, { description: "The post's text." })
  content!: string;

  @Field(() => DateTimeScalar, { description: "When it was posted." })
  createdAt!: Date;

  @Field(() => DateTimeScalar, { description: "When it was last edited." })
  updatedAt!: Date;
}

export const CourseDiscussionConnection = connectionType(
  CourseDiscussion,
  "CourseDiscussion",
  "A page of forum posts (threads newest first, replies oldest first).",
);

@InputType({ description: "Start a thread in a course forum." })
export class CreateCourseDiscussionInput {
  @Field(() => ID, { description: "The course." })
  courseId!: string;

  @Field(() => String, { description: "Thread title." })
  title!: string;

  @Field(() => String, { description: "The post's text." })
  content!: string;
}

@InputType({ description: "Reply to a thread." })
export class ReplyToCourseDiscussionInput {
  @Field(() => ID, { description: "The thread (a reply's thread when given a reply)." })
  discussionId!: string;

  @Field(() => String, { description: "The reply's text." })
  content!: string;
}

@InputType({ description: "Edit your post; omitted fields stay as they are." })
export class UpdateCourseDiscussionInput {
  @Field(() => ID, { description: "The post." })
  discussionId!: string;

  @Field(() => String, { nullable: true, description: "New title (threads only)." })
  title?: string | null;

  @Field(() => String, { nullable: true, description: "New text." })
  content?: string | null;
}

@InputType({ description: "Delete a post (and a thread's replies)." })
export class DeleteCourseDiscussionInput {
  @Field(() => ID, { description: "The post." })
  discussionId!: string;
}

@ObjectType({
  description: "Result of createCourseDiscussion, replyToCourseDiscussion and updateCourseDiscussion.",
})
export class CourseDiscussionPayload {
  @Field(() => CourseDiscussion, { nullable: true, description: "The post as saved." })
  discussion!: DiscussionRow | null;

  @Field(() => [UserError], { description: "Why the request failed, if it did." })
  userErrors!: UserError[];
}

@ObjectType({ description: "Result of deleteCourseDiscussion." })
export class DeleteCourseDiscussionPayload {
  @Field(() => ID, { nullable: true, description: "Global id of the deleted post." })
  deletedDiscussionId!: string | null;

  @Field(() => [UserError], { description: "Why the request failed, if it did." })
  userErrors!: UserError[];
}

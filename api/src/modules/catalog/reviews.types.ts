import { Field, ID, InputType, Int, ObjectType } from "type-graphql";
import { connectionType } from "../../graphql/connection.js";
import { Node } from "../../graphql/node.js";
import { DateTimeScalar } from "../../graphql/scalars.js";
import { UserError } from "../../graphql/user-error.js";
import type { CourseRow } from "./catalog.loaders.js";
import { Course } from "./catalog.types.js";

/** A review row as resolvers receive it. */
export interface ReviewRow {
  id: string;
  courseId: string;
  userId: string;
  rating: number;
  content: string;
  createdAt: Date;
  updatedAt: Date;
}

export const reviewSelect = {
  id: true,
  courseId: true,
  userId: true,
  rating: true,
  content: true,
  createdAt: true,
  updatedAt: true,
} as const;

@ObjectType({ implements: Node, description: "A student's review of a course (one per student and course)." })
export class CourseReview extends Node {
  @Field(() => Int, { description: "Stars, 1 to 5." })
  rating!: number;

  @Field(() => String, { description: "Review text." })
  content!: string;

  @Field(() => DateTimeScalar, { description: "When the review was written." })
  createdAt!: Date;

  @Field(() => DateTimeScalar, { description: "When the review was last edited." })
  updatedAt!: Date;
}

export const CourseReviewConnection = connectionType(
  CourseReview,
  "CourseReview",
  "A page of course reviews, newest first.",
);

@InputType({ description: "Review a course you are enrolled in." })
export class CreateCourseReviewInput {
  @Field(() => ID, { description: "The course." })
  courseId!: string;

  @Field(() => Int, { description: "Stars, 1 to 5." })
  rating!: number;

  @Field(() => String, { description: "Review text (1–5000 characters)." })
  content!: string;
}

@InputType({ description: "Edit your review; omitted fields stay as they are." })
export class UpdateCourseReviewInput {
  @Field(() => ID, { description: "The review." })
  reviewId!: string;

  @Field(() => Int, { nullable: true, description: "Stars, 1 to 5." })
  rating?: number | null;

  @Field(() => String, { nullable: true, description: "Review text (1–5000 characters)." })
  content?: string | null;
}

@InputType({ description: "Delete a review (its author or an admin)." })
export class DeleteCourseReviewInput {
  @Field(() => ID, { description: "The review." })
  reviewId!: string;
}

@ObjectType({ description: "Result of createCourseReview and updateCourseReview." })
export class CourseReviewPayload {
  @Field(() => CourseReview, { nullable: true, description: "The review as saved." })
  review!: ReviewRow | null;

  @Field(() => Course, {
    nullable: true,
    description: "The course, with its updated rating and review count.",
  })
  course!: CourseRow | null;

  @Field(() => [UserError], { description: "Why the request failed, if it did." })
  userErrors!: UserError[];
}

@ObjectType({ description: "Result of deleteCourseReview." })
export class DeleteCourseReviewPayload {
  @Field(() => ID, { nullable: true, description: "Global id of the deleted review." })
  deletedReviewId!: string | null;

  @Field(() => Course, {
    nullable: true,
    description: "The course, with its updated rating and review count.",
  })
  course!: CourseRow | null;

  @Field(() => [UserError], { description: "Why the request failed, if it did." })
  userErrors!: UserError[];
}

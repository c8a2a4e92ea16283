import { Arg, Args, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from "type-graphql";
import { isAdmin, isSelf } from "../../auth/policy.js";
import type { AppContext } from "../../context.js";
import { toGlobalId } from "../../graphql/global-id.js";
import { toPayload } from "../../graphql/payload.js";
import { userById } from "../identity/identity.loaders.js";
import { User, type UserSource } from "../identity/identity.types.js";
import { type CourseRow, courseById } from "./catalog.loaders.js";
import { Course, type CourseSource } from "./catalog.types.js";
import { requireId } from "./ids.js";
import { NestedPageArgs } from "./nested-page.js";
import { reviewsPage, viewerReviewByCourse } from "./reviews.loaders.js";
import {
  CourseReview,
  CourseReviewConnection,
  CourseReviewPayload,
  CreateCourseReviewInput,
  DeleteCourseReviewInput,
  DeleteCourseReviewPayload,
  type ReviewRow,
  UpdateCourseReviewInput,
} from "./reviews.types.js";

@Resolver(() => Course)
export class CourseReviewsResolver {
  @FieldResolver(() => CourseReviewConnection, { description: "Reviews of the course, newest first." })
  reviews(
    @Root() course: CourseSource,
    @Args(() => NestedPageArgs) page: NestedPageArgs,
    @Ctx() ctx: AppContext,
  ) {
    // The denormalized counter is the total: it changes in the same transaction as the reviews.
    return reviewsPage(ctx, course.id, page, async () => course.reviewCount);
  }

  @FieldResolver(() => CourseReview, {
    nullable: true,
    description: "The viewer's own review, to show or edit.",
  })
  viewerReview(@Root() course: CourseSource, @Ctx() ctx: AppContext): Promise<ReviewRow | null> {
    return viewerReviewByCourse(ctx).load(course.id);
  }
}

@Resolver(() => CourseReview)
export class CourseReviewResolver {
  @FieldResolver(() => User, { nullable: true, description: "Who wrote the review." })
  author(@Root() review: ReviewRow, @Ctx() ctx: AppContext): Promise<UserSource | null> {
    return userById(ctx).load(review.userId);
  }

  @FieldResolver(() => Course, { nullable: true, description: "The reviewed course." })
  course(@Root() review: ReviewRow, @Ctx() ctx: AppContext): Promise<CourseRow | null> {
    return courseById(ctx).load(review.courseId);
  }

  @FieldResolver(() => Boolean, { description: "Whether the viewer may edit the review (its author)." })
  async viewerCanEdit(@Root() review: ReviewRow, @Ctx() ctx: AppContext): Promise<boolean> {
    return isSelf(await ctx.viewer(), review.userId);
  }

  @FieldResolver(() => Boolean, {
    description: "Whether the viewer may delete the review (its author or an admin).",
  })
  async viewerCanDelete(@Root() review: ReviewRow, @Ctx() ctx: AppContext): Promise<boolean> {
    const viewer = await ctx.viewer();
    return isSelf(viewer, review.userId) || isAdmin(viewer);
  }

  @Authorized()
  @Mutation(() => CourseReviewPayload, {
    description: "Review a course you are enrolled in (one review per course; edit it afterwards).",
  })
  async createCourseReview(
    @Arg("input", () => CreateCourseReviewInput) input: CreateCourseReviewInput,
    @Ctx() ctx: AppContext,
  ) {
    const viewer = await ctx.requireViewer();
    const courseId = requireId("Course", input.courseId);
    return toPayload(() => ctx.services.reviews.createReview(viewer, { ...input, courseId }), {
      review: null,
      course: null,
    });
  }

  @Authorized()
  @Mutation(() => CourseReviewPayload, { description: "Edit your review of a course." })
  async updateCourseReview(
    @Arg("input", () => UpdateCourseReviewInput) input: UpdateCourseReviewInput,
    @Ctx() ctx: AppContext,
  ) {
    const viewer = await ctx.requireViewer();
    const reviewId = requireId("CourseReview", input.reviewId);
    return toPayload(() => ctx.services.reviews.updateReview(viewer, { ...input, reviewId }), {
      review: null,
      course: null,
    });
  }

  @Authorized()
  @Mutation(() => DeleteCourseReviewPayload, { description: "Delete a review (its author, or an admin)." })
  async deleteCourseReview(
    @Arg("input", () => DeleteCourseReviewInput) input: DeleteCourseReviewInput,
    @Ctx() ctx: AppContext,
  ) {
    const viewer = await ctx.requireViewer();
    const reviewId = requireId("CourseReview", input.reviewId);
    return toPayload(
      async () => {
        const result = await ctx.services.reviews.deleteReview(viewer, { reviewId });
        return { deletedReviewId: toGlobalId("CourseReview", result.deletedReviewId), course: result.course };
      },
      { deletedReviewId: null, course: null },
    );
  }
}

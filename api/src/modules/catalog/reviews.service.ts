import { z } from "zod";
import { isAdmin } from "../../auth/policy.js";
import type { Viewer } from "../../context.js";
import type { CampusPrisma } from "../../db/client.js";
import { classifyDatabaseError } from "../../db/errors.js";
import { forbidden, notFound } from "../../graphql/errors.js";
import { UserErrorCode, UserErrorsException, userError } from "../../graphql/user-error.js";
import { parseInput } from "../../lib/validation.js";
import { writeAuditLog } from "../audit/audit-log.js";
import { courseSelect } from "./catalog.loaders.js";
import { canEditOwnWords, canReviewCourse } from "./catalog.policy.js";
import { refreshReviewCounters } from "./counters.js";
import { lockVisibleCourse, type Tx } from "./course-lock.js";
import { reviewSelect } from "./reviews.types.js";

const rating = z
  .number()
  .int("The rating is a whole number of stars.")
  .refine((v) => v >= 1 && v <= 5, "The rating must be between 1 and 5.");
const content = z
  .string()
  .trim()
  .min(1, "Write something about the course.")
  .max(5000, "At most 5000 characters.");

const createSchema = z.object({ courseId: z.uuid(), rating, content });
const updateSchema = z.object({ reviewId: z.uuid(), rating: rating.nullish(), content: content.nullish() });

const taken = () =>
  new UserErrorsException([
    userError(
      UserErrorCode.TAKEN,
      "You have already reviewed this course; edit your review instead.",
      "courseId",
    ),
  ]);

/** Course reviews: enrolled students only, one per course, editable; counters in the same transaction. */
export class ReviewsService {
  constructor(private readonly deps: { prisma: CampusPrisma }) {}

  async createReview(viewer: Viewer, input: unknown) {
    const data = parseInput(createSchema, input);
    try {
      return await this.deps.prisma.$transaction(async (tx) => {
        const { course, enrolled } = await lockVisibleCourse(tx, viewer, data.courseId);
        if (!canReviewCourse(viewer, course, enrolled))
          throw forbidden("Only students enrolled in the course can review it.");
        const existing = await tx.courseReview.findUnique({
          where: { userId_courseId: { userId: viewer.id, courseId: course.id } },
          select: { id: true },
        });
        if (existing) throw taken();
        const review = await tx.courseReview.create({
          data: { courseId: course.id, userId: viewer.id, rating: data.rating, content: data.content },
          select: reviewSelect,
        });
        return { review, course: await this.afterChange(tx, course.id) };
      });
    } catch (error) {
      // Backstop for the unique (user, course) index; the course lock makes it unreachable in practice.
      if (classifyDatabaseError(error)?.kind === "unique") throw taken();
      throw error;
    }
  }

  async updateReview(viewer: Viewer, input: unknown) {
    const data = parseInput(updateSchema, input);
    return this.deps.prisma.$transaction(async (tx) => {
      const { review } = await this.lockReview(tx, viewer, data.reviewId);
      if (!canEditOwnWords(viewer, review.userId)) throw forbidden("Only the author can edit a review.");
      const updated = await tx.courseReview.update({
        where: { id: review.id },
        data: { rating: data.rating ?? undefined, content: data.content ?? undefined },
        select: reviewSelect,
      });
      return { review: updated, course: await this.afterChange(tx, review.courseId) };
    });
  }

  async deleteReview(viewer: Viewer, input: unknown) {
    const data = parseInput(z.object({ reviewId: z.uuid() }), input);
    return this.deps.prisma.$transaction(async (tx) => {
      const { review } = await this.lockReview(tx, viewer, data.reviewId);
      const own = canEditOwnWords(viewer, review.userId);
      if (!own && !isAdmin(viewer)) throw forbidden("Only the author or an admin can delete a review.");
      await tx.courseReview.delete({ where: { id: review.id } });
      if (!own) {
        await writeAuditLog(tx, {
          actorId: viewer.id,
          action: "course_review.delete",
          entityType: "course_review",
          entityId: review.id,
          oldValues: review,
          newValues: null,
        });
      }
      return { deletedReviewId: review.id, course: await this.afterChange(tx, review.courseId) };
    });
  }

  /** The review and its course, locked; NOT_FOUND when either is hidden from the viewer. */
  private async lockReview(tx: Tx, viewer: Viewer, reviewId: string) {
    const found = await tx.courseReview.findUnique({ where: { id: reviewId }, select: reviewSelect });
    if (!found) throw notFound("CourseReview");
    await lockVisibleCourse(tx, viewer, found.courseId);
    // Re-read under the course lock: a concurrent edit may have committed meanwhile.
    const review = await tx.courseReview.findUnique({ where: { id: reviewId }, select: reviewSelect });
    if (!review) throw notFound("CourseReview");
    return { review };
  }

  private async afterChange(tx: Tx, courseId: string) {
    await refreshReviewCounters(tx, courseId);
    return tx.course.findUniqueOrThrow({ where: { id: courseId }, select: courseSelect });
  }
}

import { z } from "zod";
import { isSelf } from "../../auth/policy.js";
import type { Viewer } from "../../context.js";
import type { CampusPrisma } from "../../db/client.js";
import { notFound } from "../../graphql/errors.js";
import { formatMoney } from "../../graphql/money.js";
import { type PageArgs, paginate } from "../../graphql/pagination.js";
import { UserErrorCode, UserErrorsException, userError } from "../../graphql/user-error.js";
import { parseInput } from "../../lib/validation.js";
import { courseSelect } from "../catalog/catalog.loaders.js";
import { canViewCourse } from "../catalog/catalog.policy.js";
import { lockCourse } from "../catalog/course-lock.js";
import { grantEnrollment, grantsAccess } from "./enrollment.grant.js";
import { enrollmentSelect } from "./enrollment.types.js";
import type { EnrollmentStatusEnum } from "./learning.enums.js";
import { runLearningTransaction } from "./learning-transaction.js";

const refuse = (code: UserErrorCode, message: string) =>
  new UserErrorsException([userError(code, message, "courseId")]);

/** Formats that are joined by other means: a seat at a schedule, a quote for an individual course. */
const NOT_ENROLLABLE: Record<string, string> = {
  IN_PERSON: "This is an in-person course: book a seat on one of its schedules.",
  INDIVIDUAL: "This is an individual course: send an inquiry to get a quote.",
};

/** Enrolling in free courses and listing the viewer's enrollments. Paid access: grantEnrollment. */
export class EnrollmentService {
  constructor(private readonly deps: { prisma: CampusPrisma }) {}

  async enrollInCourse(viewer: Viewer, input: unknown) {
    const { courseId } = parseInput(z.object({ courseId: z.uuid() }), input);
    const now = new Date();
    return runLearningTransaction(this.deps.prisma, async (tx) => {
      const locked = await lockCourse(tx, courseId);
      const existing = await tx.enrollment.findUnique({
        where: { userId_courseId: { userId: viewer.id, courseId } },
        select: { status: true, expiresAt: true },
      });
      const enrolled = existing !== null && grantsAccess(existing, now);
      if (!locked || !canViewCourse(viewer, locked, enrolled)) throw notFound("Course");
      if (enrolled) throw refuse(UserErrorCode.TAKEN, "You are already enrolled in this course.");
      if (isSelf(viewer, locked.instructorId)) throw refuse(UserErrorCode.INVALID, "You teach this course.");
      if (locked.status !== "PUBLISHED" || locked.deletedAt)
        throw refuse(UserErrorCode.UNAVAILABLE, "This course is not open for enrollment.");
      if (existing?.status === "REVOKED")
        throw refuse(UserErrorCode.UNAVAILABLE, "Your access to this course was withdrawn; contact support.");
      const course = await tx.course.findUniqueOrThrow({ where: { id: courseId }, select: courseSelect });
      const blocked = NOT_ENROLLABLE[course.format];
      if (blocked) throw refuse(UserErrorCode.UNAVAILABLE, blocked);
      if (course.priceCents > 0 || course.accessType === "SUBSCRIPTION") {
        const price = formatMoney(course.priceCents, course.currency);
        // Paid access is granted by the payments module once the purchase succeeds.
        throw refuse(
          UserErrorCode.UNAVAILABLE,
          course.accessType === "SUBSCRIPTION"
            ? "This course is part of a subscription: subscribe to get access."
            : `This course costs ${price}: purchase it at checkout to enroll.`,
        );
      }
      const { enrollment } = await grantEnrollment(tx, {
        userId: viewer.id,
        courseId,
        accessType: "FREE_GRANT",
        paymentAmountCents: 0,
        currency: course.currency,
        paymentMethod: "FREE",
        now,
      });
      const after = await tx.course.findUniqueOrThrow({ where: { id: courseId }, select: courseSelect });
      return { enrollment, course: after };
    });
  }

  /** The viewer's enrollments, most recent first (index enrollments(user_id, enrolled_at)). */
  listMine(viewer: Viewer, filter: { statuses?: EnrollmentStatusEnum[] | null }, page: PageArgs) {
    const where = {
      userId: viewer.id,
      ...(filter.statuses?.length ? { status: { in: filter.statuses } } : {}),
    };
    return paginate(page, {
      sort: [{ field: "enrolledAt", direction: "desc" }],
      fetch: ({ cursorWhere, orderBy, take }) =>
        this.deps.prisma.enrollment.findMany({
          where: cursorWhere ? { AND: [where, cursorWhere] } : where,
          orderBy,
          take,
          select: enrollmentSelect,
        }),
      count: () => this.deps.prisma.enrollment.count({ where }),
    });
  }

  /**
   * The enrollment to resume: of one course, or the one the viewer worked on last. Only those
   * granting access count ("continue where you left off" is for courses one can continue).
   */
  async resumeEnrollment(viewer: Viewer, courseId: string | null) {
    const now = new Date();
    const rows = await this.deps.prisma.enrollment.findMany({
      where: {
        userId: viewer.id,
        status: { in: ["ACTIVE", "COMPLETED"] },
        OR: [{ expiresAt: null }, { expiresAt: { gt: now } }],
        ...(courseId ? { courseId } : {}),
      },
      orderBy: [{ lastAccessedAt: { sort: "desc", nulls: "last" } }, { enrolledAt: "desc" }],
      take: 1,
      select: enrollmentSelect,
    });
    return rows[0] ?? null;
  }
}

import { Field, ID, InputType, Int, ObjectType } from "type-graphql";
import type { Prisma } from "../../generated/prisma/client.js";
import { connectionType } from "../../graphql/connection.js";
import { Node } from "../../graphql/node.js";
import { DateTimeScalar } from "../../graphql/scalars.js";
import { UserError } from "../../graphql/user-error.js";
import { Course } from "../catalog/catalog.types.js";
import { EnrollmentAccessTypeEnum, EnrollmentStatusEnum } from "./learning.enums.js";

export const enrollmentSelect = {
  id: true,
  userId: true,
  courseId: true,
  status: true,
  enrolledAt: true,
  expiresAt: true,
  accessType: true,
  paymentAmountCents: true,
  currency: true,
  paymentMethod: true,
  progressPercentage: true,
  completedLessons: true,
  totalLessons: true,
  lastAccessedAt: true,
  lastLessonId: true,
  completedAt: true,
  totalTimeSpentMinutes: true,
  averageQuizScore: true,
  createdAt: true,
  updatedAt: true,
} as const;
export type EnrollmentRow = Prisma.EnrollmentGetPayload<{ select: typeof enrollmentSelect }>;

@ObjectType({
  implements: Node,
  description:
    "A student's access to a course and their progress summary. Visible to the student, the course's instructor and admins.",
})
export class Enrollment extends Node {
  @Field(() => EnrollmentStatusEnum, { description: "Lifecycle state." })
  status!: EnrollmentStatusEnum;

  @Field(() => EnrollmentAccessTypeEnum, { description: "How access was obtained." })
  accessType!: EnrollmentAccessTypeEnum;

  @Field(() => DateTimeScalar, { description: "When the student enrolled." })
  enrolledAt!: Date;

  @Field(() => DateTimeScalar, { nullable: true, description: "When access ends; null: it does not." })
  expiresAt!: Date | null;

  @Field(() => Int, {
    description: "Share of the course's lessons completed, 0–100 (100 only when all are).",
  })
  progressPercentage!: number;

  @Field(() => Int, { description: "Lessons completed." })
  completedLessons!: number;

  @Field(() => Int, { description: "Lessons in the course when progress was last computed." })
  totalLessons!: number;

  @Field(() => DateTimeScalar, { nullable: true, description: "When the student last worked on the course." })
  lastAccessedAt!: Date | null;

  @Field(() => DateTimeScalar, { nullable: true, description: "When the course was completed." })
  completedAt!: Date | null;

  @Field(() => Int, { description: "Minutes spent on the course's lessons." })
  totalTimeSpentMinutes!: number;

  @Field(() => DateTimeScalar, { description: "When the enrollment last changed." })
  updatedAt!: Date;
}

/** The Decimal column as a number for GraphQL. */
export const averageQuizScoreOf = (row: EnrollmentRow): number | null =>
  row.averageQuizScore === null ? null : row.averageQuizScore.toNumber();

export const EnrollmentConnection = connectionType(
  Enrollment,
  "Enrollment",
  "A page of enrollments, most recent first.",
);

@InputType({ description: "Enroll in a free course." })
export class EnrollInCourseInput {
  @Field(() => ID, { description: "The course." })
  courseId!: string;
}

@ObjectType({ description: "Result of enrollInCourse." })
export class EnrollInCoursePayload {
  @Field(() => Enrollment, { nullable: true, description: "The enrollment granting access." })
  enrollment!: EnrollmentRow | null;

  @Field(() => Course, { nullable: true, description: "The course, with its updated student count." })
  course!: object | null;

  @Field(() => [UserError], {
    description: "Why the request failed (e.g. a paid course must be bought at checkout).",
  })
  userErrors!: UserError[];
}

@InputType({ description: "Which of the viewer's enrollments to list." })
export class EnrollmentFilter {
  @Field(() => [EnrollmentStatusEnum], { nullable: true, description: "Only these states (default: all)." })
  statuses?: EnrollmentStatusEnum[] | null;
}

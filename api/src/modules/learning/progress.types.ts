import { Field, ID, InputType, Int, ObjectType } from "type-graphql";
import type { Prisma } from "../../generated/prisma/client.js";
import { Node } from "../../graphql/node.js";
import { DateTimeScalar } from "../../graphql/scalars.js";
import { UserError } from "../../graphql/user-error.js";
import { Certificate, type CertificateRow } from "./certificate.types.js";
import { Enrollment, type EnrollmentRow } from "./enrollment.types.js";
import { LessonProgressStatusEnum } from "./learning.enums.js";

export const progressSelect = {
  id: true,
  userId: true,
  courseId: true,
  lessonId: true,
  enrollmentId: true,
  status: true,
  startedAt: true,
  completedAt: true,
  videoPositionSeconds: true,
  videoCompleted: true,
  timeSpentMinutes: true,
  lastAccessedAt: true,
  userNotes: true,
  updatedAt: true,
} as const;
export type ProgressRow = Prisma.LessonProgressGetPayload<{ select: typeof progressSelect }>;

@ObjectType({
  implements: Node,
  description:
    "A student's progress in one lesson. Visible to the student, the course's instructor and admins.",
})
export class LessonProgress extends Node {
  @Field(() => LessonProgressStatusEnum, { description: "How far the student is." })
  status!: LessonProgressStatusEnum;

  @Field(() => DateTimeScalar, { nullable: true, description: "When the student started the lesson." })
  startedAt!: Date | null;

  @Field(() => DateTimeScalar, { nullable: true, description: "When the lesson was completed." })
  completedAt!: Date | null;

  @Field(() => Int, { description: "Where the video was left, in seconds (to resume playback)." })
  videoPositionSeconds!: number;

  @Field(() => Boolean, { description: "Whether the video was watched to the end." })
  videoCompleted!: boolean;

  @Field(() => Int, { description: "Minutes spent on the lesson." })
  timeSpentMinutes!: number;

  @Field(() => DateTimeScalar, { nullable: true, description: "When the student last worked on it." })
  lastAccessedAt!: Date | null;

  @Field(() => DateTimeScalar, { description: "When this progress last changed." })
  updatedAt!: Date;
}

@InputType({ description: "Record progress in a lesson of a course you are enrolled in." })
export class UpdateLessonProgressInput {
  @Field(() => ID, { description: "The lesson." })
  lessonId!: string;

  @Field(() => LessonProgressStatusEnum, {
    nullable: true,
    description: "New status. Progress only moves forward: a lower status than the current one is ignored.",
  })
  status?: LessonProgressStatusEnum | null;

  @Field(() => Int, { nullable: true, description: "Where the video is now, in seconds." })
  videoPositionSeconds?: number | null;

  @Field(() => Boolean, { nullable: true, description: "The video was watched to the end." })
  videoCompleted?: boolean | null;

  @Field(() => Int, {
    nullable: true,
    description:
      "Minutes spent since the last update (0–240), added to the lesson, course and today's totals.",
  })
  addTimeSpentMinutes?: number | null;

  @Field(() => String, {
    nullable: true,
    description: "Private notes on the lesson (up to 10,000 characters; empty clears them).",
  })
  notes?: string | null;
}

@ObjectType({ description: "Result of updateLessonProgress." })
export class UpdateLessonProgressPayload {
  @Field(() => LessonProgress, { nullable: true, description: "The lesson's progress as saved." })
  progress!: ProgressRow | null;

  @Field(() => Enrollment, {
    nullable: true,
    description: "The enrollment with its recomputed percentage and completion.",
  })
  enrollment!: EnrollmentRow | null;

  @Field(() => Certificate, {
    nullable: true,
    description: "The certificate this change earned, when it completed a course that has certificates.",
  })
  certificate!: CertificateRow | null;

  @Field(() => [UserError], { description: "Why the request failed, if it did." })
  userErrors!: UserError[];
}

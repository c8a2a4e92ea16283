import { Field, Float, ID, InputType, Int, ObjectType } from "type-graphql";
import { connectionType } from "../../graphql/connection.js";
import { Money } from "../../graphql/money.js";
import { Node } from "../../graphql/node.js";
import { DateTimeScalar, JSONScalar } from "../../graphql/scalars.js";
import { UserError } from "../../graphql/user-error.js";
import { SkillLevelEnum } from "../catalog/catalog.enums.js";
import { User } from "../identity/identity.types.js";
import {
  IndividualCourseStatusEnum,
  IndividualPaymentStatusEnum,
  LearningPaceEnum,
} from "./individual.enums.js";

@ObjectType({ description: "Completed versus planned teaching time of an individual course." })
export class IndividualCourseProgress {
  @Field(() => Int, { description: "Sessions completed." })
  completedSessions!: number;

  @Field(() => Int, { description: "Sessions scheduled and not yet held (SCHEDULED or RESCHEDULED)." })
  upcomingSessions!: number;

  @Field(() => Float, { description: "Hours taught in completed sessions." })
  completedHours!: number;

  @Field(() => Float, {
    nullable: true,
    description: "Hours planned (the accepted quote's hours), if known.",
  })
  plannedHours!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: "completedHours / plannedHours in percent, capped at 100.",
  })
  percentComplete!: number | null;
}

@ObjectType({
  implements: Node,
  description: "A personalised one-to-one course for one student (seed 000 individual_courses).",
})
export class IndividualCourse extends Node {
  @Field(() => IndividualCourseStatusEnum, { description: "Lifecycle state." })
  status!: IndividualCourseStatusEnum;

  @Field(() => User, { description: "The student." })
  student!: User;

  @Field(() => User, { nullable: true, description: "The instructor." })
  instructor!: User | null;

  @Field(() => SkillLevelEnum, { nullable: true, description: "The student's level." })
  studentLevel!: SkillLevelEnum | null;

  @Field(() => String, { nullable: true, description: "What the student wants to achieve." })
  specificGoals!: string | null;

  @Field(() => JSONScalar, {
    nullable: true,
    description: "Customised lesson plan: [{ title, topics[], hours?, objectives? }].",
  })
  customCurriculum!: unknown;

  @Field(() => LearningPaceEnum, { nullable: true, description: "How fast the student wants to go." })
  learningPace!: LearningPaceEnum | null;

  @Field(() => String, { nullable: true, description: "The student's schedule wishes." })
  preferredSchedule!: string | null;

  @Field(() => JSONScalar, {
    nullable: true,
    description: "Confirmed weekly slots: [{ weekday, time (HH:MM), durationMinutes }].",
  })
  confirmedSchedule!: unknown;

  @Field(() => Int, { nullable: true, description: "Hours of instruction agreed." })
  totalHours!: number | null;

  @Field(() => Int, { description: "Sessions completed so far." })
  sessionsCompleted!: number;

  @Field(() => Money, { nullable: true, description: "Price agreed in the accepted quote." })
  quotedPrice!: Money | null;

  @Field(() => Money, { nullable: true, description: "Hourly rate agreed in the accepted quote." })
  pricePerHour!: Money | null;

  @Field(() => IndividualPaymentStatusEnum, { description: "Payment state." })
  paymentStatus!: IndividualPaymentStatusEnum;

  @Field(() => String, { nullable: true, description: "The student's initial request." })
  initialInquiry!: string | null;

  @Field(() => String, {
    nullable: true,
    description: "Private notes of the instructor; null for anyone else, including the student.",
  })
  instructorNotes!: string | null;

  @Field(() => String, { nullable: true, description: "The student's feedback." })
  studentFeedback!: string | null;

  @Field(() => DateTimeScalar, { description: "When the inquiry was made." })
  inquiryDate!: Date;

  @Field(() => DateTimeScalar, { nullable: true, description: "When the first quote was sent." })
  quoteSentDate!: Date | null;

  @Field(() => DateTimeScalar, { nullable: true, description: "When teaching started." })
  courseStartDate!: Date | null;

  @Field(() => DateTimeScalar, { nullable: true, description: "When the course ended." })
  courseEndDate!: Date | null;

  @Field(() => DateTimeScalar, { nullable: true, description: "Date of the last completed session." })
  lastSessionDate!: Date | null;

  @Field(() => IndividualCourseProgress, { description: "Completed versus planned hours." })
  progress!: IndividualCourseProgress;

  @Field(() => Boolean, { description: "Whether the viewer may manage it (its instructor or an admin)." })
  viewerCanManage!: boolean;

  @Field(() => DateTimeScalar, { description: "When it was created." })
  createdAt!: Date;
}

export const IndividualCourseConnection = connectionType(
  IndividualCourse,
  "IndividualCourse",
  "A page of individual courses, newest first.",
);

@InputType({ description: "Which individual courses to list." })
export class IndividualCourseFilter {
  @Field(() => [IndividualCourseStatusEnum], { nullable: true, description: "Only these statuses." })
  statuses?: IndividualCourseStatusEnum[] | null;
}

@InputType({ description: "The personalised content of an individual course." })
export class IndividualCourseDetailsInput {
  @Field(() => SkillLevelEnum, { nullable: true, description: "The student's level." })
  studentLevel?: SkillLevelEnum | null;

  @Field(() => String, { nullable: true, description: "Goals (at most 5000 characters)." })
  specificGoals?: string | null;

  @Field(() => JSONScalar, {
    nullable: true,
    description: "Lesson plan: [{ title, topics[], hours?, objectives? }].",
  })
  customCurriculum?: unknown;

  @Field(() => LearningPaceEnum, { nullable: true, description: "Pace." })
  learningPace?: LearningPaceEnum | null;

  @Field(() => String, { nullable: true, description: "Schedule wishes." })
  preferredSchedule?: string | null;

  @Field(() => JSONScalar, {
    nullable: true,
    description: "Confirmed slots: [{ weekday, time, durationMinutes }].",
  })
  confirmedSchedule?: unknown;

  @Field(() => String, { nullable: true, description: "Private notes (instructors only)." })
  instructorNotes?: string | null;
}

@InputType({ description: "Create an individual course from an inquiry or for an existing student." })
export class CreateIndividualCourseInput extends IndividualCourseDetailsInput {
  @Field(() => ID, { nullable: true, description: "The inquiry it comes from (exclusive with studentId)." })
  inquiryId?: string | null;

  @Field(() => ID, { nullable: true, description: "An existing student (exclusive with inquiryId)." })
  studentId?: string | null;

  @Field(() => String, { nullable: true, description: "ISO 4217 currency of its prices (default EUR)." })
  currency?: string | null;
}

@InputType({ description: "Change the personalised content of an individual course." })
export class UpdateIndividualCourseInput extends IndividualCourseDetailsInput {
  @Field(() => ID, { description: "The course." })
  individualCourseId!: string;
}

@InputType({ description: "Move an individual course to another status (legal moves only)." })
export class ChangeIndividualCourseStatusInput {
  @Field(() => ID, { description: "The course." })
  individualCourseId!: string;

  @Field(() => IndividualCourseStatusEnum, { description: "The new status." })
  status!: IndividualCourseStatusEnum;
}

@ObjectType({ description: "Result of a mutation on an individual course." })
export class IndividualCoursePayload {
  @Field(() => IndividualCourse, { nullable: true, description: "The course, as changed." })
  individualCourse!: IndividualCourse | null;

  @Field(() => [UserError], { description: "Why it could not be done." })
  userErrors!: UserError[];
}

import { Field, ID, InputType, Int, ObjectType } from "type-graphql";
import { Node } from "../../graphql/node.js";
import { DateTimeScalar } from "../../graphql/scalars.js";
import { UserError } from "../../graphql/user-error.js";
import { IndividualSessionStatusEnum } from "./individual.enums.js";

@ObjectType({
  implements: Node,
  description: "One numbered lesson of an individual course (seed 000 individual_sessions).",
})
export class IndividualSession extends Node {
  @Field(() => Int, { description: "1-based number, unique and sequential within the course." })
  sessionNumber!: number;

  @Field(() => DateTimeScalar, { description: "Start." })
  sessionDate!: Date;

  @Field(() => Int, { description: "Length in minutes." })
  durationMinutes!: number;

  @Field(() => IndividualSessionStatusEnum, { description: "State." })
  status!: IndividualSessionStatusEnum;

  @Field(() => String, { nullable: true, description: "Video conference link." })
  meetingLink!: string | null;

  @Field(() => String, { nullable: true, description: "What the lesson will cover." })
  lessonPlan!: string | null;

  @Field(() => [String], { description: "Topics covered." })
  topicsCovered!: string[];

  @Field(() => String, { nullable: true, description: "Homework given." })
  homeworkAssigned!: string | null;

  @Field(() => [String], { description: "Links to the materials shared." })
  materialsShared!: string[];

  @Field(() => String, { nullable: true, description: "How the student did." })
  studentPerformance!: string | null;

  @Field(() => String, {
    nullable: true,
    description: "Private notes of the instructor; null for anyone else.",
  })
  instructorNotes!: string | null;

  @Field(() => DateTimeScalar, { description: "When it was scheduled." })
  createdAt!: Date;
}

@InputType({ description: "Schedule the next session of a confirmed individual course." })
export class ScheduleIndividualSessionInput {
  @Field(() => ID, { description: "The course (CONFIRMED or IN_PROGRESS)." })
  individualCourseId!: string;

  @Field(() => Int, {
    nullable: true,
    description: "Its number; must be the next one (default: the next one).",
  })
  sessionNumber?: number | null;

  @Field(() => DateTimeScalar, { description: "Start." })
  sessionDate!: Date;

  @Field(() => Int, { nullable: true, description: "Length in minutes (default 60)." })
  durationMinutes?: number | null;

  @Field(() => String, { nullable: true, description: "Video conference link (https)." })
  meetingLink?: string | null;

  @Field(() => String, { nullable: true, description: "Lesson plan." })
  lessonPlan?: string | null;

  @Field(() => [String], { nullable: true, description: "Planned topics." })
  topics?: string[] | null;

  @Field(() => [String], { nullable: true, description: "Links to materials." })
  materials?: string[] | null;
}

@InputType({ description: "Record that a session took place." })
export class CompleteIndividualSessionInput {
  @Field(() => ID, { description: "The session." })
  sessionId!: string;

  @Field(() => [String], { nullable: true, description: "Topics covered." })
  topicsCovered?: string[] | null;

  @Field(() => String, { nullable: true, description: "Homework given." })
  homeworkAssigned?: string | null;

  @Field(() => String, { nullable: true, description: "How the student did." })
  studentPerformance?: string | null;

  @Field(() => String, { nullable: true, description: "Private notes." })
  instructorNotes?: string | null;
}

@InputType({ description: "Cancel a session that has not taken place." })
export class CancelIndividualSessionInput {
  @Field(() => ID, { description: "The session." })
  sessionId!: string;
}

@InputType({ description: "Move a session that has not taken place to another time." })
export class RescheduleIndividualSessionInput {
  @Field(() => ID, { description: "The session." })
  sessionId!: string;

  @Field(() => DateTimeScalar, { description: "New start." })
  sessionDate!: Date;
}

@ObjectType({ description: "Result of a mutation on an individual session." })
export class IndividualSessionPayload {
  @Field(() => IndividualSession, { nullable: true, description: "The session, as changed." })
  session!: IndividualSession | null;

  @Field(() => [UserError], { description: "Why it could not be done." })
  userErrors!: UserError[];
}

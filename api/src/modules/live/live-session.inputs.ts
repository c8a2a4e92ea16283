import { Field, ID, InputType, Int, ObjectType } from "type-graphql";
import { DateTimeScalar, URLScalar } from "../../graphql/scalars.js";
import { UserError } from "../../graphql/user-error.js";
import { LiveSessionStatusEnum } from "./live.enums.js";
import { LiveSession, type LiveSessionRow } from "./live-session.types.js";

@InputType({ description: "Schedule a live session (instructors; with a course, one you may edit)." })
export class CreateLiveSessionInput {
  @Field(() => String, { description: "Title." })
  title!: string;

  @Field(() => String, { description: "What it covers." })
  description!: string;

  @Field(() => DateTimeScalar, { description: "When it starts (in the future)." })
  startsAt!: Date;

  @Field(() => Int, { description: "Length in minutes (5–720)." })
  durationMinutes!: number;

  @Field(() => Int, { description: "Places (1–10000)." })
  maxParticipants!: number;

  @Field(() => Boolean, { nullable: true, description: "Whether it will be recorded (default false)." })
  isRecorded?: boolean | null;

  @Field(() => URLScalar, { nullable: true, description: "Video conference link, shown to participants." })
  meetingUrl?: URL | string | null;

  @Field(() => ID, {
    nullable: true,
    description: "The live course it belongs to; omit for a standalone session.",
  })
  courseId?: string | null;
}

@InputType({
  description:
    "Change a live session; omitted fields stay. Schedule fields only before it starts; the recording link only after it completes.",
})
export class UpdateLiveSessionInput {
  @Field(() => ID, { description: "The session." })
  liveSessionId!: string;

  @Field(() => String, { nullable: true, description: "Title." })
  title?: string | null;

  @Field(() => String, { nullable: true, description: "What it covers." })
  description?: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: "New start (in the future)." })
  startsAt?: Date | null;

  @Field(() => Int, { nullable: true, description: "New length in minutes (5–720)." })
  durationMinutes?: number | null;

  @Field(() => Int, { nullable: true, description: "Places; not fewer than the people already holding one." })
  maxParticipants?: number | null;

  @Field(() => Boolean, { nullable: true, description: "Whether it will be recorded." })
  isRecorded?: boolean | null;

  @Field(() => URLScalar, { nullable: true, description: "Video conference link." })
  meetingUrl?: URL | string | null;

  @Field(() => URLScalar, { nullable: true, description: "Recording link (completed sessions only)." })
  recordingUrl?: URL | string | null;
}

@InputType({ description: "Move a live session along its lifecycle: SCHEDULED -> LIVE -> COMPLETED." })
export class UpdateLiveSessionStatusInput {
  @Field(() => ID, { description: "The session." })
  liveSessionId!: string;

  @Field(() => LiveSessionStatusEnum, { description: "The new status." })
  status!: LiveSessionStatusEnum;
}

@InputType({ description: "Identifies a live session (cancel, join, leave)." })
export class LiveSessionRefInput {
  @Field(() => ID, { description: "The session." })
  liveSessionId!: string;
}

@ObjectType({ description: "Result of a live session mutation." })
export class LiveSessionPayload {
  @Field(() => LiveSession, { nullable: true, description: "The session as it is now." })
  liveSession!: LiveSessionRow | null;

  @Field(() => [UserError], { description: "Why the request failed, if it did." })
  userErrors!: UserError[];
}

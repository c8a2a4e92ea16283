import { Field, ID, InputType, Int, ObjectType } from "type-graphql";
import type { Prisma } from "../../generated/prisma/client.js";
import { connectionType } from "../../graphql/connection.js";
import { Node } from "../../graphql/node.js";
import { DateTimeScalar } from "../../graphql/scalars.js";
import { LiveSessionStatusEnum } from "./live.enums.js";

export const liveSessionSelect = {
  id: true,
  title: true,
  description: true,
  instructorId: true,
  courseId: true,
  startsAt: true,
  endsAt: true,
  isRecorded: true,
  maxParticipants: true,
  status: true,
  meetingUrl: true,
  recordingUrl: true,
  createdAt: true,
  updatedAt: true,
} as const;
export type LiveSessionRow = Prisma.LiveSessionGetPayload<{ select: typeof liveSessionSelect }>;

@ObjectType({
  implements: Node,
  description:
    "A live online class (Doctrina). Public when standalone or when its course is visible; the meeting link is for the instructor and participants.",
})
export class LiveSession extends Node {
  @Field(() => String, { description: "Title." })
  title!: string;

  @Field(() => String, { description: "What the session covers." })
  description!: string;

  @Field(() => DateTimeScalar, { description: "When it starts." })
  startsAt!: Date;

  @Field(() => DateTimeScalar, { description: "When it ends (start plus duration)." })
  endsAt!: Date;

  @Field(() => Boolean, { description: "Whether it is recorded." })
  isRecorded!: boolean;

  @Field(() => Int, { description: "Places: participants at most." })
  maxParticipants!: number;

  @Field(() => LiveSessionStatusEnum, { description: "Where it stands." })
  status!: LiveSessionStatusEnum;

  @Field(() => DateTimeScalar, { description: "When it was created." })
  createdAt!: Date;

  @Field(() => DateTimeScalar, { description: "When it last changed." })
  updatedAt!: Date;
}

@ObjectType({ description: "A person who joined a live session (instructor and admins see the list)." })
export class LiveSessionParticipant {
  @Field(() => DateTimeScalar, { description: "When they took their place (joined or registered)." })
  createdAt!: Date;

  @Field(() => DateTimeScalar, { nullable: true, description: "When they entered the running session." })
  joinedAt!: Date | null;

  @Field(() => DateTimeScalar, {
    nullable: true,
    description: "When they left; null while they hold a place.",
  })
  leftAt!: Date | null;
}

export const LiveSessionConnection = connectionType(
  LiveSession,
  "LiveSession",
  "A page of live sessions, soonest first.",
);

@InputType({ description: "Which live sessions to list." })
export class LiveSessionFilter {
  @Field(() => [LiveSessionStatusEnum], {
    nullable: true,
    description: "Only these states (default: SCHEDULED and LIVE, i.e. upcoming and live).",
  })
  statuses?: LiveSessionStatusEnum[] | null;

  @Field(() => Boolean, {
    nullable: true,
    description: "Include sessions whose end has passed (default false).",
  })
  includePast?: boolean | null;

  @Field(() => ID, { nullable: true, description: "Only this course's sessions." })
  courseId?: string | null;

  @Field(() => ID, { nullable: true, description: "Only this instructor's sessions." })
  instructorId?: string | null;
}

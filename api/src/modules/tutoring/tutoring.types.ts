import { Field, Float, Int, ObjectType } from "type-graphql";
import { connectionType } from "../../graphql/connection.js";
import { Money } from "../../graphql/money.js";
import { Node } from "../../graphql/node.js";
import { DateTimeScalar, TimeZoneScalar } from "../../graphql/scalars.js";
import { SkillLevelEnum } from "../catalog/catalog.enums.js";
import { User } from "../identity/identity.types.js";
import { ExpertVerificationStatusEnum, SlotStatusEnum } from "./tutoring.enums.js";

@ObjectType({
  implements: Node,
  description: "A weekly recurring time an expert is available, in their time zone.",
})
export class AvailabilityWindow extends Node {
  @Field(() => Int, { description: "Day of the week, 0 = Sunday … 6 = Saturday." })
  dayOfWeek!: number;

  @Field(() => String, { description: "Local start time, HH:mm." })
  startTime!: string;

  @Field(() => String, { description: "Local end time, HH:mm (24:00 = end of day)." })
  endTime!: string;

  @Field(() => TimeZoneScalar, { description: "IANA zone the times are in; DST is followed." })
  timeZone!: string;

  @Field(() => Boolean, { description: "Whether slots are generated from it." })
  isActive!: boolean;
}

@ObjectType({
  implements: Node,
  description: "An expert offering tutoring (an instructor with an expert profile).",
})
export class ExpertProfile extends Node {
  @Field(() => User, { description: "The person." })
  user!: User;

  @Field(() => String, { nullable: true, description: "The expert's pitch." })
  bio!: string | null;

  @Field(() => [String], { description: "Topics the expert teaches." })
  expertiseAreas!: string[];

  @Field(() => Money, { nullable: true, description: "Indicative hourly rate." })
  hourlyRate!: Money | null;

  @Field(() => Float, { nullable: true, description: "Average rating from learners (0–5)." })
  rating!: number | null;

  @Field(() => Int, { description: "Sessions completed." })
  totalSessions!: number;

  @Field(() => Boolean, { description: "Whether the expert accepts new bookings." })
  isAvailable!: boolean;

  @Field(() => ExpertVerificationStatusEnum, { description: "Admin vetting state." })
  verificationStatus!: ExpertVerificationStatusEnum;

  @Field(() => [TutoringSession], {
    description: "Sessions offered (active ones, unless the viewer manages them).",
  })
  tutoringSessions!: TutoringSession[];

  @Field(() => [AvailabilityWindow], {
    nullable: true,
    description: "Weekly availability; only the expert and admins can read it (null for others).",
  })
  availabilityWindows!: AvailabilityWindow[] | null;

  @Field(() => DateTimeScalar, { description: "When the profile was created." })
  createdAt!: Date;
}

@ObjectType({ implements: Node, description: "A bookable offering of an expert (seed 003 sessions)." })
export class TutoringSession extends Node {
  @Field(() => ExpertProfile, { description: "Who teaches it." })
  expert!: ExpertProfile;

  @Field(() => String, { description: "Title." })
  title!: string;

  @Field(() => String, { description: "Full description." })
  description!: string;

  @Field(() => String, { nullable: true, description: "Brief description (at most 500 characters)." })
  shortDescription!: string | null;

  @Field(() => [String], { description: "Topic tags." })
  topicTags!: string[];

  @Field(() => Int, { description: "Length in minutes, a multiple of 15." })
  durationMinutes!: number;

  @Field(() => Money, { description: "Price per participant." })
  price!: Money;

  @Field(() => SkillLevelEnum, { nullable: true, description: "Target level." })
  level!: SkillLevelEnum | null;

  @Field(() => String, { nullable: true, description: "What to know beforehand." })
  prerequisites!: string | null;

  @Field(() => String, { nullable: true, description: "Link to materials." })
  materialsUrl!: string | null;

  @Field(() => Int, { description: "Participants per slot." })
  maxParticipants!: number;

  @Field(() => Boolean, { description: "Whether it accepts bookings." })
  isActive!: boolean;
}

@ObjectType({ implements: Node, description: "A concrete time a tutoring session can be booked." })
export class BookableSlot extends Node {
  @Field(() => TutoringSession, { description: "The session." })
  tutoringSession!: TutoringSession;

  @Field(() => DateTimeScalar, { description: "Start instant (UTC)." })
  startsAt!: Date;

  @Field(() => DateTimeScalar, { description: "End instant (UTC)." })
  endsAt!: Date;

  @Field(() => String, { description: "Start as ISO 8601 local time with the offset of `timeZone`." })
  localStartsAt!: string;

  @Field(() => String, { description: "End as ISO 8601 local time with the offset of `timeZone`." })
  localEndsAt!: string;

  @Field(() => TimeZoneScalar, { description: "Zone the local times are shown in by default." })
  timeZone!: string;

  @Field(() => Int, { description: "Participants it takes." })
  capacity!: number;

  @Field(() => Int, { description: "Seats booked." })
  seatsBooked!: number;

  @Field(() => Int, { description: "Seats still free." })
  seatsLeft!: number;

  @Field(() => SlotStatusEnum, { description: "Bookability." })
  status!: SlotStatusEnum;
}

export const BookableSlotConnection = connectionType(
  BookableSlot,
  "BookableSlot",
  "A page of slots, soonest first.",
);
export const TutoringSessionConnection = connectionType(
  TutoringSession,
  "TutoringSession",
  "A page of tutoring sessions.",
);
export const ExpertProfileConnection = connectionType(ExpertProfile, "ExpertProfile", "A page of experts.");

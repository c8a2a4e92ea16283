import { Field, ID, InputType, Int, ObjectType } from "type-graphql";
import { UserError } from "../../graphql/user-error.js";
import { SkillLevelEnum } from "../catalog/catalog.enums.js";
import { ExpertVerificationStatusEnum } from "./tutoring.enums.js";
import { AvailabilityWindow, ExpertProfile, TutoringSession } from "./tutoring.types.js";

@InputType({ description: "Become an expert (instructors), or change the viewer's expert profile." })
export class ExpertProfileInput {
  @Field(() => String, { nullable: true, description: "The expert's pitch." })
  bio?: string | null;

  @Field(() => [String], { nullable: true, description: "Topics taught." })
  expertiseAreas?: string[] | null;

  @Field(() => Int, { nullable: true, description: "Indicative hourly rate in cents." })
  hourlyRateCents?: number | null;

  @Field(() => String, {
    nullable: true,
    description: "ISO 4217 currency of the rate (required when creating).",
  })
  currency?: string | null;

  @Field(() => Boolean, { nullable: true, description: "Whether new bookings are accepted." })
  isAvailable?: boolean | null;
}

@InputType({ description: "An admin's verdict on an expert." })
export class VerifyExpertInput {
  @Field(() => ID, { description: "The expert profile." })
  expertId!: string;

  @Field(() => ExpertVerificationStatusEnum, { description: "VERIFIED or REJECTED." })
  status!: ExpertVerificationStatusEnum;
}

@ObjectType({ description: "Result of the expert profile mutations." })
export class ExpertProfilePayload {
  @Field(() => ExpertProfile, { nullable: true, description: "The profile as saved." })
  expert!: ExpertProfile | null;

  @Field(() => [UserError], { description: "Why the request failed, if it did." })
  userErrors!: UserError[];
}

@InputType({ description: "A tutoring session; on update, omitted fields stay as they are." })
export class TutoringSessionInput {
  @Field(() => ID, { nullable: true, description: "The session to update; omit to create one." })
  sessionId?: string | null;

  @Field(() => String, { nullable: true, description: "Title (required when creating)." })
  title?: string | null;

  @Field(() => String, { nullable: true, description: "Full description (required when creating)." })
  description?: string | null;

  @Field(() => String, { nullable: true, description: "Brief description, at most 500 characters." })
  shortDescription?: string | null;

  @Field(() => [String], { nullable: true, description: "Topic tags." })
  topicTags?: string[] | null;

  @Field(() => Int, { nullable: true, description: "Minutes, a multiple of 15 (required when creating)." })
  durationMinutes?: number | null;

  @Field(() => Int, { nullable: true, description: "Price in cents (required when creating)." })
  priceCents?: number | null;

  @Field(() => String, { nullable: true, description: "ISO 4217 currency (required when creating)." })
  currency?: string | null;

  @Field(() => SkillLevelEnum, { nullable: true, description: "Target level." })
  level?: SkillLevelEnum | null;

  @Field(() => String, { nullable: true, description: "What to know beforehand." })
  prerequisites?: string | null;

  @Field(() => Int, { nullable: true, description: "Participants per slot (default 1)." })
  maxParticipants?: number | null;

  @Field(() => Boolean, { nullable: true, description: "Whether it accepts bookings." })
  isActive?: boolean | null;
}

@ObjectType({ description: "Result of saveTutoringSession." })
export class TutoringSessionPayload {
  @Field(() => TutoringSession, { nullable: true, description: "The session as saved." })
  tutoringSession!: TutoringSession | null;

  @Field(() => [UserError], { description: "Why the request failed, if it did." })
  userErrors!: UserError[];
}

@InputType({ description: "A weekly availability window of the viewer; on update, omitted fields stay." })
export class AvailabilityWindowInput {
  @Field(() => ID, { nullable: true, description: "The window to update; omit to add one." })
  windowId?: string | null;

  @Field(() => Int, { nullable: true, description: "0 = Sunday … 6 = Saturday (required when adding)." })
  dayOfWeek?: number | null;

  @Field(() => String, { nullable: true, description: "Local start, HH:mm (required when adding)." })
  startTime?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "Local end, HH:mm, after the start; 24:00 = end of day.",
  })
  endTime?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "IANA zone, e.g. Europe/Paris (required when adding).",
  })
  timeZone?: string | null;

  @Field(() => Boolean, { nullable: true, description: "Whether slots are generated from it." })
  isActive?: boolean | null;
}

@InputType({ description: "Identifies a window to remove." })
export class RemoveAvailabilityWindowInput {
  @Field(() => ID, { description: "The window." })
  windowId!: string;
}

@ObjectType({ description: "Result of the availability window mutations." })
export class AvailabilityWindowPayload {
  @Field(() => AvailabilityWindow, {
    nullable: true,
    description: "The window as saved (null when removed).",
  })
  window!: AvailabilityWindow | null;

  @Field(() => Int, { description: "Slots opened, blocked or withdrawn by the regeneration that followed." })
  slotsChanged!: number;

  @Field(() => [UserError], { description: "Why the request failed, if it did." })
  userErrors!: UserError[];
}

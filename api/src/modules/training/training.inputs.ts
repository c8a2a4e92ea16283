import { Field, ID, InputType, Int, ObjectType } from "type-graphql";
import { DateTimeScalar, JSONScalar } from "../../graphql/scalars.js";
import { UserError } from "../../graphql/user-error.js";
import { CourseSchedule, Venue } from "./training.types.js";

@InputType({ description: "A new venue (admins)." })
export class CreateVenueInput {
  @Field(() => String, { description: "Name of the venue." })
  name!: string;

  @Field(() => String, { description: "First address line." })
  addressLine1!: string;

  @Field(() => String, { nullable: true, description: "Second address line." })
  addressLine2?: string | null;

  @Field(() => String, { description: "City." })
  city!: string;

  @Field(() => String, { description: "Postcode." })
  postcode!: string;

  @Field(() => Int, { description: "Seats the room holds (at least 1)." })
  capacity!: number;

  @Field(() => JSONScalar, { nullable: true, description: "Facilities as a JSON object." })
  facilities?: unknown;

  @Field(() => String, { nullable: true, description: "How and where to park." })
  parkingInfo?: string | null;

  @Field(() => String, { nullable: true, description: "IANA zone of the venue, e.g. Europe/London." })
  timezone?: string | null;
}

@InputType({ description: "Changes to a venue (admins); omitted fields stay as they are." })
export class UpdateVenueInput {
  @Field(() => ID, { description: "The venue." })
  venueId!: string;

  @Field(() => String, { nullable: true, description: "New name." })
  name?: string | null;

  @Field(() => String, { nullable: true, description: "New first address line." })
  addressLine1?: string | null;

  @Field(() => String, { nullable: true, description: "New second address line; an empty string clears it." })
  addressLine2?: string | null;

  @Field(() => String, { nullable: true, description: "New city." })
  city?: string | null;

  @Field(() => String, { nullable: true, description: "New postcode." })
  postcode?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "New IANA time zone; refused while runs are planned here (their local times would move).",
  })
  timezone?: string | null;

  @Field(() => Int, {
    nullable: true,
    description: "New capacity; not below any planned schedule's capacity.",
  })
  capacity?: number | null;

  @Field(() => JSONScalar, { nullable: true, description: "New facilities." })
  facilities?: unknown;

  @Field(() => String, { nullable: true, description: "New parking information." })
  parkingInfo?: string | null;

  @Field(() => Boolean, { nullable: true, description: "Whether new schedules may be planned here." })
  isActive?: boolean | null;
}

@ObjectType({ description: "Result of createVenue and updateVenue." })
export class VenuePayload {
  @Field(() => Venue, { nullable: true, description: "The venue as saved." })
  venue!: Venue | null;

  @Field(() => [UserError], { description: "Why the request failed, if it did." })
  userErrors!: UserError[];
}

@InputType({ description: "Plan a run of an in-person course (admins, or the course's instructor)." })
export class CreateCourseScheduleInput {
  @Field(() => ID, { description: "An IN_PERSON course." })
  courseId!: string;

  @Field(() => ID, { description: "An active venue." })
  venueId!: string;

  @Field(() => ID, { nullable: true, description: "The instructor (default: the course's instructor)." })
  instructorId?: string | null;

  @Field(() => DateTimeScalar, { description: "Start instant." })
  startsAt!: Date;

  @Field(() => DateTimeScalar, { description: "End instant, after the start." })
  endsAt!: Date;

  @Field(() => Int, {
    nullable: true,
    description:
      "Seats offered; defaults to the course's maxCapacity and may not exceed the venue's capacity.",
  })
  capacity?: number | null;

  @Field(() => Int, { nullable: true, description: "Seat price override in cents (with currency)." })
  priceCents?: number | null;

  @Field(() => String, { nullable: true, description: "ISO 4217 currency of the override." })
  currency?: string | null;

  @Field(() => String, { nullable: true, description: "Internal notes." })
  notes?: string | null;

  @Field(() => Boolean, { nullable: true, description: "Publish at once instead of saving a draft." })
  publish?: boolean | null;
}

@InputType({ description: "Changes to a schedule; omitted fields stay as they are." })
export class UpdateCourseScheduleInput {
  @Field(() => ID, { description: "The schedule." })
  scheduleId!: string;

  @Field(() => DateTimeScalar, { nullable: true, description: "New start instant." })
  startsAt?: Date | null;

  @Field(() => DateTimeScalar, { nullable: true, description: "New end instant." })
  endsAt?: Date | null;

  @Field(() => Int, {
    nullable: true,
    description: "New capacity: not below seats booked nor above the venue's.",
  })
  capacity?: number | null;

  @Field(() => String, { nullable: true, description: "New internal notes." })
  notes?: string | null;
}

@InputType({ description: "Identifies a schedule for publishing." })
export class PublishCourseScheduleInput {
  @Field(() => ID, { description: "A DRAFT schedule." })
  scheduleId!: string;
}

@InputType({ description: "Cancel a schedule and every booking on it." })
export class CancelCourseScheduleInput {
  @Field(() => ID, { description: "The schedule." })
  scheduleId!: string;

  @Field(() => String, { description: "Why; told to everyone who booked." })
  reason!: string;
}

@ObjectType({ description: "Result of the course schedule mutations." })
export class CourseSchedulePayload {
  @Field(() => CourseSchedule, { nullable: true, description: "The schedule as saved." })
  schedule!: CourseSchedule | null;

  @Field(() => [UserError], { description: "Why the request failed, if it did." })
  userErrors!: UserError[];
}

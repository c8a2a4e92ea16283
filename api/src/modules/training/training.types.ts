import { Field, ID, InputType, Int, ObjectType } from "type-graphql";
import { connectionType } from "../../graphql/connection.js";
import { Money } from "../../graphql/money.js";
import { Node } from "../../graphql/node.js";
import { DateTimeScalar, JSONScalar, TimeZoneScalar } from "../../graphql/scalars.js";
import { Course } from "../catalog/catalog.types.js";
import { User } from "../identity/identity.types.js";
import { ScheduleStatusEnum, TrainingCourseTypeEnum } from "./training.enums.js";

@ObjectType({ implements: Node, description: "A training location with rooms for in-person classes." })
export class Venue extends Node {
  @Field(() => String, { description: "Name of the venue." })
  name!: string;

  @Field(() => String, { description: "First address line." })
  addressLine1!: string;

  @Field(() => String, { nullable: true, description: "Second address line." })
  addressLine2!: string | null;

  @Field(() => String, { description: "City." })
  city!: string;

  @Field(() => String, { description: "Postcode." })
  postcode!: string;

  @Field(() => Int, { description: "Seats the room holds; no schedule here may offer more." })
  capacity!: number;

  @Field(() => JSONScalar, { description: 'Facilities, e.g. {"wifi": true, "projector": true}.' })
  facilities!: unknown;

  @Field(() => String, { nullable: true, description: "How and where to park." })
  parkingInfo!: string | null;

  @Field(() => TimeZoneScalar, { nullable: true, description: "IANA zone local times are shown in." })
  timezone!: string | null;

  @Field(() => Boolean, { description: "Whether new schedules may be planned here." })
  isActive!: boolean;
}

@ObjectType({ implements: Node, description: "One run of an in-person course at a venue." })
export class CourseSchedule extends Node {
  @Field(() => Course, { nullable: true, description: "The course taught (null if no longer visible)." })
  course!: Course | null;

  @Field(() => Venue, { description: "Where it takes place." })
  venue!: Venue;

  @Field(() => User, { nullable: true, description: "The instructor teaching it." })
  instructor!: User | null;

  @Field(() => DateTimeScalar, { description: "When it starts." })
  startsAt!: Date;

  @Field(() => DateTimeScalar, { description: "When it ends." })
  endsAt!: Date;

  @Field(() => ScheduleStatusEnum, { description: "Lifecycle state." })
  status!: ScheduleStatusEnum;

  @Field(() => Int, { description: "Seats offered." })
  capacity!: number;

  @Field(() => Int, { description: "Seats booked." })
  seatsBooked!: number;

  @Field(() => Int, { description: "Seats still free." })
  seatsLeft!: number;

  @Field(() => Money, { description: "Price of one seat (the schedule's override, else the course price)." })
  price!: Money;

  @Field(() => String, { nullable: true, description: "Internal notes; only its managers can read them." })
  notes!: string | null;

  @Field(() => Boolean, { description: "Whether the viewer may edit, publish or cancel it." })
  viewerCanManage!: boolean;

  @Field(() => DateTimeScalar, { description: "When it was created." })
  createdAt!: Date;
}

export const VenueConnection = connectionType(Venue, "Venue", "A page of venues.");
export const CourseScheduleConnection = connectionType(
  CourseSchedule,
  "CourseSchedule",
  "A page of course schedules, soonest first.",
);

@InputType({ description: "Which course schedules to list. Every filter is optional." })
export class CourseScheduleFilter {
  @Field(() => TrainingCourseTypeEnum, { nullable: true, description: "Only courses of this type." })
  courseType?: TrainingCourseTypeEnum | null;

  @Field(() => ID, { nullable: true, description: "Only schedules of this course." })
  courseId?: string | null;

  @Field(() => String, { nullable: true, description: "Only venues in this city (case-insensitive)." })
  city?: string | null;

  @Field(() => DateTimeScalar, {
    nullable: true,
    description: "Starting at or after this instant (default: now).",
  })
  startsAfter?: Date | null;

  @Field(() => DateTimeScalar, { nullable: true, description: "Starting before this instant." })
  startsBefore?: Date | null;

  @Field(() => Int, { nullable: true, description: "At least this many seats left (e.g. for a group)." })
  minSeatsLeft?: number | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      "Instead of the public list: the schedules the viewer manages (runs they teach or of courses they own; " +
      "every run for admins), drafts and cancelled runs included. Needs a signed-in instructor or admin.",
  })
  managedByViewer?: boolean | null;

  @Field(() => [ScheduleStatusEnum], {
    nullable: true,
    description: "Only these statuses (the public list only ever has PUBLISHED and FULL).",
  })
  statuses?: ScheduleStatusEnum[] | null;
}

@InputType({ description: "Which venues to list." })
export class VenueFilter {
  @Field(() => String, { nullable: true, description: "Only venues in this city (case-insensitive)." })
  city?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: "Also the switched-off venues (admins only).",
  })
  includeInactive?: boolean | null;
}

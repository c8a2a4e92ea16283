import { Field, ID, InputType, Int, ObjectType, registerEnumType } from "type-graphql";
import { DateTimeScalar } from "../../graphql/scalars.js";

export enum ReportGranularity {
  DAY = "DAY",
  WEEK = "WEEK",
  MONTH = "MONTH",
}
registerEnumType(ReportGranularity, {
  name: "ReportGranularity",
  description: "Length of a report period (UTC; weeks start on Monday).",
});

@InputType({ description: "Period and shape of an admin report." })
export class ReportFilter {
  @Field(() => DateTimeScalar, { nullable: true, description: "Start of the period (inclusive)." })
  from?: Date | null;

  @Field(() => DateTimeScalar, { nullable: true, description: "End of the period (exclusive)." })
  to?: Date | null;

  @Field(() => ReportGranularity, { nullable: true, description: "Revenue buckets; DAY when omitted." })
  granularity?: ReportGranularity | null;

  @Field(() => Int, {
    nullable: true,
    description: "Most rows for ranked/listed reports (1–500, default 20).",
  })
  limit?: number | null;
}

@ObjectType({ description: "Ledger revenue of one period in one currency." })
export class RevenuePoint {
  @Field(() => DateTimeScalar, { description: "Start of the period." })
  period!: Date;

  @Field(() => String, { description: "ISO 4217 currency." })
  currency!: string;

  @Field(() => Int, { description: "Charged amounts, in cents." })
  grossCents!: number;

  @Field(() => Int, { description: "Refunded amounts, in cents." })
  refundedCents!: number;

  @Field(() => Int, { description: "Gross minus refunds, in cents." })
  netCents!: number;

  @Field(() => Int, { description: "Number of charges." })
  charges!: number;

  @Field(() => Int, { description: "Number of refunds." })
  refunds!: number;
}

@ObjectType({ description: "How many bookings made in the period are in one status." })
export class BookingStatusCount {
  @Field(() => String, { description: "Booking status." })
  status!: string;

  @Field(() => Int, { description: "Number of bookings." })
  count!: number;
}

@ObjectType({ description: "Seats taken on one course schedule." })
export class ScheduleOccupancy {
  @Field(() => ID, { description: "Global id of the CourseSchedule." })
  scheduleGlobalId!: string;

  @Field(() => String, { description: "Title of the course." })
  courseTitle!: string;

  @Field(() => DateTimeScalar, { description: "When the schedule starts." })
  startsAt!: Date;

  @Field(() => Int, { description: "Seats offered." })
  capacity!: number;

  @Field(() => Int, { description: "Seats booked." })
  booked!: number;

  @Field(() => Number, { description: "booked / capacity, 0–1." })
  occupancyRate!: number;
}

@ObjectType({ description: "A course ranked by enrolments and seat bookings in the period." })
export class TopCourse {
  @Field(() => ID, { description: "Global id of the Course." })
  courseGlobalId!: string;

  @Field(() => String, { description: "Course title." })
  title!: string;

  @Field(() => Int, { description: "Enrolments made in the period." })
  enrollments!: number;

  @Field(() => Int, { description: "Seat bookings made in the period (not cancelled or declined)." })
  bookings!: number;

  @Field(() => Int, { description: "Net ledger revenue attributed to the course, in cents of `currency`." })
  revenueCents!: number;

  @Field(() => String, { description: "The course's currency." })
  currency!: string;
}

@ObjectType({ description: "One step of the conversion funnel." })
export class FunnelStep {
  @Field(() => String, { description: "VISITED, SIGNED_UP, ENROLLED_OR_BOOKED or PAID." })
  step!: string;

  @Field(() => Int, { description: "Distinct sessions (VISITED) or people reaching the step in the period." })
  count!: number;

  @Field(() => Number, {
    nullable: true,
    description: "count / previous step's count; null for the first step or when it is 0.",
  })
  rateFromPrevious!: number | null;
}

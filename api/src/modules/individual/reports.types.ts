import { Field, Float, ID, InputType, Int, ObjectType } from "type-graphql";
import { Money } from "../../graphql/money.js";
import { DateTimeScalar } from "../../graphql/scalars.js";

@InputType({ description: "Which period and instructor the individual-course reports cover." })
export class IndividualReportFilter {
  @Field(() => DateTimeScalar, { nullable: true, description: "Courses whose inquiry came at or after." })
  from?: Date | null;

  @Field(() => DateTimeScalar, { nullable: true, description: "Courses whose inquiry came before." })
  to?: Date | null;

  @Field(() => ID, {
    nullable: true,
    description: "One instructor's courses (admins; instructors always see their own).",
  })
  instructorId?: string | null;
}

@ObjectType({ description: "Inquiry → quote → acceptance funnel of individual courses." })
export class IndividualConversion {
  @Field(() => Int, { description: "Individual courses opened (each starts as an inquiry)." })
  inquiries!: number;

  @Field(() => Int, { description: "Of those, courses that were sent at least one quote." })
  quoted!: number;

  @Field(() => Int, { description: "Of those, courses with an accepted quote." })
  accepted!: number;

  @Field(() => Float, { nullable: true, description: "quoted / inquiries (0–1)." })
  quoteRate!: number | null;

  @Field(() => Float, { nullable: true, description: "accepted / quoted (0–1)." })
  acceptanceRate!: number | null;

  @Field(() => Float, { nullable: true, description: "accepted / inquiries (0–1)." })
  overallRate!: number | null;
}

@ObjectType({ description: "Acceptance of answered quotes within a band of total prices." })
export class QuotePriceBand {
  @Field(() => Int, { description: "Lower bound of the band in cents (inclusive)." })
  minCents!: number;

  @Field(() => Int, {
    nullable: true,
    description: "Upper bound in cents (exclusive); null for the top band.",
  })
  maxCents!: number | null;

  @Field(() => Int, { description: "Quotes decided in the band (accepted, rejected or expired)." })
  decided!: number;

  @Field(() => Int, { description: "Of those, accepted." })
  accepted!: number;

  @Field(() => Float, { nullable: true, description: "accepted / decided (0–1)." })
  acceptanceRate!: number | null;
}

@ObjectType({ description: "Revenue agreed per individual course, in one currency." })
export class IndividualRevenue {
  @Field(() => String, { description: "ISO 4217 currency." })
  currency!: string;

  @Field(() => Int, { description: "Courses with an accepted price (confirmed, in progress or completed)." })
  courses!: number;

  @Field(() => Money, { description: "Sum of their accepted prices." })
  total!: Money;

  @Field(() => Money, { description: "Average accepted price per course." })
  averagePerCourse!: Money;
}

@ObjectType({ description: "Seed 000 analytics of individual courses, computed in SQL." })
export class IndividualCourseReport {
  @Field(() => IndividualConversion, { description: "Conversion funnel." })
  conversion!: IndividualConversion;

  @Field(() => Float, { nullable: true, description: "Average days from inquiry to course start." })
  averageDaysToStart!: number | null;

  @Field(() => [QuotePriceBand], {
    description: "Acceptance rate by price band (0–500, 500–1000, 1000–2000, 2000+ in major units).",
  })
  acceptanceByPriceBand!: QuotePriceBand[];

  @Field(() => Int, { description: "Sessions completed." })
  sessionsCompleted!: number;

  @Field(() => Int, { description: "Sessions that were due: completed, cancelled, or planned in the past." })
  sessionsDue!: number;

  @Field(() => Float, { nullable: true, description: "sessionsCompleted / sessionsDue (0–1)." })
  sessionCompletionRate!: number | null;

  @Field(() => [IndividualRevenue], { description: "Revenue per individual course, per currency." })
  revenue!: IndividualRevenue[];
}

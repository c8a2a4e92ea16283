import { Field, ID, InputType, Int, ObjectType } from "type-graphql";
import { Money } from "../../graphql/money.js";
import { Node } from "../../graphql/node.js";
import { DateTimeScalar } from "../../graphql/scalars.js";
import { UserError } from "../../graphql/user-error.js";
import { QuoteDecisionEnum, QuoteStatusEnum } from "./individual.enums.js";
import { IndividualCourse } from "./individual-course.types.js";

@ObjectType({
  implements: Node,
  description: "A priced offer for an individual course, numbered IQ-YYYY-NNNN (seed 000 course_quotes).",
})
export class CourseQuote extends Node {
  @Field(() => String, { description: "IQ-YYYY-NNNN, gapless per year." })
  quoteNumber!: string;

  @Field(() => QuoteStatusEnum, { description: "Lifecycle state." })
  status!: QuoteStatusEnum;

  @Field(() => IndividualCourse, {
    nullable: true,
    description: "The course quoted; null for viewers who may not read it (e.g. an anonymous link).",
  })
  individualCourse!: IndividualCourse | null;

  @Field(() => Money, { description: "Hourly rate." })
  hourlyRate!: Money;

  @Field(() => Int, { description: "Hours of instruction estimated." })
  estimatedHours!: number;

  @Field(() => Money, { description: "Base price: hourly rate × estimated hours." })
  basePrice!: Money;

  @Field(() => Money, { description: "Fee for customising the curriculum." })
  customizationFee!: Money;

  @Field(() => Money, { description: "Fee for course materials." })
  materialsFee!: Money;

  @Field(() => Money, { description: "Discount granted." })
  discountAmount!: Money;

  @Field(() => Money, {
    description: "Total: base + customisation + materials − discount, computed by the server.",
  })
  totalPrice!: Money;

  @Field(() => DateTimeScalar, { description: "The quote can be accepted until this instant." })
  validUntil!: Date;

  @Field(() => String, { nullable: true, description: "Terms and conditions." })
  termsConditions!: string | null;

  @Field(() => String, { nullable: true, description: "When and how to pay." })
  paymentTerms!: string | null;

  @Field(() => String, { nullable: true, description: "What happens on cancellation." })
  cancellationPolicy!: string | null;

  @Field(() => String, { nullable: true, description: "The instructor's message sent with the quote." })
  quoteMessage!: string | null;

  @Field(() => String, { nullable: true, description: "The recipient's answer." })
  clientResponse!: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: "When it was sent." })
  sentAt!: Date | null;

  @Field(() => DateTimeScalar, { nullable: true, description: "When the recipient first opened it." })
  viewedAt!: Date | null;

  @Field(() => DateTimeScalar, { nullable: true, description: "When the recipient answered." })
  respondedAt!: Date | null;

  @Field(() => CourseQuote, { nullable: true, description: "The quote this one revises." })
  revisedFrom!: CourseQuote | null;

  @Field(() => DateTimeScalar, { description: "When it was created." })
  createdAt!: Date;
}

@InputType({ description: "Price breakdown and terms of a quote; the server computes and checks the total." })
export class QuoteTermsInput {
  @Field(() => Int, { description: "Hourly rate in cents." })
  hourlyRateCents!: number;

  @Field(() => Int, { description: "Estimated hours of instruction." })
  estimatedHours!: number;

  @Field(() => Int, { nullable: true, description: "Base price in cents; must equal rate × hours if given." })
  basePriceCents?: number | null;

  @Field(() => Int, { nullable: true, description: "Customisation fee in cents (default 0)." })
  customizationFeeCents?: number | null;

  @Field(() => Int, { nullable: true, description: "Materials fee in cents (default 0)." })
  materialsFeeCents?: number | null;

  @Field(() => Int, { nullable: true, description: "Discount in cents (default 0)." })
  discountAmountCents?: number | null;

  @Field(() => Int, {
    nullable: true,
    description: "The total the client computed; refused if it differs from the server's.",
  })
  expectedTotalCents?: number | null;

  @Field(() => DateTimeScalar, { description: "Valid until (must be in the future)." })
  validUntil!: Date;

  @Field(() => String, { nullable: true, description: "Terms and conditions." })
  termsConditions?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "Payment terms (default: payment due before course start).",
  })
  paymentTerms?: string | null;

  @Field(() => String, { nullable: true, description: "Cancellation policy." })
  cancellationPolicy?: string | null;

  @Field(() => String, { nullable: true, description: "Message to the recipient." })
  quoteMessage?: string | null;
}

@InputType({ description: "Draft a quote for an individual course." })
export class CreateCourseQuoteInput extends QuoteTermsInput {
  @Field(() => ID, { description: "The course (INQUIRY or QUOTED)." })
  individualCourseId!: string;
}

@InputType({ description: "Replace a quote by a new one with a new number; the old one becomes REVISED." })
export class ReviseCourseQuoteInput extends QuoteTermsInput {
  @Field(() => ID, { description: "The quote to revise." })
  quoteId!: string;
}

@InputType({ description: "Send a draft quote to the student by email with a secret link." })
export class SendCourseQuoteInput {
  @Field(() => ID, { description: "The draft quote." })
  quoteId!: string;
}

@InputType({ description: "Accept or reject a quote: by its secret link, or as the signed-in student." })
export class RespondToCourseQuoteInput {
  @Field(() => String, { nullable: true, description: "The secret from the quote's link (anonymous)." })
  token?: string | null;

  @Field(() => ID, { nullable: true, description: "The quote, when answering as the signed-in student." })
  quoteId?: string | null;

  @Field(() => QuoteDecisionEnum, { description: "Accept or reject." })
  decision!: QuoteDecisionEnum;

  @Field(() => String, { nullable: true, description: "A message for the instructor." })
  message?: string | null;
}

@ObjectType({ description: "Result of a mutation on a quote." })
export class CourseQuotePayload {
  @Field(() => CourseQuote, {
    nullable: true,
    description: "The quote, as changed (the new one for a revision).",
  })
  quote!: CourseQuote | null;

  @Field(() => [UserError], { description: "Why it could not be done." })
  userErrors!: UserError[];
}

@ObjectType({ description: "How the payment of an accepted quote proceeds." })
export class QuotePayment {
  @Field(() => String, { description: "PENDING, REQUIRES_ACTION or NOT_REQUIRED." })
  status!: string;

  @Field(() => String, {
    nullable: true,
    description: "The web page where the student pays it, while a payment is due (they sign in there).",
  })
  checkoutUrl!: string | null;

  @Field(() => String, { description: "What happens next." })
  message!: string;
}

@ObjectType({ description: "Result of respondToCourseQuote." })
export class RespondToCourseQuotePayload {
  @Field(() => CourseQuote, { nullable: true, description: "The quote, as answered." })
  quote!: CourseQuote | null;

  @Field(() => QuotePayment, { nullable: true, description: "The payment opened on acceptance." })
  payment!: QuotePayment | null;

  @Field(() => [UserError], { description: "Why it could not be done." })
  userErrors!: UserError[];
}

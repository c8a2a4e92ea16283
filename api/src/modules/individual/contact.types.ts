import { Field, ID, InputType, ObjectType } from "type-graphql";
import { connectionType } from "../../graphql/connection.js";
import { Node } from "../../graphql/node.js";
import { DateTimeScalar } from "../../graphql/scalars.js";
import { UserError } from "../../graphql/user-error.js";
import { ContactStatusEnum, CourseTypeInterestEnum, UrgencyLevelEnum } from "./individual.enums.js";

@ObjectType({
  implements: Node,
  description: "An inquiry sent through the contact form (seed 000 contacts).",
})
export class ContactInquiry extends Node {
  @Field(() => String, { description: "The inquirer's name." })
  name!: string;

  @Field(() => String, { description: "The inquirer's email address (lowercase)." })
  email!: string;

  @Field(() => String, { nullable: true, description: "The inquirer's phone number." })
  phone!: string | null;

  @Field(() => String, { nullable: true, description: "Subject line, if given." })
  subject!: string | null;

  @Field(() => String, { description: "What the inquirer wrote." })
  message!: string;

  @Field(() => ContactStatusEnum, { description: "Handling state." })
  status!: ContactStatusEnum;

  @Field(() => CourseTypeInterestEnum, { nullable: true, description: "Kind of course wanted." })
  courseTypeInterest!: CourseTypeInterestEnum | null;

  @Field(() => UrgencyLevelEnum, { description: "How soon the inquirer wants to start." })
  urgencyLevel!: UrgencyLevelEnum;

  @Field(() => String, {
    nullable: true,
    description: 'Budget in the inquirer\'s words, e.g. "500-800 EUR".',
  })
  budgetRange!: string | null;

  @Field(() => String, { nullable: true, description: "When the inquirer is available." })
  availabilityInfo!: string | null;

  @Field(() => String, { description: "Language of the emails the inquirer gets (en or fr)." })
  language!: string;

  @Field(() => Boolean, { description: "Whether an instructor has taken it up (any status but NEW)." })
  handled!: boolean;

  @Field(() => DateTimeScalar, { description: "When it was received." })
  createdAt!: Date;
}

export const ContactInquiryConnection = connectionType(
  ContactInquiry,
  "ContactInquiry",
  "A page of inquiries, newest first.",
);

@InputType({ description: "Which inquiries to list." })
export class ContactInquiryFilter {
  @Field(() => [UrgencyLevelEnum], { nullable: true, description: "Only these urgency levels." })
  urgency?: UrgencyLevelEnum[] | null;

  @Field(() => [CourseTypeInterestEnum], { nullable: true, description: "Only these interests." })
  interest?: CourseTypeInterestEnum[] | null;

  @Field(() => DateTimeScalar, { nullable: true, description: "Received at or after." })
  receivedAfter?: Date | null;

  @Field(() => DateTimeScalar, { nullable: true, description: "Received before." })
  receivedBefore?: Date | null;

  @Field(() => Boolean, { nullable: true, description: "Only handled (true) or only new (false) ones." })
  handled?: boolean | null;
}

@InputType({ description: "An inquiry from the public contact form." })
export class SubmitContactInquiryInput {
  @Field(() => String, { description: "Your name." })
  name!: string;

  @Field(() => String, { description: "Your email address." })
  email!: string;

  @Field(() => String, { nullable: true, description: "Your phone number." })
  phone?: string | null;

  @Field(() => String, { nullable: true, description: "Subject." })
  subject?: string | null;

  @Field(() => String, { description: "Your message (at most 5000 characters)." })
  message!: string;

  @Field(() => CourseTypeInterestEnum, {
    nullable: true,
    description: "Kind of course you are interested in.",
  })
  courseTypeInterest?: CourseTypeInterestEnum | null;

  @Field(() => UrgencyLevelEnum, {
    nullable: true,
    description: "How soon you want to start (default MEDIUM).",
  })
  urgencyLevel?: UrgencyLevelEnum | null;

  @Field(() => String, { nullable: true, description: "Your budget, in your words." })
  budgetRange?: string | null;

  @Field(() => String, { nullable: true, description: "When you are available." })
  availabilityInfo?: string | null;

  @Field(() => String, { nullable: true, description: "Language for our replies: en (default) or fr." })
  language?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "Leave empty. A field hidden from people: forms that fill it are dropped as spam.",
  })
  website?: string | null;
}

@ObjectType({ description: "Result of submitContactInquiry." })
export class SubmitContactInquiryPayload {
  @Field(() => Boolean, { description: "Whether the inquiry was received." })
  received!: boolean;

  @Field(() => [UserError], { description: "Why it was refused, if it was." })
  userErrors!: UserError[];
}

@InputType({ description: "Link an inquiry to the individual course it led to." })
export class LinkContactInquiryInput {
  @Field(() => ID, { description: "The inquiry." })
  inquiryId!: string;

  @Field(() => ID, { description: "The individual course." })
  individualCourseId!: string;
}

@ObjectType({ description: "Result of linkContactInquiry." })
export class ContactInquiryPayload {
  @Field(() => ContactInquiry, { nullable: true, description: "The inquiry, as changed." })
  inquiry!: ContactInquiry | null;

  @Field(() => [UserError], { description: "Why it could not be done." })
  userErrors!: UserError[];
}

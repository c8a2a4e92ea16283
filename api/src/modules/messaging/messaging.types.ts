import { Field, ID, InputType, Int, ObjectType, registerEnumType } from "type-graphql";
import { connectionType } from "../../graphql/connection.js";
import { Node } from "../../graphql/node.js";
import { DateTimeScalar } from "../../graphql/scalars.js";
import { UserError } from "../../graphql/user-error.js";

export enum EmailStatusEnum {
  QUEUED = "QUEUED",
  SENT = "SENT",
  FAILED = "FAILED",
  BOUNCED = "BOUNCED",
}
registerEnumType(EmailStatusEnum, {
  name: "EmailStatus",
  description:
    "Where an email is in the outbox: QUEUED until delivered (SENT) or given up (FAILED), or BOUNCED.",
});

@ObjectType({ implements: Node, description: "An email of the outbox (seed 004 email_logs). Admins only." })
export class EmailLog extends Node {
  @Field(() => String, { description: "Recipient address." })
  recipientEmail!: string;

  @Field(() => String, { description: "Template key, e.g. booking_confirmation or drip_course." })
  emailType!: string;

  @Field(() => String, { nullable: true, description: "Subject line." })
  subject!: string | null;

  @Field(() => EmailStatusEnum, { description: "Delivery state." })
  status!: EmailStatusEnum;

  @Field(() => String, { nullable: true, description: "The last transport error." })
  errorMessage!: string | null;

  @Field(() => String, {
    nullable: true,
    description: "How it was delivered, e.g. 'kept in log, no SMTP configured'.",
  })
  deliveryNote!: string | null;

  @Field(() => Int, { description: "Delivery attempts so far." })
  attempts!: number;

  @Field(() => String, { nullable: true, description: "Plain-text body." })
  textBody!: string | null;

  @Field(() => String, { nullable: true, description: "HTML body." })
  htmlBody!: string | null;

  @Field(() => DateTimeScalar, { description: "Earliest time of the next attempt while QUEUED." })
  nextAttemptAt!: Date;

  @Field(() => DateTimeScalar, { nullable: true, description: "When it was delivered." })
  sentAt!: Date | null;

  @Field(() => DateTimeScalar, { nullable: true, description: "First open seen (tracked emails)." })
  openedAt!: Date | null;

  @Field(() => DateTimeScalar, { nullable: true, description: "First click seen (tracked emails)." })
  clickedAt!: Date | null;

  @Field(() => DateTimeScalar, { description: "When it was queued." })
  createdAt!: Date;
}

export const EmailLogConnection = connectionType(
  EmailLog,
  "EmailLog",
  "A page of outbox emails, newest first.",
);

@InputType({ description: "Ask for a password reset link by email." })
export class RequestPasswordResetInput {
  @Field(() => String, { description: "The account's email address." })
  email!: string;
}

@ObjectType({ description: "Result of requestPasswordReset: the same whether or not the account exists." })
export class RequestPasswordResetPayload {
  @Field(() => Boolean, {
    description: "Always true when the request was valid: an email is sent if the account exists.",
  })
  accepted!: boolean;

  @Field(() => [UserError], { description: "Why the request failed, if it did." })
  userErrors!: UserError[];
}

@InputType({ description: "Choose a new password with the secret of a reset link." })
export class ResetPasswordInput {
  @Field(() => String, { description: "The account's email address (from the link)." })
  email!: string;

  @Field(() => String, { description: "The secret token of the link." })
  token!: string;

  @Field(() => String, { description: "The new password." })
  newPassword!: string;
}

@ObjectType({ description: "Result of resetPassword. Every session of the account is ended; log in again." })
export class ResetPasswordPayload {
  @Field(() => Boolean, { description: "Whether the password was changed." })
  reset!: boolean;

  @Field(() => [UserError], { description: "Why the reset failed, if it did." })
  userErrors!: UserError[];
}

@InputType({ description: "Which email course to subscribe to." })
export class SubscribeToEmailCourseInput {
  @Field(() => ID, { description: "The email course." })
  emailCourseId!: string;
}

@InputType({ description: "Which of the viewer's email course subscriptions to change." })
export class EmailCourseSubscriptionInput {
  @Field(() => ID, { description: "The subscription." })
  subscriptionId!: string;
}

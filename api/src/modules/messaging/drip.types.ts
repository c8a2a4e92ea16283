import { Field, Int, ObjectType, registerEnumType } from "type-graphql";
import { connectionType } from "../../graphql/connection.js";
import { Node } from "../../graphql/node.js";
import { DateTimeScalar } from "../../graphql/scalars.js";
import { UserError } from "../../graphql/user-error.js";

export enum DeliveryScheduleEnum {
  DAILY = "DAILY",
  WEEKDAYS = "WEEKDAYS",
  WEEKLY = "WEEKLY",
}
registerEnumType(DeliveryScheduleEnum, {
  name: "DeliverySchedule",
  description: "On which days a drip course sends.",
});

export enum EmailCourseSubscriptionStatusEnum {
  ACTIVE = "ACTIVE",
  PAUSED = "PAUSED",
  COMPLETED = "COMPLETED",
  UNSUBSCRIBED = "UNSUBSCRIBED",
}
registerEnumType(EmailCourseSubscriptionStatusEnum, {
  name: "EmailCourseSubscriptionStatus",
  description: "State of a drip course subscription.",
});

@ObjectType({ implements: Node, description: "A drip email course: one email per day number (seed 002)." })
export class EmailCourse extends Node {
  @Field(() => String, { description: "Name." })
  name!: string;

  @Field(() => String, { nullable: true, description: "Description." })
  description!: string | null;

  @Field(() => DeliveryScheduleEnum, { description: "On which days emails go out." })
  deliverySchedule!: DeliveryScheduleEnum;

  @Field(() => Int, { description: "Delivery time, minutes after midnight in the subscriber's time zone." })
  deliveryTimeMinutes!: number;

  @Field(() => Int, { description: "Number of emails of the course." })
  totalEmails!: number;
}

export const EmailCourseConnection = connectionType(
  EmailCourse,
  "EmailCourse",
  "A page of drip email courses.",
);

@ObjectType({ implements: Node, description: "The viewer's progress through a drip email course." })
export class EmailCourseSubscription extends Node {
  @Field(() => Int, { description: "Last day number sent." })
  currentDay!: number;

  @Field(() => EmailCourseSubscriptionStatusEnum, { description: "State." })
  status!: EmailCourseSubscriptionStatusEnum;

  @Field(() => DateTimeScalar, { description: "When the subscription started." })
  subscribedAt!: Date;

  @Field(() => DateTimeScalar, { nullable: true, description: "When the last email was sent." })
  lastSentAt!: Date | null;

  @Field(() => DateTimeScalar, {
    nullable: true,
    description: "When the next email is due (null unless active).",
  })
  nextSendAt!: Date | null;

  @Field(() => DateTimeScalar, { nullable: true, description: "When the last email was sent." })
  completedAt!: Date | null;

  @Field(() => Int, { description: "Emails opened (first opens)." })
  emailsOpened!: number;

  @Field(() => Int, { description: "Emails with a link clicked." })
  linksClicked!: number;

  emailCourseId!: string;
}

export const EmailCourseSubscriptionConnection = connectionType(
  EmailCourseSubscription,
  "EmailCourseSubscription",
  "A page of drip course subscriptions.",
);

@ObjectType({ description: "Result of a change to a drip course subscription." })
export class EmailCourseSubscriptionPayload {
  @Field(() => EmailCourseSubscription, { nullable: true, description: "The subscription after the change." })
  subscription!: EmailCourseSubscription | null;

  @Field(() => [UserError], { description: "Why the change failed, if it did." })
  userErrors!: UserError[];
}

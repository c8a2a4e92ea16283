import { Field, ID, InputType, Int, ObjectType, registerEnumType } from "type-graphql";
import { connectionType } from "../../graphql/connection.js";
import { Node } from "../../graphql/node.js";
import { DateTimeScalar, JSONScalar } from "../../graphql/scalars.js";
import { UserError } from "../../graphql/user-error.js";

export enum NotificationTypeEnum {
  COURSE_UPDATE = "COURSE_UPDATE",
  MESSAGE = "MESSAGE",
  ANNOUNCEMENT = "ANNOUNCEMENT",
  COMMUNITY = "COMMUNITY",
  LIVE_SESSION = "LIVE_SESSION",
  CERTIFICATE = "CERTIFICATE",
  MILESTONE = "MILESTONE",
  BOOKING = "BOOKING",
  QUOTE = "QUOTE",
  PAYMENT = "PAYMENT",
}
registerEnumType(NotificationTypeEnum, {
  name: "NotificationType",
  description: "What a notification is about (Doctrina's types plus BOOKING, QUOTE and PAYMENT).",
});

@ObjectType({ implements: Node, description: "An in-app notification of the viewer." })
export class Notification extends Node {
  @Field(() => NotificationTypeEnum, { description: "What it is about." })
  type!: NotificationTypeEnum;

  @Field(() => String, { description: "Headline." })
  title!: string;

  @Field(() => String, { description: "Body text." })
  description!: string;

  @Field(() => String, { nullable: true, description: "Where a click should lead." })
  link!: string | null;

  @Field(() => JSONScalar, { nullable: true, description: "Extra context, e.g. the booking reference." })
  metadata!: unknown;

  @Field(() => Boolean, { description: "Whether it has been read." })
  read!: boolean;

  @Field(() => DateTimeScalar, { nullable: true, description: "When it was read." })
  readAt!: Date | null;

  @Field(() => DateTimeScalar, { description: "When it was created." })
  createdAt!: Date;
}

export const NotificationConnection = connectionType(
  Notification,
  "Notification",
  "A page of notifications, newest first.",
);

@InputType({ description: "Which notifications to mark as read." })
export class MarkNotificationsReadInput {
  @Field(() => [ID], { nullable: true, description: "These notifications (at most 100)." })
  ids?: string[] | null;

  @Field(() => Boolean, { nullable: true, description: "Every unread notification of the viewer." })
  all?: boolean | null;
}

@ObjectType({ description: "Result of markNotificationsRead." })
export class MarkNotificationsReadPayload {
  @Field(() => [Notification], { description: "The notifications marked (empty when `all` was used)." })
  notifications!: Notification[];

  @Field(() => Int, { description: "How many were marked." })
  markedCount!: number;

  @Field(() => Int, { description: "The viewer's unread notifications left." })
  unreadCount!: number;

  @Field(() => [UserError], { description: "Why the request failed, if it did." })
  userErrors!: UserError[];
}

import { Field, ID, InputType, ObjectType } from "type-graphql";
import { connectionType } from "../../graphql/connection.js";
import { Node } from "../../graphql/node.js";
import { DateTimeScalar, JSONScalar } from "../../graphql/scalars.js";

export const auditLogSelect = {
  id: true,
  actorId: true,
  action: true,
  entityType: true,
  entityId: true,
  oldValues: true,
  newValues: true,
  ipAddress: true,
  userAgent: true,
  createdAt: true,
} as const;

export interface AuditLogRow {
  id: string;
  actorId: string;
  action: string;
  entityType: string | null;
  entityId: string | null;
  oldValues: unknown;
  newValues: unknown;
  ipAddress: string | null;
  userAgent: string | null;
  createdAt: Date;
}

@ObjectType({ implements: Node, description: "An admin action with the values before and after (admins)." })
export class AuditLogEntry extends Node {
  @Field(() => String, { description: "What was done, `<entity>.<verb>`, e.g. user.deactivate." })
  action!: string;

  @Field(() => String, { nullable: true, description: "GraphQL type of the object changed, e.g. User." })
  entityType!: string | null;

  @Field(() => String, { nullable: true, description: "Database id of the object changed." })
  entityId!: string | null;

  @Field(() => JSONScalar, { nullable: true, description: "Values before the change." })
  oldValues!: unknown;

  @Field(() => JSONScalar, { nullable: true, description: "Values after the change." })
  newValues!: unknown;

  @Field(() => String, { nullable: true, description: "IP address the request came from." })
  ipAddress!: string | null;

  @Field(() => String, { nullable: true, description: "User agent of the request." })
  userAgent!: string | null;

  @Field(() => DateTimeScalar, { description: "When it happened." })
  createdAt!: Date;
}

export const AuditLogConnection = connectionType(
  AuditLogEntry,
  "AuditLogEntry",
  "A page of audit log entries, newest first.",
);

@InputType({ description: "Conditions on audit log entries; all given conditions apply." })
export class AuditLogFilter {
  @Field(() => ID, { nullable: true, description: "Only actions by this user." })
  actorId?: string | null;

  @Field(() => String, { nullable: true, description: "Only this action, e.g. user.set_roles." })
  action?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      "Only changes to this kind of object: its GraphQL type, e.g. CourseReview (course_review works too).",
  })
  entityType?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "Only changes to this object: a global id, or the database id stored in entityId.",
  })
  entityId?: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: "Entries at or after this instant." })
  from?: Date | null;

  @Field(() => DateTimeScalar, { nullable: true, description: "Entries before this instant." })
  to?: Date | null;
}

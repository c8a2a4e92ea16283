import { Field, ID, InputType, ObjectType } from "type-graphql";
import { connectionType } from "../../graphql/connection.js";
import { UserError } from "../../graphql/user-error.js";
import { RoleEnum, User, type UserSource } from "../identity/identity.types.js";

export const AdminUserConnection = connectionType(User, "User", "A page of users (admins).");

@InputType({ description: "Conditions on the users listed to admins; all given conditions apply." })
export class UserFilter {
  @Field(() => [RoleEnum], { nullable: true, description: "Users holding at least one of these roles." })
  roles?: RoleEnum[] | null;

  @Field(() => Boolean, {
    nullable: true,
    description: "True: only deactivated users; false: only active ones; omitted: both.",
  })
  deactivated?: boolean | null;

  @Field(() => Boolean, {
    nullable: true,
    description: "Include anonymized (deleted) accounts. Defaults to false.",
  })
  includeDeleted?: boolean | null;

  @Field(() => String, {
    nullable: true,
    description: "Case-insensitive text found in the email or any name column.",
  })
  search?: string | null;
}

@InputType({ description: "Replace the roles of a user (admins)." })
export class SetUserRolesInput {
  @Field(() => ID, { description: "The user." })
  userId!: string;

  @Field(() => [RoleEnum], { description: "The complete new set of roles (at least one)." })
  roles!: RoleEnum[];
}

@InputType({ description: "Disable an account (admins): its tokens and open subscriptions stop at once." })
export class DeactivateUserInput {
  @Field(() => ID, { description: "The user." })
  userId!: string;

  @Field(() => String, { nullable: true, description: "Why, kept in the audit log." })
  reason?: string | null;
}

@InputType({ description: "Enable a deactivated account again (admins)." })
export class ReactivateUserInput {
  @Field(() => ID, { description: "The user." })
  userId!: string;
}

@ObjectType({ description: "Result of an admin change to a user." })
export class AdminUserPayload {
  @Field(() => User, { nullable: true, description: "The user after the change." })
  user!: UserSource | null;

  @Field(() => [UserError], { description: "Why the request failed, if it did." })
  userErrors!: UserError[];
}

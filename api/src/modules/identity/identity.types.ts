import { Field, InputType, ObjectType, registerEnumType } from "type-graphql";
import { Node } from "../../graphql/node.js";
import { DateTimeScalar, TimeZoneScalar } from "../../graphql/scalars.js";
import { UserError } from "../../graphql/user-error.js";

export enum RoleEnum {
  STUDENT = "STUDENT",
  INSTRUCTOR = "INSTRUCTOR",
  ADMIN = "ADMIN",
}

registerEnumType(RoleEnum, {
  name: "Role",
  description: "What a user may do. A user holds a set of roles (an instructor can also be an admin).",
});

/** What resolvers hand to the User type: a row from `userSelect` (identity.loaders.ts). */
export interface UserSource {
  id: string;
  email: string;
  displayName: string | null;
  fullName: string | null;
  firstName: string | null;
  lastName: string | null;
  avatarUrl: string | null;
  bio: string | null;
  timezone: string;
  roles: string[];
  createdAt: Date;
}

@ObjectType({ implements: Node, description: "A person on Campus: student, instructor or admin." })
export class User extends Node {
  @Field(() => String, {
    description: "Name to display: the display name, else the full name, else first and last.",
  })
  name!: string;

  @Field(() => String, { nullable: true, description: "First name." })
  firstName!: string | null;

  @Field(() => String, { nullable: true, description: "Last name." })
  lastName!: string | null;

  @Field(() => String, { nullable: true, description: "Avatar image URL." })
  avatarUrl!: string | null;

  @Field(() => String, { nullable: true, description: "Public biography." })
  bio!: string | null;

  @Field(() => TimeZoneScalar, { description: "IANA time zone the user sees times in." })
  timezone!: string;

  @Field(() => [RoleEnum], { description: "Roles the user holds." })
  roles!: RoleEnum[];

  @Field(() => String, {
    nullable: true,
    description: "Email address. Only the user themselves and admins can read it; null for everyone else.",
  })
  email!: string | null;

  @Field(() => DateTimeScalar, { description: "When the account was created." })
  createdAt!: Date;
}

@InputType({ description: "Create an account with email and password." })
export class SignUpInput {
  @Field(() => String, { description: "Email address; used to log in." })
  email!: string;

  @Field(() => String, { description: "At least 10 characters, not a common password." })
  password!: string;

  @Field(() => String, { description: "First name." })
  firstName!: string;

  @Field(() => String, { description: "Last name." })
  lastName!: string;

  @Field(() => String, { nullable: true, description: "IANA time zone, e.g. Europe/Paris. Defaults to UTC." })
  timezone?: string | null;

  @Field(() => String, { nullable: true, description: "Preferred language (en or fr). Defaults to en." })
  preferredLanguage?: string | null;
}

@InputType({ description: "Log in with email and password." })
export class LogInInput {
  @Field(() => String, { description: "Email address of the account." })
  email!: string;

  @Field(() => String, { description: "Password of the account." })
  password!: string;
}

@InputType({ description: "Exchange a refresh token for a new token pair." })
export class RefreshTokenInput {
  @Field(() => String, {
    description: "The refresh token from the last log in or refresh. It is single use.",
  })
  refreshToken!: string;
}

@InputType({ description: "End a session." })
export class LogOutInput {
  @Field(() => String, {
    description: "The session's refresh token; it and every token rotated from it stop working.",
  })
  refreshToken!: string;
}

@InputType({ description: "Change the viewer's password." })
export class ChangePasswordInput {
  @Field(() => String, { description: "The current password." })
  currentPassword!: string;

  @Field(() => String, { description: "The new password." })
  newPassword!: string;
}

@ObjectType({ description: "Tokens for an authenticated session." })
export class AuthTokens {
  @Field(() => String, {
    description: "JWT to send as `Authorization: Bearer <token>` (HTTP) or `authorization` (WebSocket).",
  })
  accessToken!: string;

  @Field(() => DateTimeScalar, { description: "When the access token expires." })
  accessTokenExpiresAt!: Date;

  @Field(() => String, { description: "Opaque, single-use token for `refreshToken`. Keep it secret." })
  refreshToken!: string;

  @Field(() => DateTimeScalar, { description: "When the refresh token expires." })
  refreshTokenExpiresAt!: Date;
}

@ObjectType({ description: "Result of signUp, logIn, refreshToken and changePassword." })
export class AuthPayload {
  @Field(() => User, { nullable: true, description: "The signed-in user." })
  viewer!: UserSource | null;

  @Field(() => AuthTokens, { nullable: true, description: "The new tokens." })
  tokens!: AuthTokens | null;

  @Field(() => [UserError], { description: "Why the request failed, if it did." })
  userErrors!: UserError[];
}

@ObjectType({ description: "Result of logOut." })
export class LogOutPayload {
  @Field(() => Boolean, { description: "Whether a session was ended." })
  loggedOut!: boolean;

  @Field(() => [UserError], { description: "Why the request failed, if it did." })
  userErrors!: UserError[];
}

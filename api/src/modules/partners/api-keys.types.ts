import { Field, ID, InputType, ObjectType } from "type-graphql";
import { connectionType } from "../../graphql/connection.js";
import { Node } from "../../graphql/node.js";
import { DateTimeScalar } from "../../graphql/scalars.js";
import { UserError } from "../../graphql/user-error.js";
import { ApiKeyScope } from "./scopes.js";

export const apiKeySelect = {
  id: true,
  userId: true,
  name: true,
  prefix: true,
  scopes: true,
  expiresAt: true,
  revokedAt: true,
  lastUsedAt: true,
  createdAt: true,
} as const;

export interface ApiKeyRow {
  id: string;
  userId: string;
  name: string;
  prefix: string;
  scopes: string[];
  expiresAt: Date | null;
  revokedAt: Date | null;
  lastUsedAt: Date | null;
  createdAt: Date;
}

@ObjectType({
  implements: Node,
  description: "A partner API key (admins). The secret is shown once, at creation; only its hash is stored.",
})
export class ApiKey extends Node {
  @Field(() => String, { description: "Human label, e.g. Partner app production." })
  name!: string;

  @Field(() => String, { description: "The first characters of the key, to recognise it (not secret)." })
  prefix!: string;

  @Field(() => [ApiKeyScope], { description: "What the key may do." })
  scopes!: ApiKeyScope[];

  @Field(() => DateTimeScalar, { nullable: true, description: "When the key stops working by itself." })
  expiresAt!: Date | null;

  @Field(() => DateTimeScalar, { nullable: true, description: "When it was revoked; null while valid." })
  revokedAt!: Date | null;

  @Field(() => DateTimeScalar, {
    nullable: true,
    description: "Last time a request used it (to the minute).",
  })
  lastUsedAt!: Date | null;

  @Field(() => DateTimeScalar, { description: "When it was created." })
  createdAt!: Date;
}

export const ApiKeyConnection = connectionType(ApiKey, "ApiKey", "A page of API keys, newest first.");

@InputType({ description: "Conditions on the API keys listed." })
export class ApiKeyFilter {
  @Field(() => ID, { nullable: true, description: "Only keys acting as this user." })
  userId?: string | null;

  @Field(() => Boolean, { nullable: true, description: "Include revoked keys. Defaults to false." })
  includeRevoked?: boolean | null;
}

@InputType({ description: "Issue an API key acting as a user (admins)." })
export class CreateApiKeyInput {
  @Field(() => ID, { description: "The user the key acts as." })
  userId!: string;

  @Field(() => String, { description: "Human label, 1–100 characters." })
  name!: string;

  @Field(() => [ApiKeyScope], { description: "What the key may do (at least one scope)." })
  scopes!: ApiKeyScope[];

  @Field(() => DateTimeScalar, { nullable: true, description: "When the key expires; never when omitted." })
  expiresAt?: Date | null;
}

@InputType({ description: "Revoke an API key (admins); requests with it are refused at once." })
export class RevokeApiKeyInput {
  @Field(() => ID, { description: "The key." })
  apiKeyId!: string;
}

@ObjectType({ description: "Result of createApiKey." })
export class CreateApiKeyPayload {
  @Field(() => ApiKey, { nullable: true, description: "The new key." })
  apiKey!: ApiKeyRow | null;

  @Field(() => String, {
    nullable: true,
    description: "The key itself, to send as `x-api-key`. Shown this once: Campus keeps only its hash.",
  })
  secret!: string | null;

  @Field(() => [UserError], { description: "Why the request failed, if it did." })
  userErrors!: UserError[];
}

@ObjectType({ description: "Result of revokeApiKey." })
export class ApiKeyPayload {
  @Field(() => ApiKey, { nullable: true, description: "The key after the change." })
  apiKey!: ApiKeyRow | null;

  @Field(() => [UserError], { description: "Why the request failed, if it did." })
  userErrors!: UserError[];
}

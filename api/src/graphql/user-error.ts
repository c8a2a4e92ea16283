import { Field, ObjectType, registerEnumType } from "type-graphql";

/** Machine-readable reasons for expected failures, shared by every mutation. */
export enum UserErrorCode {
  INVALID = "INVALID",
  REQUIRED = "REQUIRED",
  TOO_SHORT = "TOO_SHORT",
  TOO_LONG = "TOO_LONG",
  TAKEN = "TAKEN",
  NOT_FOUND = "NOT_FOUND",
  INVALID_CREDENTIALS = "INVALID_CREDENTIALS",
  WEAK_PASSWORD = "WEAK_PASSWORD",
  CONFLICT = "CONFLICT",
  UNAVAILABLE = "UNAVAILABLE",
  EXPIRED = "EXPIRED",
  LIMIT_REACHED = "LIMIT_REACHED",
  INVALID_STATE = "INVALID_STATE",
  RATE_LIMITED = "RATE_LIMITED",
  /** Discount codes: switched off by an admin. */
  INACTIVE = "INACTIVE",
  /** Discount codes: the validity window has not opened yet. */
  NOT_YET_VALID = "NOT_YET_VALID",
  /** Discount codes: not valid for this product (scope, course, format, type or currency). */
  NOT_APPLICABLE = "NOT_APPLICABLE",
  /** Discount codes: the purchase is below the code's minimum. */
  BELOW_MINIMUM = "BELOW_MINIMUM",
  /** The payment provider declined or could not process the payment. */
  PAYMENT_FAILED = "PAYMENT_FAILED",
}

registerEnumType(UserErrorCode, {
  name: "UserErrorCode",
  description: "Why a mutation could not do what was asked.",
});

@ObjectType({ description: "An expected failure of a mutation, caused by its input or the current state." })
export class UserError {
  @Field(() => [String], {
    nullable: true,
    description: 'Path to the input field that caused the error, e.g. ["input", "email"].',
  })
  field!: string[] | null;

  @Field(() => String, { description: "A message that can be shown to the person who made the request." })
  message!: string;

  @Field(() => UserErrorCode, { description: "A machine-readable reason." })
  code!: UserErrorCode;
}

/** Builds a user error for the field `input.<name>` (or no field). */
export function userError(code: UserErrorCode, message: string, inputField?: string): UserError {
  return { code, message, field: inputField ? ["input", ...inputField.split(".")] : null };
}

/** Thrown by services for expected failures; resolvers turn it into `userErrors`. */
export class UserErrorsException extends Error {
  constructor(readonly userErrors: UserError[]) {
    super(userErrors.map((e) => e.message).join("; "));
    this.name = "UserErrorsException";
  }
}

import type { z } from "zod";
import { type UserError, UserErrorCode, UserErrorsException } from "../graphql/user-error.js";

/**
 * Validates a mutation input with a zod schema and turns every issue into a
 * `userErrors` entry pointing at `input.<field>`. Services call this first, so
 * bad input is refused before anything is read or written.
 */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const errors: UserError[] = result.error.issues.map((issue) => ({
    field: ["input", ...issue.path.map(String)],
    message: issue.message,
    code: codeOf(issue),
  }));
  throw new UserErrorsException(errors);
}

function codeOf(issue: z.core.$ZodIssue): UserErrorCode {
  if (issue.code === "too_small")
    return issue.minimum === 1 ? UserErrorCode.REQUIRED : UserErrorCode.TOO_SHORT;
  if (issue.code === "too_big") return UserErrorCode.TOO_LONG;
  return UserErrorCode.INVALID;
}

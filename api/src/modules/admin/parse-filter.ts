import type { z } from "zod";
import { badUserInput } from "../../graphql/errors.js";
import { UserErrorsException } from "../../graphql/user-error.js";
import { parseInput } from "../../lib/validation.js";

/** Query arguments have no `userErrors`: a bad filter is a BAD_USER_INPUT error naming the field. */
export function parseFilter<S extends z.ZodType>(schema: S, value: unknown): z.infer<S> {
  try {
    return parseInput(schema, value ?? {});
  } catch (error) {
    if (!(error instanceof UserErrorsException)) throw error;
    const first = error.userErrors[0];
    throw badUserInput(first?.message ?? "Invalid filter.", first?.field?.slice(1).join("."));
  }
}

import { type UserError, UserErrorsException } from "./user-error.js";

/**
 * Runs a mutation's service call and shapes the `…Payload`: the result with
 * `userErrors: []`, or the empty result with the user errors the service
 * raised. Unexpected errors propagate (and are masked by formatError).
 */
export async function toPayload<T extends object>(
  work: () => Promise<T>,
  empty: { [K in keyof T]: T[K] | null },
): Promise<{ [K in keyof T]: T[K] | null } & { userErrors: UserError[] }> {
  try {
    return { ...(await work()), userErrors: [] };
  } catch (error) {
    if (error instanceof UserErrorsException) return { ...empty, userErrors: error.userErrors };
    throw error;
  }
}

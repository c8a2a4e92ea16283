import { GraphQLError } from "graphql";

/**
 * Error codes clients may see in `extensions.code`. Anything else is masked as
 * INTERNAL_SERVER_ERROR by `formatError` (see format-error.ts).
 */
export const publicErrorCodes = [
  "UNAUTHENTICATED",
  "FORBIDDEN",
  "NOT_FOUND",
  "BAD_USER_INPUT",
  "BAD_REQUEST",
  "RATE_LIMITED",
  "QUERY_TOO_COMPLEX",
  "GRAPHQL_PARSE_FAILED",
  "GRAPHQL_VALIDATION_FAILED",
  "PERSISTED_QUERY_NOT_FOUND",
  "PERSISTED_QUERY_NOT_SUPPORTED",
  "OPERATION_RESOLUTION_FAILURE",
  "SERVICE_UNAVAILABLE",
  "TIMEOUT",
] as const;

export type PublicErrorCode = (typeof publicErrorCodes)[number];

export function codedError(code: PublicErrorCode, message: string, extensions: Record<string, unknown> = {}) {
  return new GraphQLError(message, { extensions: { ...extensions, code } });
}

export const unauthenticated = (message = "You must be signed in to do this.") =>
  codedError("UNAUTHENTICATED", message);

export const forbidden = (message = "You are not allowed to do this.") => codedError("FORBIDDEN", message);

export const notFound = (what: string) => codedError("NOT_FOUND", `${what} was not found.`);

export const badUserInput = (message: string, field?: string) =>
  codedError("BAD_USER_INPUT", message, field ? { field } : {});

export const rateLimited = (retryAfterSeconds: number) =>
  codedError("RATE_LIMITED", `Too many attempts. Try again in ${retryAfterSeconds} seconds.`, {
    retryAfterSeconds,
  });

import { AsyncLocalStorage } from "node:async_hooks";
import { unwrapResolverError } from "@apollo/server/errors";
import { GraphQLError, type GraphQLFormattedError } from "graphql";
import { classifyDatabaseError } from "../db/errors.js";
import type { Logger } from "../logger.js";
import { type PublicErrorCode, publicErrorCodes } from "./errors.js";

const PUBLIC = new Set<string>(publicErrorCodes);

// Apollo calls formatError without the request's context, so the request's
// logger (a child carrying its requestId) travels in async-local storage.
const requestLogger = new AsyncLocalStorage<Logger>();

/** Runs `fn` so that errors formatted inside it are logged to `logger`. */
export function withRequestLogger<T>(logger: Logger, fn: () => T): T {
  return requestLogger.run(logger, fn);
}

/**
 * Database failures that are the infrastructure's, not a bug: the client learns
 * it may retry (SERVICE_UNAVAILABLE) or that its request was cut short (TIMEOUT).
 */
const databaseFailures: Partial<Record<string, { code: PublicErrorCode; message: string }>> = {
  unavailable: {
    code: "SERVICE_UNAVAILABLE",
    message: "The database is unavailable. Try again in a few seconds.",
  },
  timeout: {
    code: "TIMEOUT",
    message: "The database took too long to answer, so the request was cancelled.",
  },
};

/** The error a resolver or subscription threw, under graphql-js's and Apollo's wrappers. */
function originalOf(error: unknown): unknown {
  let current = unwrapResolverError(error);
  for (let depth = 0; depth < 4 && current instanceof GraphQLError && current.originalError; depth += 1)
    current = current.originalError;
  return current;
}

/**
 * Clients see coded errors as they are, database outages and timeouts as
 * SERVICE_UNAVAILABLE / TIMEOUT, and everything else as a bare
 * INTERNAL_SERVER_ERROR: no message, no stack, no SQL. The log keeps it whole.
 * Field suggestions ("Did you mean …") are stripped when disabled.
 */
export function createErrorFormatter(logger: Logger, options: { fieldSuggestions: boolean }) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const code = formatted.extensions?.code;
    if (typeof code === "string" && PUBLIC.has(code)) {
      const { stacktrace: _stack, ...extensions } = formatted.extensions ?? {};
      const message = options.fieldSuggestions ? formatted.message : stripSuggestions(formatted.message);
      return { ...formatted, message, extensions };
    }
    const original = originalOf(error);
    const log = requestLogger.getStore() ?? logger;
    const failure = databaseFailures[classifyDatabaseError(original)?.kind ?? ""];
    if (failure) {
      log.warn(
        { err: original, path: formatted.path, code: failure.code },
        "database failure in GraphQL request",
      );
      return {
        message: failure.message,
        ...(formatted.locations ? { locations: formatted.locations } : {}),
        ...(formatted.path ? { path: formatted.path } : {}),
        extensions: { code: failure.code },
      };
    }
    log.error({ err: original, path: formatted.path }, "unexpected error in GraphQL request");
    return {
      message: "Internal server error",
      ...(formatted.locations ? { locations: formatted.locations } : {}),
      ...(formatted.path ? { path: formatted.path } : {}),
      extensions: { code: "INTERNAL_SERVER_ERROR" },
    };
  };
}

export function stripSuggestions(message: string): string {
  return message.replace(/ ?Did you mean .*\?$/, "");
}

/** Same masking for graphql-ws, which hands us GraphQLError instances. */
export function maskErrors(errors: readonly GraphQLError[], format: ReturnType<typeof createErrorFormatter>) {
  return errors.map((e) => {
    const f = format(e.toJSON(), e);
    return new GraphQLError(f.message, {
      extensions: f.extensions,
      ...(e.nodes ? { nodes: e.nodes } : {}),
      ...(e.path ? { path: e.path } : {}),
    });
  });
}

// Driver adapters for the schema engine. Both stock adapters mishandle
// `executeScript`, which is how the engine runs a migration file:
// - @prisma/adapter-pg splits the script on every `;` (breaking `$$` function
//   bodies, DO blocks and string literals) and runs each piece on whichever pool
//   connection is free, so a failing migration is left half applied;
// - pglite-prisma-adapter does not await `exec`, so a failing migration is
//   reported as applied and its error surfaces later as an unhandled rejection.
// These wrappers send the whole script as one simple-protocol query, as
// `prisma migrate deploy` does: PostgreSQL then runs it as one implicit transaction.
import { DriverAdapterError, type SqlDriverAdapter } from "@prisma/driver-adapter-utils";

/** The fields of a PostgreSQL error (pg's DatabaseError and PGlite's share them). */
type PostgresErrorFields = {
  code: string;
  message: string;
  severity?: string;
  detail?: string;
  hint?: string;
  column?: string;
};

function isPostgresError(error: unknown): error is PostgresErrorFields {
  if (!(error instanceof Error)) return false;
  const code = (error as { code?: unknown }).code;
  return typeof code === "string" && /^[0-9A-Z]{5}$/.test(code);
}

/** Rethrows database errors in the shape the engine reports with their SQLSTATE and message. */
export function toDriverAdapterError(error: unknown): never {
  if (!isPostgresError(error)) throw error;
  throw new DriverAdapterError({
    kind: "postgres",
    code: error.code,
    severity: error.severity ?? "ERROR",
    message: error.message,
    detail: error.detail,
    column: error.column,
    hint: error.hint,
  });
}

/**
 * Returns `adapter` with `executeScript` replaced by `runScript`; `onDispose`
 * runs after the adapter's own dispose (e.g. to close a private database).
 */
export function withScriptRunner(
  adapter: SqlDriverAdapter,
  runScript: (script: string) => Promise<void>,
  onDispose?: () => Promise<void>,
): SqlDriverAdapter {
  const wrapped: SqlDriverAdapter = {
    provider: adapter.provider,
    adapterName: adapter.adapterName,
    queryRaw: (query) => adapter.queryRaw(query),
    executeRaw: (query) => adapter.executeRaw(query),
    startTransaction: (isolationLevel) => adapter.startTransaction(isolationLevel),
    executeScript: async (script) => {
      try {
        await runScript(script);
      } catch (error) {
        toDriverAdapterError(error);
      }
    },
    dispose: async () => {
      await adapter.dispose();
      await onDispose?.();
    },
  };
  const { getConnectionInfo } = adapter;
  if (getConnectionInfo) wrapped.getConnectionInfo = () => getConnectionInfo.call(adapter);
  return wrapped;
}

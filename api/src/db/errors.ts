// Turns what Prisma 7 throws for a failed statement into a small typed value,
// so services can answer "slot taken" or "schedules overlap" as a user error
// instead of a 500. What Prisma 7 + driver adapters actually throw (verified by
// errors.test.ts on PostgreSQL and PGlite):
// - unique: P2002 (model) or P2010 (raw); foreign key: P2003 or P2010;
// - exclusion (23P01), check (23514), statement timeout (57014): P2039 "Database
//   error" for model queries, P2010 "Raw query failed" for raw ones;
// - every one carries `meta.driverAdapterError.cause` with the SQLSTATE
//   (`originalCode`) and PostgreSQL's message, which names the constraint.
//   @prisma/adapter-pg also reports the unique constraint's name
//   (`constraint.index`); pglite-prisma-adapter reports only its fields.
// - a server that is down, restarting or cut off: the adapter's
//   `cause.kind` (DatabaseNotReachable, ConnectionClosed, …), SQLSTATE 57P01-03
//   or class 08, or pg's own uncoded errors ("Connection terminated
//   unexpectedly", "timeout exceeded when trying to connect" from a full pool).
//   Verified by test/reliability/postgres-restart.test.ts.

export type DatabaseErrorKind =
  | "unique"
  | "exclusion"
  | "check"
  | "foreignKey"
  | "serialization"
  | "timeout"
  /** The database cannot be reached or dropped the connection: worth retrying later, not a bug. */
  | "unavailable";

export type KnownDatabaseError = {
  kind: DatabaseErrorKind;
  /** Name of the violated constraint (or unique index), when PostgreSQL reported one. */
  constraint?: string;
  /** The PostgreSQL SQLSTATE, when known. */
  sqlState?: string;
};

const kindBySqlState: Record<string, DatabaseErrorKind> = {
  "23505": "unique",
  "23P01": "exclusion",
  "23514": "check",
  "23503": "foreignKey",
  "40001": "serialization",
  "40P01": "serialization", // deadlock: retry like a serialization failure
  "57014": "timeout", // statement_timeout (or a cancelled query)
  "55P03": "timeout", // lock_not_available (lock_timeout)
  "57P01": "unavailable", // admin_shutdown: the server is stopping
  "57P02": "unavailable", // crash_shutdown
  "57P03": "unavailable", // cannot_connect_now: starting up or shutting down
  "53300": "unavailable", // too_many_connections
};

// What the driver adapter reports instead of a SQLSTATE when the connection itself failed.
const unavailableAdapterKinds = new Set([
  "DatabaseNotReachable",
  "ConnectionClosed",
  "SocketTimeout",
  "TooManyConnections",
]);

// pg and pg-pool throw these without a code; Node's socket errors carry one.
const unavailableMessage =
  /^(Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error|Connection ended)/;
const unavailableSocketCodes = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EPIPE", "ENOTFOUND"]);

// Used only when no SQLSTATE is found anywhere on the error.
const kindByPrismaCode: Record<string, DatabaseErrorKind> = {
  P2002: "unique",
  P2003: "foreignKey",
  P2034: "serialization",
  P1001: "unavailable", // can't reach database server
  P1002: "unavailable", // reached but timed out
  P1017: "unavailable", // server closed the connection
  P2024: "unavailable", // timed out waiting for a pooled connection
};

type Bag = Record<string, unknown>;

function isBag(value: unknown): value is Bag {
  return typeof value === "object" && value !== null;
}

function text(value: unknown): string | undefined {
  return typeof value === "string" ? value : undefined;
}

/** The error and what it wraps: `meta.driverAdapterError`, `cause`, recursively (bounded). */
function chain(error: unknown): Bag[] {
  const found: Bag[] = [];
  const queue: unknown[] = [error];
  while (queue.length > 0 && found.length < 8) {
    const next = queue.shift();
    if (!isBag(next) || found.includes(next)) continue;
    found.push(next);
    if (isBag(next.meta)) queue.push(next.meta.driverAdapterError);
    queue.push(next.cause);
  }
  return found;
}

const sqlStatePattern = /^[0-9A-Z]{5}$/;

function sqlStateOf(links: Bag[]): string | undefined {
  // Driver adapter errors keep the SQLSTATE as `originalCode`.
  for (const link of links) {
    const state = text(link.originalCode);
    if (state !== undefined && sqlStatePattern.test(state)) return state;
  }
  // PostgreSQL-shaped errors (they have a severity); Prisma's own `code` ("P2002") is no SQLSTATE.
  for (const link of links) {
    const state = text(link.code);
    if (state !== undefined && typeof link.severity === "string" && sqlStatePattern.test(state)) return state;
  }
  // Last resort: Prisma prints "Code: `23P01`" in P2010/P2039 messages.
  for (const link of links) {
    const match = text(link.message)?.match(/Code: `([0-9A-Z]{5})`/);
    if (match) return match[1];
  }
  return undefined;
}

function unavailable(links: Bag[], sqlState: string | undefined): boolean {
  if (sqlState?.startsWith("08")) return true; // connection_exception class
  return links.some(
    (link) =>
      (typeof link.kind === "string" && unavailableAdapterKinds.has(link.kind)) ||
      (typeof link.code === "string" && unavailableSocketCodes.has(link.code)) ||
      unavailableMessage.test(text(link.message) ?? ""),
  );
}

function constraintOf(links: Bag[]): string | undefined {
  for (const link of links) {
    const constraint = link.constraint;
    if (isBag(constraint) && typeof constraint.index === "string") return constraint.index;
    if (typeof constraint === "string") return constraint; // a raw pg DatabaseError
  }
  for (const link of links) {
    for (const message of [text(link.originalMessage), text(link.message)]) {
      const match = message?.match(/constraint "([^"]+)"/);
      if (match) return match[1];
    }
  }
  return undefined;
}

/**
 * What kind of database failure `error` is, or undefined if it is none of the
 * known kinds (rethrow those).
 */
export function classifyDatabaseError(error: unknown): KnownDatabaseError | undefined {
  const links = chain(error);
  const sqlState = sqlStateOf(links);
  const prismaCode = text(links[0]?.code);
  const kind =
    (sqlState !== undefined ? kindBySqlState[sqlState] : undefined) ??
    (prismaCode !== undefined ? kindByPrismaCode[prismaCode] : undefined) ??
    (unavailable(links, sqlState) ? "unavailable" : undefined);
  if (kind === undefined) return undefined;
  const result: KnownDatabaseError = { kind };
  const constraint =
    kind === "serialization" || kind === "timeout" || kind === "unavailable"
      ? undefined
      : constraintOf(links);
  if (constraint !== undefined) result.constraint = constraint;
  if (sqlState !== undefined) result.sqlState = sqlState;
  return result;
}

/** True when `error` violates the named constraint (e.g. an exclusion constraint on schedules). */
export function violatesConstraint(error: unknown, constraint: string, kind?: DatabaseErrorKind): boolean {
  const known = classifyDatabaseError(error);
  return (
    known !== undefined && known.constraint === constraint && (kind === undefined || known.kind === kind)
  );
}

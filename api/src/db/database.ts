// Opens the database the API runs on: PostgreSQL when configured, otherwise an
// embedded PGlite (DESIGN.md, "embedded first"). Returns a driver adapter
// factory for PrismaClient plus the migration target for the same database:
// PGlite is single-process, so migrations must reuse the instance opened here.
import { PrismaPg } from "@prisma/adapter-pg";
import type { SqlDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import pg from "pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import type { MigrationTarget } from "./migration-target.js";
import { openPglite, type PGlite } from "./pglite.js";
import { countingAdapterFactory, type StatementListener } from "./statement-counter.js";

export type PostgresOptions = {
  kind: "postgres";
  url: string;
  /** Connections per process (pg Pool `max`); default 10. */
  poolSize?: number;
  /** Server-side limit per statement (PostgreSQL `statement_timeout`); default none. */
  statementTimeoutMs?: number;
  /** How long to wait for a connection from the pool or the server; default 10 s. */
  connectionTimeoutMs?: number;
  /** How long an idle pooled connection is kept; default 10 s. */
  idleTimeoutMs?: number;
  /** Shown in pg_stat_activity. */
  applicationName?: string;
  /** An idle pooled connection failed (e.g. server restart); the pool replaces it. Default: ignore. */
  onPoolError?: (error: Error) => void;
};

export type PgliteOptions = {
  kind: "pglite";
  /** Directory of the database files (created if missing); in memory when omitted. */
  dataDir?: string;
  /** Use this already open instance instead (it is still closed by `close()`). */
  pglite?: PGlite;
};

export type DatabaseOptions = (PostgresOptions | PgliteOptions) & {
  /** Called after every SQL statement (e.g. slow-query logging). */
  onStatement?: StatementListener;
};

export type OpenDatabase = {
  /** Pass to `new PrismaClient({ adapter })`; counts statements (statement-counter.ts). */
  adapterFactory: SqlDriverAdapterFactory;
  /** The same database, for `applyMigrations`. */
  migrationTarget: MigrationTarget;
  /** Closes the pool or the PGlite instance; disconnect PrismaClient first. */
  close(): Promise<void>;
};

function openPostgres(options: PostgresOptions): OpenDatabase {
  const pool = new pg.Pool({
    connectionString: options.url,
    max: options.poolSize ?? 10,
    connectionTimeoutMillis: options.connectionTimeoutMs ?? 10_000,
    idleTimeoutMillis: options.idleTimeoutMs ?? 10_000,
    application_name: options.applicationName,
    statement_timeout: options.statementTimeoutMs,
  });
  // Without a listener, an idle client losing its connection crashes the process.
  pool.on("error", options.onPoolError ?? (() => {}));
  let ending: Promise<void> | undefined;
  return {
    adapterFactory: new PrismaPg(pool),
    migrationTarget: { kind: "postgres", url: options.url },
    close: () => {
      // pg throws if a pool is ended twice.
      ending ??= pool.end();
      return ending;
    },
  };
}

async function openEmbedded(options: PgliteOptions): Promise<OpenDatabase> {
  const pglite = options.pglite ?? (await openPglite(options.dataDir));
  return {
    adapterFactory: new PrismaPGlite(pglite),
    migrationTarget: { kind: "pglite", pglite },
    close: () => (pglite.closed ? Promise.resolve() : pglite.close()),
  };
}

export async function openDatabase(options: DatabaseOptions): Promise<OpenDatabase> {
  const database = options.kind === "postgres" ? openPostgres(options) : await openEmbedded(options);
  return {
    ...database,
    adapterFactory: countingAdapterFactory(database.adapterFactory, options.onStatement),
  };
}

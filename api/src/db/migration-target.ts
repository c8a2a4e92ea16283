// Where migrations are applied, and the driver adapter factory the schema
// engine uses to reach it. The shadow database (needed to replay migrations
// for `diff`) is always a throw-away in-memory PGlite, so no server is needed.
import { PrismaPg } from "@prisma/adapter-pg";
import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { openPglite, type PGlite } from "./pglite.js";
import { withScriptRunner } from "./script-adapters.js";

export type MigrationTarget = { kind: "postgres"; url: string } | { kind: "pglite"; pglite: PGlite };

/** An adapter factory plus `close()`, which releases every connection it handed out. */
export type ClosableAdapterFactory = {
  factory: SqlMigrationAwareDriverAdapterFactory;
  close(): Promise<void>;
};

async function connectPostgres(url: string): Promise<SqlDriverAdapter> {
  // One connection: the engine's advisory lock and the migration it guards must
  // share a session, as with `prisma migrate deploy`.
  const adapter = await new PrismaPg({ connectionString: url, max: 1 }).connect();
  const pool = adapter.underlyingDriver();
  return withScriptRunner(adapter, async (script) => {
    await pool.query(script);
  });
}

async function connectPglite(pglite: PGlite, closeAfter: boolean): Promise<SqlDriverAdapter> {
  const adapter = await new PrismaPGlite(pglite).connect();
  return withScriptRunner(
    adapter,
    async (script) => {
      await pglite.exec(script);
    },
    closeAfter ? () => pglite.close() : undefined,
  );
}

/**
 * A factory for `target`; `scratch` stands for "no real database": `diff`
 * only asks the main database for its version, so the main and the shadow
 * connections share one throw-away in-memory PGlite (one PGlite start is ~1 s).
 */
export function migrationAdapterFactory(
  target: MigrationTarget | { kind: "scratch" },
): ClosableAdapterFactory {
  const open = new Set<SqlDriverAdapter>();
  let scratch: Promise<PGlite> | undefined;
  const openScratch = () => {
    scratch ??= openPglite();
    return scratch;
  };
  // The engine does not dispose everything it connects; track and release here.
  const track = async (connecting: Promise<SqlDriverAdapter>): Promise<SqlDriverAdapter> => {
    const adapter = await connecting;
    let disposed = false;
    const tracked: SqlDriverAdapter = {
      ...adapter,
      dispose: async () => {
        if (disposed) return;
        disposed = true;
        open.delete(tracked);
        await adapter.dispose();
      },
    };
    open.add(tracked);
    return tracked;
  };
  const connectShadow = async () =>
    target.kind === "scratch"
      ? connectPglite(await openScratch(), false)
      : connectPglite(await openPglite(), true);
  const factory: SqlMigrationAwareDriverAdapterFactory = {
    provider: "postgres",
    adapterName: target.kind === "postgres" ? "@prisma/adapter-pg" : "pglite-prisma-adapter",
    connect: () => {
      switch (target.kind) {
        case "postgres":
          return track(connectPostgres(target.url));
        case "pglite":
          return track(connectPglite(target.pglite, false));
        case "scratch":
          return track(connectShadow());
      }
    },
    connectToShadowDb: () => track(connectShadow()),
  };
  return {
    factory,
    close: async () => {
      await Promise.all([...open].map((adapter) => adapter.dispose()));
      if (scratch) await (await scratch).close();
    },
  };
}

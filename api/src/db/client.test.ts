// createPrismaClient with the Campus client: PostgreSQL pool options reach the
// server, PGlite persists in its directory and has the extensions, disconnect
// closes everything. Raw queries only: the data model is not this module's concern.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "./client.js";
import { currentStatementCount, runWithStatementCounter, type StatementEvent } from "./statement-counter.js";
import { createScratchDatabase, type ScratchDatabase } from "./test-fixtures/scratch.js";

describe("createPrismaClient on PostgreSQL", () => {
  let scratch: ScratchDatabase;

  beforeAll(async () => {
    scratch = await createScratchDatabase();
  });

  afterAll(async () => {
    await scratch?.drop();
  });

  it("applies the pool's session settings and reports statements", async () => {
    const events: StatementEvent[] = [];
    const db = await createPrismaClient({
      kind: "postgres",
      url: scratch.url,
      poolSize: 2,
      statementTimeoutMs: 1500,
      connectionTimeoutMs: 2000,
      applicationName: "campus-dbtool-test",
      onStatement: (event) => events.push(event),
    });
    try {
      const rows = await db.prisma.$queryRaw<{ timeout: string; app: string }[]>`
        SELECT current_setting('statement_timeout') AS timeout, current_setting('application_name') AS app`;
      expect(rows).toEqual([{ timeout: "1500ms", app: "campus-dbtool-test" }]);
      expect(events.map((event) => event.sql)).toEqual([expect.stringContaining("statement_timeout")]);
      expect(db.migrationTarget).toEqual({ kind: "postgres", url: scratch.url });
    } finally {
      await db.disconnect();
      await db.disconnect(); // idempotent
    }
  });
});

describe("createPrismaClient on PGlite", () => {
  let dataDir: string;

  beforeAll(async () => {
    dataDir = join(await mkdtemp(join(tmpdir(), "campus-dbtool-")), "pglite");
  });

  afterAll(async () => {
    await rm(join(dataDir, ".."), { recursive: true, force: true });
  });

  it("stores data in its directory across restarts", async () => {
    const first = await createPrismaClient({ kind: "pglite", dataDir });
    await first.prisma.$executeRaw`CREATE TABLE kept (value text)`;
    await first.prisma.$executeRaw`INSERT INTO kept VALUES ('still here')`;
    await first.disconnect();

    const second = await createPrismaClient({ kind: "pglite", dataDir });
    try {
      expect(await second.prisma.$queryRaw`SELECT value FROM kept`).toEqual([{ value: "still here" }]);
      expect(second.migrationTarget.kind).toBe("pglite");
    } finally {
      await second.disconnect();
    }
  }, 30_000);

  it("runs in memory with the extensions the migrations use", async () => {
    const db = await createPrismaClient({ kind: "pglite" });
    try {
      for (const extension of ["btree_gist", "pg_trgm", "unaccent", "citext"]) {
        await db.prisma.$executeRawUnsafe(`CREATE EXTENSION IF NOT EXISTS ${extension}`);
      }
      await runWithStatementCounter(async () => {
        await db.prisma.$transaction(async (tx) => {
          await tx.$queryRaw`SELECT unaccent('Été')::text AS plain`;
          await tx.$queryRaw`SELECT similarity('campus', 'campsu')::text AS score`;
        });
        expect(currentStatementCount()).toBe(2);
      });
    } finally {
      await db.disconnect();
    }
  }, 30_000);
});

// applyMigrations on a real PostgreSQL server and on PGlite: the fixture
// migrations (tables, then hand-written extensions/CHECK/EXCLUDE/partial
// indexes/plpgsql) apply, are recorded like `prisma migrate deploy`, and a
// second run applies nothing.
import { createHash } from "node:crypto";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { MigrationTarget } from "./migration-target.js";
import { applyMigrations } from "./migrations.js";
import { openPglite, type PGlite } from "./pglite.js";
import { fixtureMigrationsDir } from "./test-fixtures/fixture-client.js";
import {
  copyFixtureProject,
  createScratchDatabase,
  type ScratchDatabase,
  type ScratchProject,
} from "./test-fixtures/scratch.js";

const fixtureNames = ["20250101000000_init", "20250101000100_constraints"];

type Row = Record<string, unknown>;
type Query = (sql: string) => Promise<Row[]>;

type Backend = {
  label: string;
  open(): Promise<{ target: MigrationTarget; query: Query; close(): Promise<void> }>;
};

const postgres: Backend = {
  label: "PostgreSQL",
  async open() {
    const database: ScratchDatabase = await createScratchDatabase();
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    return {
      target: { kind: "postgres", url: database.url },
      query: async (sql) => (await client.query(sql)).rows as Row[],
      close: async () => {
        await client.end();
        await database.drop();
      },
    };
  },
};

const pglite: Backend = {
  label: "PGlite",
  async open() {
    const db: PGlite = await openPglite();
    return {
      target: { kind: "pglite", pglite: db },
      query: async (sql) => (await db.query<Row>(sql)).rows,
      close: () => db.close(),
    };
  },
};

async function addMigration(project: ScratchProject, name: string, sql: string): Promise<void> {
  await mkdir(join(project.migrationsDir, name));
  await writeFile(join(project.migrationsDir, name, "migration.sql"), sql);
}

describe.each([postgres, pglite])("applyMigrations on $label", (backend) => {
  let project: ScratchProject;
  let db: Awaited<ReturnType<Backend["open"]>>;

  beforeAll(async () => {
    project = await copyFixtureProject();
    db = await backend.open();
  }, 60_000);

  afterAll(async () => {
    await db?.close();
    await project?.remove();
  });

  it("applies every migration to an empty database, then none", async () => {
    const dirs = { migrationsDir: project.migrationsDir };
    expect(await applyMigrations(db.target, dirs)).toEqual(fixtureNames);
    expect(await applyMigrations(db.target, dirs)).toEqual([]);
  }, 60_000);

  it("records them in _prisma_migrations as prisma migrate deploy does", async () => {
    const rows = await db.query(
      `SELECT migration_name, checksum, finished_at IS NOT NULL AS finished, rolled_back_at, logs, applied_steps_count
       FROM _prisma_migrations ORDER BY migration_name`,
    );
    const expected = await Promise.all(
      fixtureNames.map(async (name) => ({
        migration_name: name,
        // migrate deploy stores the SHA-256 of the file; a mismatch would make it report an edited migration.
        checksum: createHash("sha256")
          .update(await readFile(join(project.migrationsDir, name, "migration.sql")))
          .digest("hex"),
        finished: true,
        rolled_back_at: null,
        logs: null,
        applied_steps_count: 1,
      })),
    );
    expect(rows).toEqual(expected);
  });

  it("runs the hand-written SQL: extensions, CHECK, EXCLUDE, partial unique index, trigger", async () => {
    const extensions = await db.query(`SELECT extname FROM pg_extension ORDER BY extname`);
    expect(extensions.map((row) => row.extname)).toEqual(
      expect.arrayContaining(["btree_gist", "citext", "pg_trgm", "unaccent"]),
    );
    const constraints = await db.query(
      `SELECT conname, contype::text AS type FROM pg_constraint
       WHERE contype IN ('c', 'x') AND conrelid IN ('"Venue"'::regclass, '"Schedule"'::regclass) ORDER BY conname`,
    );
    expect(constraints).toEqual([
      { conname: "Schedule_ends_after_starts", type: "c" },
      { conname: "Schedule_no_overlap_per_venue", type: "x" },
      { conname: "Venue_capacity_positive", type: "c" },
    ]);
    const indexes = await db.query(`SELECT indexname FROM pg_indexes WHERE indexname IN
      ('Schedule_active_start_key', 'Venue_name_lower_key', 'Venue_name_trgm_idx', 'Venue_search_idx')`);
    expect(indexes).toHaveLength(4);
    // The trigger body contains `;`: it only exists if the script was not split on `;`.
    await db.query(`INSERT INTO "Venue" (id, name, capacity) VALUES (gen_random_uuid(), '  Salle Été  ', 5)`);
    expect(await db.query(`SELECT name FROM "Venue"`)).toEqual([{ name: "Salle Été" }]);
    // Full-text search plumbing works on both: unaccent, tsvector, pg_trgm.
    const [found] = await db.query(
      `SELECT search @@ to_tsquery('simple', 'ete') AS fts, similarity(name, 'Sale Ete') > 0.1 AS trgm FROM "Venue"`,
    );
    expect(found).toEqual({ fts: true, trgm: true });
  });

  it("applies only migrations added later", async () => {
    await addMigration(project, "20250101000200_venue_city", `ALTER TABLE "Venue" ADD COLUMN "city" TEXT;`);
    expect(await applyMigrations(db.target, { migrationsDir: project.migrationsDir })).toEqual([
      "20250101000200_venue_city",
    ]);
  }, 60_000);

  it("fails loudly on a broken migration and rolls back its earlier statements", async () => {
    await addMigration(
      project,
      "20250101000300_broken",
      `CREATE TABLE "Half" (id INT);\nALTER TABLE "NoSuchTable" ADD COLUMN x INT;`,
    );
    await expect(applyMigrations(db.target, { migrationsDir: project.migrationsDir })).rejects.toThrow(
      /NoSuchTable/,
    );
    // One script, one implicit transaction, as with migrate deploy: no half-applied migration.
    expect(await db.query(`SELECT to_regclass('"Half"')::text AS half`)).toEqual([{ half: null }]);
    const [failed] = await db.query(
      `SELECT finished_at, logs FROM _prisma_migrations WHERE migration_name = '20250101000300_broken'`,
    );
    expect(failed?.finished_at).toBeNull();
    expect(String(failed?.logs)).toMatch(/NoSuchTable/);
    // Like migrate deploy, a failed migration blocks later runs until it is resolved.
    await expect(applyMigrations(db.target, { migrationsDir: project.migrationsDir })).rejects.toThrow(
      /failed migrations/i,
    );
  }, 60_000);
});

describe("applyMigrations from several processes at once (API replicas starting)", () => {
  it("applies each migration once: the engine holds an advisory lock", async () => {
    const database = await createScratchDatabase();
    try {
      const target: MigrationTarget = { kind: "postgres", url: database.url };
      const runs = await Promise.all(
        [1, 2, 3].map(() => applyMigrations(target, { migrationsDir: fixtureMigrationsDir })),
      );
      expect(runs.flat().sort()).toEqual(fixtureNames);
    } finally {
      await database.drop();
    }
  }, 60_000);
});

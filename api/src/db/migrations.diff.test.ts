// diffMigrationsToSchema and createMigration on a temporary copy of the fixture
// project. The key property: hand-written SQL Prisma cannot express (extensions,
// CHECK, EXCLUDE, partial and expression indexes, triggers) does not show up as
// drift, so `db:migration` never proposes to drop it.
import { mkdir, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { readMigrations, readSchemaFiles } from "./migration-files.js";
import { migrationAdapterFactory } from "./migration-target.js";
import {
  applyMigrations,
  createMigration,
  diffMigrationsToSchema,
  EmptyMigrationError,
  migrationSlug,
  migrationTimestamp,
} from "./migrations.js";
import { openPglite } from "./pglite.js";
import { openSchemaEngine } from "./schema-engine.js";
import { copyFixtureProject, type ScratchProject } from "./test-fixtures/scratch.js";

const slow = { timeout: 60_000 };
let project: ScratchProject;

afterEach(async () => {
  await project?.remove();
});

async function addVenueCity(): Promise<void> {
  const file = join(project.schemaDir, "training.prisma");
  const schema = await readFile(file, "utf8");
  await writeFile(file, schema.replace("  capacity  Int\n", "  capacity  Int\n  city      String?\n"));
}

describe("diffMigrationsToSchema", () => {
  beforeEach(async () => {
    project = await copyFixtureProject();
  });

  it("is empty when the migrations, hand-written constraints included, match the schema", slow, async () => {
    expect(await diffMigrationsToSchema(project)).toBe("");
  });

  it(
    "is empty between a migrated database and the schema (no drift from hand-written SQL)",
    slow,
    async () => {
      // Introspects the live database, which only works through the PGlite adapter:
      // @prisma/adapter-pg cannot read the catalog's "char" columns the engine queries.
      const pglite = await openPglite();
      const target = { kind: "pglite" as const, pglite };
      await applyMigrations(target, project);
      const files = await readSchemaFiles(project.schemaDir);
      const adapters = migrationAdapterFactory(target);
      const engine = await openSchemaEngine({ schemaFiles: files, adapterFactory: adapters.factory });
      try {
        const result = await engine.diff({
          from: { tag: "schemaDatasource", files, configDir: project.root },
          to: { tag: "schemaDatamodel", files },
          script: true,
          exitCode: null,
          filters: { externalTables: [], externalEnums: [] },
        });
        expect(result.stdout?.trim()).toBe("-- This is an empty migration.");
      } finally {
        engine.free();
        await adapters.close();
        await pglite.close();
      }
    },
  );

  it("returns only the change, without touching hand-written constraints", slow, async () => {
    await addVenueCity();
    const sql = await diffMigrationsToSchema(project);
    expect(sql).toContain(`ALTER TABLE "Venue" ADD COLUMN     "city" TEXT;`);
    expect(sql).not.toMatch(/DROP|Schedule_no_overlap_per_venue|Venue_capacity_positive/);
  });

  it("does report hand-written plain-column indexes and columns the schema lacks", slow, async () => {
    // The rule the fixture follows: declare those in the schema (same `map` name),
    // or the next generated migration drops them.
    const dir = join(project.migrationsDir, "20250101000200_undeclared");
    await mkdir(dir);
    await writeFile(
      join(dir, "migration.sql"),
      `CREATE INDEX "Schedule_startsAt_idx" ON "Schedule" ("startsAt");\nALTER TABLE "Venue" ADD COLUMN "legacy" TEXT;`,
    );
    const sql = await diffMigrationsToSchema(project);
    expect(sql).toContain(`DROP INDEX "Schedule_startsAt_idx"`);
    expect(sql).toContain(`DROP COLUMN "legacy"`);
  });

  it("creates everything from an empty migrations directory without a lockfile", slow, async () => {
    await rm(project.migrationsDir, { recursive: true });
    const sql = await diffMigrationsToSchema(project);
    expect(sql).toContain(`CREATE TABLE "Venue"`);
    expect(sql).toContain(`CREATE TABLE "Schedule"`);
  });
});

describe("createMigration", () => {
  it(
    "writes <timestamp>_<name>/migration.sql with the diff, after which the diff is empty",
    slow,
    async () => {
      project = await copyFixtureProject();
      await addVenueCity();
      const created = await createMigration("Add venue city", {
        ...project,
        now: new Date("2031-02-03T04:05:06Z"),
      });
      expect(created.name).toBe("20310203040506_add_venue_city");
      expect(created.path).toBe(join(project.migrationsDir, created.name, "migration.sql"));
      expect(await readFile(created.path, "utf8")).toBe(created.sql);
      expect(created.sql).toContain(`ADD COLUMN     "city" TEXT`);
      expect(await diffMigrationsToSchema(project)).toBe("");
    },
  );

  it("refuses an empty diff and writes nothing", slow, async () => {
    project = await copyFixtureProject();
    const before = await readdir(project.migrationsDir);
    await expect(createMigration("nothing", project)).rejects.toThrow(EmptyMigrationError);
    await expect(createMigration("nothing", project)).rejects.toThrow(/No schema changes/);
    expect(await readdir(project.migrationsDir)).toEqual(before);
  });

  it("starts a new project: first migration plus migration_lock.toml", slow, async () => {
    project = await copyFixtureProject({ withMigrations: false });
    const created = await createMigration("init", { ...project, now: new Date("2030-01-01T00:00:00Z") });
    expect(created.name).toBe("20300101000000_init");
    const lock = await readFile(join(project.migrationsDir, "migration_lock.toml"), "utf8");
    expect(lock).toContain(`provider = "postgresql"`);
    expect((await readMigrations(project.migrationsDir)).migrationDirectories.map((dir) => dir.path)).toEqual(
      ["20300101000000_init"],
    );
  });

  it("orders a migration created in the same second after the previous one", slow, async () => {
    project = await copyFixtureProject();
    await addVenueCity();
    // The fixture's latest migration is 20250101000100; a clock behind it must not sort before it.
    const created = await createMigration("city", { ...project, now: new Date("2025-01-01T00:00:00Z") });
    expect(created.name).toBe("20250101000101_city");
  });
});

describe("migration names", () => {
  it("uses Prisma's UTC timestamp and a lower-case slug", () => {
    expect(migrationTimestamp(new Date("2024-12-31T23:59:58.999Z"))).toBe("20241231235958");
    expect(migrationSlug(" Add Venue-City! ")).toBe("add_venue_city");
    expect(() => migrationSlug("!!!")).toThrow(/invalid migration name/);
  });
});

// Apply, diff and create migrations through the WASM schema engine: the same
// operations as `prisma migrate deploy` / `migrate diff` / `migrate dev
// --create-only`, without the native engine the Prisma CLI cannot download here.
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { SchemaFilter } from "@prisma/schema-engine-wasm/schema_engine_bg";
import {
  lockfileContent,
  lockfileName,
  migrationFileName,
  readMigrations,
  readSchemaFiles,
} from "./migration-files.js";
import {
  type ClosableAdapterFactory,
  type MigrationTarget,
  migrationAdapterFactory,
} from "./migration-target.js";
import { defaultMigrationsDir, defaultSchemaDir } from "./paths.js";
import { openSchemaEngine, type SchemaEngine, type SchemaFile } from "./schema-engine.js";

export type { MigrationTarget };
export { readMigrations, readSchemaFiles };

export type MigrationDirs = {
  /** Directory of `*.prisma` files; defaults to `<repo>/prisma/schema`. */
  schemaDir?: string;
  /** Directory of `<timestamp>_<name>/migration.sql`; defaults to `<repo>/prisma/migrations`. */
  migrationsDir?: string;
  /** Receives the schema engine's log lines. */
  onLog?: (line: string) => void;
};

const noFilter: SchemaFilter = { externalTables: [], externalEnums: [] };

// Applying committed SQL does not depend on the data model, only on the
// provider, so a running server never needs its schema files to migrate.
const providerOnlySchema: SchemaFile[] = [
  { path: "datasource.prisma", content: 'datasource db {\n  provider = "postgresql"\n}\n' },
];

async function withEngine<T>(
  adapters: ClosableAdapterFactory,
  schemaFiles: SchemaFile[],
  onLog: ((line: string) => void) | undefined,
  work: (engine: SchemaEngine) => Promise<T>,
): Promise<T> {
  const engine = await openSchemaEngine({ schemaFiles, adapterFactory: adapters.factory, onLog });
  try {
    return await work(engine);
  } finally {
    engine.free();
    await adapters.close();
  }
}

/**
 * Applies the migrations of `migrationsDir` not yet recorded in the target's
 * `_prisma_migrations` table and returns their names (empty when up to date).
 */
export async function applyMigrations(target: MigrationTarget, dirs: MigrationDirs = {}): Promise<string[]> {
  const migrationsList = await readMigrations(dirs.migrationsDir ?? defaultMigrationsDir);
  migrationsList.lockfile.content ??= lockfileContent;
  const output = await withEngine(migrationAdapterFactory(target), providerOnlySchema, dirs.onLog, (engine) =>
    engine.applyMigrations({ migrationsList, filters: noFilter }),
  );
  return output.appliedMigrationNames;
}

/**
 * The SQL that takes a database from the committed migrations to the current
 * Prisma schema; empty when they agree. The migrations are replayed on an
 * in-memory PGlite shadow database, so no server is needed.
 */
export async function diffMigrationsToSchema(dirs: MigrationDirs = {}): Promise<string> {
  const schemaFiles = await readSchemaFiles(dirs.schemaDir ?? defaultSchemaDir);
  const migrationsList = await readMigrations(dirs.migrationsDir ?? defaultMigrationsDir);
  // The engine takes the provider from the lockfile, which a new project lacks.
  migrationsList.lockfile.content ??= lockfileContent;
  const result = await withEngine(
    migrationAdapterFactory({ kind: "scratch" }),
    schemaFiles,
    dirs.onLog,
    (engine) =>
      engine.diff({
        from: { tag: "migrations", ...migrationsList },
        to: { tag: "schemaDatamodel", files: schemaFiles },
        script: true,
        exitCode: null,
        filters: noFilter,
      }),
  );
  const script = result.stdout ?? "";
  return isEmptyScript(script) ? "" : script;
}

// The engine renders "no changes" as a comment-only script.
function isEmptyScript(script: string): boolean {
  return script
    .split("\n")
    .map((line) => line.trim())
    .every((line) => line === "" || line.startsWith("--"));
}

export class EmptyMigrationError extends Error {
  constructor(migrationsDir: string) {
    super(
      `No schema changes: the migrations in ${migrationsDir} already match the Prisma schema. Nothing was written.`,
    );
    this.name = "EmptyMigrationError";
  }
}

export type CreatedMigration = { name: string; path: string; sql: string };

/** `20240131235959`: the UTC timestamp Prisma prefixes migration directories with. */
export function migrationTimestamp(date: Date): string {
  return date.toISOString().replace(/[-:T]/g, "").slice(0, 14);
}

/** Lower-case words joined by `_`, as Prisma names migration directories. */
export function migrationSlug(name: string): string {
  const slug = name
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "_")
    .replace(/^_+|_+$/g, "")
    .slice(0, 200);
  if (slug === "")
    throw new Error(`invalid migration name ${JSON.stringify(name)}: use letters, digits and _`);
  return slug;
}

/**
 * Writes `<migrationsDir>/<timestamp>_<name>/migration.sql` with the diff from the
 * committed migrations to the schema (and `migration_lock.toml` if missing).
 * Throws `EmptyMigrationError` when there is nothing to migrate.
 */
export async function createMigration(
  name: string,
  dirs: MigrationDirs & { now?: Date } = {},
): Promise<CreatedMigration> {
  const slug = migrationSlug(name);
  const migrationsDir = dirs.migrationsDir ?? defaultMigrationsDir;
  const sql = await diffMigrationsToSchema({ ...dirs, migrationsDir });
  if (sql === "") throw new EmptyMigrationError(migrationsDir);
  const existing = (await readMigrations(migrationsDir)).migrationDirectories.map((dir) => dir.path);
  const dirName = `${nextTimestamp(dirs.now ?? new Date(), existing)}_${slug}`;
  const path = join(migrationsDir, dirName, migrationFileName);
  await mkdir(join(migrationsDir, dirName), { recursive: true });
  await writeFile(path, sql);
  // `wx`: never overwrite a lockfile someone committed.
  await writeFile(join(migrationsDir, lockfileName), lockfileContent, { flag: "wx" }).catch(
    (error: unknown) => {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    },
  );
  return { name: dirName, path, sql };
}

// Migrations apply in name order: a new one must sort after every existing one,
// even if two are created within a second or a clock runs behind.
function nextTimestamp(now: Date, existing: string[]): string {
  const candidate = migrationTimestamp(now);
  const latest = existing
    .map((name) => name.slice(0, 14))
    .filter((prefix) => /^\d{14}$/.test(prefix))
    .sort()
    .at(-1);
  if (latest === undefined || candidate > latest) return candidate;
  const [, y, mo, d, h, mi, s] = latest.match(/^(\d{4})(\d\d)(\d\d)(\d\d)(\d\d)(\d\d)$/) ?? [];
  return migrationTimestamp(
    new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s) + 1)),
  );
}

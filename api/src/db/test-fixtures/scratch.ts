// Throw-away databases and directories for the db tooling tests.
import { randomUUID } from "node:crypto";
import { cp, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { fixtureMigrationsDir, fixtureSchemaDir } from "./fixture-client.js";

/** Server and role for scratch databases (DESIGN.md: local PostgreSQL 15, trust auth). */
const adminUrl = process.env.TEST_POSTGRES_ADMIN_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";

export type ScratchDatabase = { name: string; url: string; drop(): Promise<void> };

async function asAdmin(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** A new empty PostgreSQL database named campus_dbtool_*; `drop()` removes it. */
export async function createScratchDatabase(): Promise<ScratchDatabase> {
  const name = `campus_dbtool_${randomUUID().replace(/-/g, "").slice(0, 12)}`;
  await asAdmin(`CREATE DATABASE "${name}"`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    name,
    url: url.toString(),
    // FORCE: a leaked pool connection must not leave the database behind.
    drop: () => asAdmin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`),
  };
}

export type ScratchProject = {
  root: string;
  schemaDir: string;
  migrationsDir: string;
  remove(): Promise<void>;
};

/** A temporary copy of the fixture schema and migrations that a test may change. */
export async function copyFixtureProject(
  options: { withMigrations?: boolean } = {},
): Promise<ScratchProject> {
  const root = await mkdtemp(join(tmpdir(), "campus-dbtool-"));
  const schemaDir = join(root, "schema");
  const migrationsDir = join(root, "migrations");
  await cp(fixtureSchemaDir, schemaDir, { recursive: true });
  if (options.withMigrations ?? true) await cp(fixtureMigrationsDir, migrationsDir, { recursive: true });
  return { root, schemaDir, migrationsDir, remove: () => rm(root, { recursive: true, force: true }) };
}

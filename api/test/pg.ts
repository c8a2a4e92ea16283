import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import pg from "pg";
import { repoRoot } from "../src/config.js";

/** The PostgreSQL server the tests use (DESIGN.md: trust auth on loopback). */
export const adminUrl =
  process.env.TEST_DATABASE_ADMIN_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";

export function databaseUrl(name: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** Runs statements on the admin connection (CREATE/DROP DATABASE cannot run in a transaction). */
export async function admin<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** Template name changes whenever a migration changes, so a stale template is never reused. */
export function templateName(): string {
  const dir = join(repoRoot, "prisma/migrations");
  const hash = createHash("sha256");
  const entries = readdirSync(dir, { withFileTypes: true }).filter((e) => e.isDirectory());
  for (const { name: entry } of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    hash.update(entry);
    hash.update(readFileSync(join(dir, entry, "migration.sql")));
  }
  return `campus_template_${hash.digest("hex").slice(0, 12)}`;
}

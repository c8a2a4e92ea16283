// `pnpm db:migrate`: applies the committed migrations to DATABASE_URL, or to the
// embedded PGlite database in <repo>/.data/pglite when DATABASE_URL is unset.
// Stop the API first when using PGlite: one process at a time may open its directory.
import { applyMigrations, type MigrationTarget } from "../migrations.js";
import { defaultMigrationsDir, defaultPgliteDir } from "../paths.js";
import { openPglite } from "../pglite.js";

// Never print a password that is part of the URL.
function describeUrl(url: string): string {
  try {
    const parsed = new URL(url);
    parsed.password = parsed.password ? "***" : "";
    return parsed.toString();
  } catch {
    return "DATABASE_URL";
  }
}

async function main(): Promise<void> {
  const url = process.env.DATABASE_URL;
  const pglite = url ? undefined : await openPglite(defaultPgliteDir);
  const target: MigrationTarget = pglite ? { kind: "pglite", pglite } : { kind: "postgres", url: url ?? "" };
  const where = pglite ? `PGlite at ${defaultPgliteDir}` : `PostgreSQL ${describeUrl(url ?? "")}`;
  try {
    const applied = await applyMigrations(target, { migrationsDir: defaultMigrationsDir });
    if (applied.length === 0) {
      console.log(`${where}: already up to date.`);
      return;
    }
    console.log(`${where}: applied ${applied.length} migration(s):`);
    for (const name of applied) console.log(`  ${name}`);
  } finally {
    await pglite?.close();
  }
}

main().catch((error: unknown) => {
  console.error(`db:migrate failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});

// `pnpm db:migration <name>`: writes prisma/migrations/<timestamp>_<name>/migration.sql
// with the SQL from the committed migrations to the current Prisma schema.
// `pnpm db:migration --check`: exits 1 and prints the SQL if the schema has
// changes no migration covers (for CI). Needs no database server.
import { createMigration, diffMigrationsToSchema, EmptyMigrationError } from "../migrations.js";
import { defaultMigrationsDir, defaultSchemaDir, repoRoot } from "../paths.js";

const dirs = { schemaDir: defaultSchemaDir, migrationsDir: defaultMigrationsDir };
const usage = "usage: pnpm db:migration <name>   (e.g. add_venue_capacity)\n       pnpm db:migration --check";

async function check(): Promise<void> {
  const sql = await diffMigrationsToSchema(dirs);
  if (sql === "") {
    console.log("Migrations match the Prisma schema.");
    return;
  }
  console.error("The Prisma schema has changes no migration covers. Run `pnpm db:migration <name>`:\n");
  console.error(sql);
  process.exitCode = 1;
}

async function create(name: string): Promise<void> {
  try {
    const created = await createMigration(name, dirs);
    console.log(`Wrote ${created.path.replace(repoRoot, "")}:\n`);
    console.log(created.sql);
    console.log(
      "Review it, add what Prisma cannot express (CHECK, EXCLUDE, partial indexes), then `pnpm db:migrate`.",
    );
  } catch (error) {
    if (!(error instanceof EmptyMigrationError)) throw error;
    console.error(error.message);
    process.exitCode = 1;
  }
}

async function main(args: string[]): Promise<void> {
  const [first] = args;
  if (args.length !== 1 || first === undefined || first === "--help" || first === "-h") {
    console.error(usage);
    process.exitCode = 2;
    return;
  }
  await (first === "--check" ? check() : create(first));
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(`db:migration failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});

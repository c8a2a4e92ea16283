// The database the seed CLI writes to: DATABASE_URL's PostgreSQL, else the
// API's embedded PGlite database (DATA_DIR/pglite, like the API itself), which
// is migrated first so `pnpm db:seed` works on a fresh clone. Stop the API
// before seeding the embedded database: PGlite allows one process per directory.
import { loadConfig } from "../../api/src/config.js";
import { createPrismaClient } from "../../api/src/db/client.js";
import { applyMigrations } from "../../api/src/db/migrations.js";
import type { PrismaClient } from "../../api/src/generated/prisma/client.js";

export type SeedClient = { prisma: PrismaClient; close(): Promise<void> };

export async function openSeedClient(env: NodeJS.ProcessEnv = process.env): Promise<SeedClient> {
  const config = loadConfig(env);
  const database =
    config.database.kind === "postgres"
      ? await createPrismaClient({
          kind: "postgres",
          url: config.database.url,
          applicationName: "campus-seed",
        })
      : await createPrismaClient({ kind: "pglite", dataDir: config.database.dir });
  if (config.database.kind === "pglite") await applyMigrations(database.migrationTarget);
  return { prisma: database.prisma, close: () => database.disconnect() };
}

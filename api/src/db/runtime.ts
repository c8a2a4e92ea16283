// The database of a running API process: opened from the config, migrated,
// and (embedded default) seeded with demo data on its first start.
import type { Config } from "../config.js";
import type { Logger } from "../logger.js";
import { type CampusPrisma, createPrismaClient } from "./client.js";
import { applyMigrations } from "./migrations.js";

export interface Database {
  prisma: CampusPrisma;
  /** True when a trivial query answers (readiness). */
  ping(): Promise<boolean>;
  close(): Promise<void>;
}

export async function createDatabase(config: Config, logger: Logger): Promise<Database> {
  const db = await createPrismaClient(
    config.database.kind === "postgres"
      ? {
          kind: "postgres",
          url: config.database.url,
          poolSize: config.database.poolSize,
          statementTimeoutMs: config.database.statementTimeoutMs,
          connectionTimeoutMs: config.database.poolTimeoutMs,
          applicationName: "campus-api",
          onPoolError: (error) => logger.warn({ err: error }, "idle database connection failed"),
        }
      : { kind: "pglite", dataDir: config.database.dir },
  );
  // Migrations are idempotent and take PostgreSQL's advisory lock, so every
  // replica can run them at start-up and only one applies each.
  const applied = await applyMigrations(db.migrationTarget);
  if (applied.length > 0) logger.info({ applied }, "database migrated");
  if (config.seedOnFirstStart && (await db.prisma.user.count()) === 0) {
    const { seedDemoData } = await import("../../../prisma/seed/index.js");
    const summary = await seedDemoData(db.prisma, { log: (message: string) => logger.info(message) });
    logger.info({ counts: summary.counts }, "demo data seeded (first start)");
  }
  return {
    prisma: db.prisma,
    async ping() {
      try {
        await db.prisma.$queryRaw`SELECT 1`;
        return true;
      } catch {
        return false;
      }
    },
    close: () => db.disconnect(),
  };
}

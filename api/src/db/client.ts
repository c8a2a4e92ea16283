// The PrismaClient of the API over PostgreSQL or PGlite (database.ts).
import { PrismaClient } from "../generated/prisma/client.js";
import { type DatabaseOptions, openDatabase } from "./database.js";
import type { MigrationTarget } from "./migration-target.js";

export type CampusPrisma = PrismaClient;

export type CampusDatabase = {
  prisma: CampusPrisma;
  /** The same database, for `applyMigrations(migrationTarget)` (PGlite allows one instance per directory). */
  migrationTarget: MigrationTarget;
  /** Disconnects Prisma, then closes the pool or PGlite. Safe to call twice. */
  disconnect(): Promise<void>;
};

export async function createPrismaClient(options: DatabaseOptions): Promise<CampusDatabase> {
  const database = await openDatabase(options);
  const prisma = new PrismaClient({ adapter: database.adapterFactory });
  let closing: Promise<void> | undefined;
  return {
    prisma,
    migrationTarget: database.migrationTarget,
    disconnect: () => {
      closing ??= (async () => {
        await prisma.$disconnect();
        await database.close();
      })();
      return closing;
    },
  };
}

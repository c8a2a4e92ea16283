// A Prisma client over a fresh test database, for tests of the messaging
// machinery (worker, sweep) that need no HTTP server.
import { createTestDatabase } from "../../../test/database.js";
import { type CampusPrisma, createPrismaClient } from "../../db/client.js";

export async function openTestPrisma(): Promise<{ prisma: CampusPrisma; close(): Promise<void> }> {
  const database = await createTestDatabase();
  const client = await createPrismaClient({ kind: "postgres", url: database.url, poolSize: 20 });
  return {
    prisma: client.prisma,
    async close() {
      await client.disconnect();
      await database.drop();
    },
  };
}

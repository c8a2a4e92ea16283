import type { CampusPrisma } from "../../db/client.js";
import { classifyDatabaseError } from "../../db/errors.js";
import type { Prisma } from "../../generated/prisma/client.js";

export type Tx = Prisma.TransactionClient;

/** Room to queue for a connection when many students act at once (e.g. 100 join a session). */
const LEARNING_TX = { maxWait: 15_000, timeout: 20_000 } as const;

/**
 * Runs a learning write in one transaction. Progress locks the enrollment before the course
 * (only on completion) while enrolling locks the course first, so the rare collision of the
 * two on one enrollment is a deadlock PostgreSQL breaks: the loser is retried from scratch.
 */
export async function runLearningTransaction<T>(
  prisma: CampusPrisma,
  work: (tx: Tx) => Promise<T>,
): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await prisma.$transaction(work, LEARNING_TX);
    } catch (error) {
      if (attempt < 3 && classifyDatabaseError(error)?.kind === "serialization") continue;
      throw error;
    }
  }
}

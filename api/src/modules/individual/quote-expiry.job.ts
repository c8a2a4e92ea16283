// The periodic job that marks SENT/VIEWED quotes past their validity EXPIRED.
// Idempotent (a second run finds nothing left to expire) and run by one replica
// at a time under a transaction-scoped advisory lock; the others skip the run.
import type { CampusPrisma } from "../../db/client.js";
import type { Logger } from "../../logger.js";

/** Advisory lock key of this job ("quotexp" in ASCII as a number; unique among Campus jobs). */
export const QUOTE_EXPIRY_LOCK_KEY = "32490934625187952";

export interface QuoteExpiryRun {
  ran: boolean;
  expired: number;
}

export async function expireQuotes(deps: { prisma: CampusPrisma; now?: Date }): Promise<QuoteExpiryRun> {
  const now = deps.now ?? new Date();
  return deps.prisma.$transaction(async (tx) => {
    const [lock] = await tx.$queryRaw<{ locked: boolean }[]>`
      SELECT pg_try_advisory_xact_lock(${QUOTE_EXPIRY_LOCK_KEY}::bigint) AS locked`;
    if (!lock?.locked) return { ran: false, expired: 0 };
    // Index course_quotes(status, valid_until).
    const expired = await tx.$executeRaw`
      UPDATE course_quotes SET status = 'EXPIRED', updated_at = now()
      WHERE status IN ('SENT', 'VIEWED') AND valid_until <= ${now}`;
    return { ran: true, expired };
  });
}

/** Runs the job shortly after start and then every `intervalMs`; returns a stop function. */
export function scheduleQuoteExpiry(
  deps: { prisma: CampusPrisma; logger: Logger },
  intervalMs = 300_000,
): () => void {
  let running = false;
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      const run = await expireQuotes(deps);
      if (run.expired > 0) deps.logger.info(run, "quotes expired");
    } catch (error) {
      deps.logger.error({ err: error }, "quote expiry job failed");
    } finally {
      running = false;
    }
  };
  const first = setTimeout(tick, 5_000);
  const every = setInterval(tick, intervalMs);
  first.unref();
  every.unref();
  return () => {
    clearTimeout(first);
    clearInterval(every);
  };
}

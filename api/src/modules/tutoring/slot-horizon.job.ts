// The periodic job that keeps every expert's slots generated `slotHorizonWeeks`
// ahead. Idempotent (regeneration only adds what is missing), and run by one
// replica at a time: a transaction-scoped advisory lock; replicas that do not
// get it skip the run instead of waiting.
import type { CampusPrisma } from "../../db/client.js";
import type { Logger } from "../../logger.js";
import { PendingEvents } from "../../realtime/pending-events.js";
import type { CampusPubSub } from "../../realtime/pubsub.js";
import { regenerateExpertSlots, type SlotHorizon } from "./slot-generation.js";

/** Advisory lock key of this job ("slothzn" in ASCII as a number; unique among Campus jobs). */
export const SLOT_HORIZON_LOCK_KEY = "32488848271899246";

export interface SlotHorizonRun {
  ran: boolean;
  experts: number;
  changed: number;
}

export async function extendSlotHorizon(deps: {
  prisma: CampusPrisma;
  pubsub: CampusPubSub;
  horizon: SlotHorizon;
  now?: Date;
}): Promise<SlotHorizonRun> {
  const events = new PendingEvents();
  const run = await deps.prisma.$transaction(
    async (tx) => {
      const [lock] = await tx.$queryRaw<{ locked: boolean }[]>`
        SELECT pg_try_advisory_xact_lock(${SLOT_HORIZON_LOCK_KEY}::bigint) AS locked`;
      if (!lock?.locked) return { ran: false, experts: 0, changed: 0 };
      const experts = await tx.availabilityWindow.findMany({
        where: { isActive: true },
        distinct: ["expertId"],
        select: { expertId: true },
      });
      let changed = 0;
      for (const { expertId } of experts) {
        const result = await regenerateExpertSlots(tx, expertId, { ...deps.horizon, now: deps.now });
        changed += result.changed;
        events.addAll(result.events);
      }
      return { ran: true, experts: experts.length, changed };
    },
    { timeout: 300_000, maxWait: 10_000 },
  );
  events.publish(deps.pubsub);
  return run;
}

/** Runs the job now and then every `intervalMs`; returns a stop function. */
export function scheduleSlotHorizon(
  deps: Parameters<typeof extendSlotHorizon>[0] & { logger: Logger },
  intervalMs = 3_600_000,
): () => void {
  let running = false;
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      const run = await extendSlotHorizon(deps);
      if (run.ran) deps.logger.info(run, "slot horizon extended");
    } catch (error) {
      deps.logger.error({ err: error }, "slot horizon job failed");
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

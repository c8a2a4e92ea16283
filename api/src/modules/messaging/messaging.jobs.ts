// The messaging background work, started by app.ts with the other periodic jobs
// when BACKGROUND_JOBS is on. Neither needs a single runner: the outbox and the
// drip sweep both claim rows with FOR UPDATE SKIP LOCKED, so replicas share the work.
import type { CampusPrisma } from "../../db/client.js";
import type { Logger } from "../../logger.js";
import { runDripSweep } from "./drip.sweep.js";
import type { EmailWorker } from "./email-worker.js";

export function scheduleMessagingJobs(deps: {
  prisma: CampusPrisma;
  logger: Logger;
  emailWorker: EmailWorker;
  publicUrl: string;
  trackingSecret: string;
  outboxIntervalMs?: number;
  dripIntervalMs?: number;
}): () => void {
  const every = (name: string, intervalMs: number, work: () => Promise<unknown>) => {
    let running = false;
    const timer = setInterval(async () => {
      if (running) return;
      running = true;
      try {
        await work();
      } catch (error) {
        deps.logger.error({ err: error }, `${name} failed`);
      } finally {
        running = false;
      }
    }, intervalMs);
    timer.unref();
    return () => clearInterval(timer);
  };
  const stops = [
    every("email outbox", deps.outboxIntervalMs ?? 5_000, () => deps.emailWorker.drain()),
    every("drip sweep", deps.dripIntervalMs ?? 60_000, () => runDripSweep(deps)),
  ];
  return () => {
    for (const stop of stops) stop();
  };
}

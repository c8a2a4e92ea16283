// The booking reminder: 24 hours before a CONFIRMED booking starts, its learner
// gets one `booking_reminder` email. Runs in every replica: each run claims its
// bookings with a conditional UPDATE … RETURNING (rows another runner holds are
// skipped, and `reminder_sent = false` is re-checked after any wait), and queues
// the emails in that same transaction, so a booking is reminded once or, if the
// transaction fails, not at all and again next run. The outbox key
// `booking_reminder:<bookingId>` is the backstop.
import type { CampusPrisma } from "../../db/client.js";
import type { Logger } from "../../logger.js";
import { queueBookingEmail } from "./booking-emails.js";

export const REMINDER_LEAD_MS = 24 * 60 * 60_000;
const BATCH = 100;

/** Queues the reminders now due; returns how many were queued. */
export async function runBookingReminders(deps: { prisma: CampusPrisma; now?: Date }): Promise<number> {
  const now = deps.now ?? new Date();
  const until = new Date(now.getTime() + REMINDER_LEAD_MS);
  let queued = 0;
  for (;;) {
    const claimed = await deps.prisma.$transaction(
      async (tx) => {
        const rows = await tx.$queryRaw<{ id: string }[]>`
          UPDATE bookings SET reminder_sent = true, updated_at = now()
          WHERE reminder_sent = false AND status = 'CONFIRMED' AND id IN (
            SELECT id FROM bookings
            WHERE status = 'CONFIRMED' AND reminder_sent = false
              AND starts_at > ${now} AND starts_at <= ${until}
            ORDER BY starts_at LIMIT ${BATCH}
            FOR UPDATE SKIP LOCKED)
          RETURNING id`;
        for (const { id } of rows) if (await queueBookingEmail(tx, id, "booking_reminder")) queued += 1;
        return rows.length;
      },
      { timeout: 60_000, maxWait: 10_000 },
    );
    if (claimed < BATCH) return queued;
  }
}

/** Runs every `intervalMs` (default 5 minutes); returns a stop function. */
export function scheduleBookingReminders(
  deps: { prisma: CampusPrisma; logger: Logger },
  intervalMs = 300_000,
): () => void {
  let running = false;
  const timer = setInterval(async () => {
    if (running) return;
    running = true;
    try {
      const queued = await runBookingReminders(deps);
      if (queued > 0) deps.logger.info({ queued }, "booking reminders queued");
    } catch (error) {
      deps.logger.error({ err: error }, "booking reminder job failed");
    } finally {
      running = false;
    }
  }, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}

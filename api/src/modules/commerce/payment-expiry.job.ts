// The periodic payment job: unpaid booking holds past `expiresAt`, card
// authorizations older than 7 days, course checkouts abandoned for a day.
// Idempotent. A short transaction takes a transaction-scoped advisory lock
// (replicas that do not get it skip the run) and only reads the ids now due;
// after it commits, each row is handled in its own short transaction that
// re-checks it under its row locks, so an overlapping run changes nothing
// twice. No transaction is held across the run: the embedded PGlite has one
// connection, and a long one would stall every other request.
import type { Logger } from "../../logger.js";
import {
  expireAbandonedCheckout,
  expireUnpaidHold,
  type LapseDeps,
  releaseStaleAuthorization,
} from "./lapsed-payments.js";

/** Advisory lock key of this job ("paymexp" in ASCII as a number; unique among Campus jobs). */
export const PAYMENT_EXPIRY_LOCK_KEY = "31632371545897072";
/** Stripe keeps an uncaptured card authorization for 7 days. */
export const AUTHORIZATION_DAYS = 7;
/** An unpaid course checkout is abandoned after a day. */
export const CHECKOUT_HOLD_HOURS = 24;
const BATCH = 200;

export interface PaymentExpiryRun {
  ran: boolean;
  holdsExpired: number;
  authorizationsReleased: number;
  checkoutsExpired: number;
}

export async function releaseLapsedPayments(deps: LapseDeps & { now?: Date }): Promise<PaymentExpiryRun> {
  const now = deps.now ?? new Date();
  const { prisma } = deps;
  const cutoff = new Date(now.getTime() - AUTHORIZATION_DAYS * 86_400_000);
  // A short transaction: the lock, and the ids now due. Nothing else runs in it.
  const due = await prisma.$transaction(
    async (tx) => {
      const [lock] = await tx.$queryRaw<{ locked: boolean }[]>`
        SELECT pg_try_advisory_xact_lock(${PAYMENT_EXPIRY_LOCK_KEY}::bigint) AS locked`;
      if (!lock?.locked) return null;
      const holds = await tx.booking.findMany({
        where: {
          status: { in: ["PENDING", "CONFIRMED"] },
          paymentStatus: { in: ["PENDING", "FAILED"] },
          expiresAt: { lt: now },
        },
        select: { id: true },
        take: BATCH,
      });
      const authorizations = await tx.paymentTransaction.findMany({
        where: {
          kind: "BOOKING",
          status: "AUTHORIZED",
          authorizedAt: { lt: cutoff },
          bookingId: { not: null },
        },
        select: { bookingId: true },
        take: BATCH,
      });
      const abandoned = await tx.paymentTransaction.findMany({
        where: {
          kind: "COURSE_PURCHASE",
          status: { in: ["PENDING", "FAILED"] },
          createdAt: { lt: new Date(now.getTime() - CHECKOUT_HOLD_HOURS * 3_600_000) },
        },
        select: { id: true },
        take: BATCH,
      });
      return { holds, authorizations, abandoned };
    },
    { timeout: 15_000, maxWait: 10_000 },
  );
  const run: PaymentExpiryRun = {
    ran: false,
    holdsExpired: 0,
    authorizationsReleased: 0,
    checkoutsExpired: 0,
  };
  if (!due) return run;
  run.ran = true;
  // Then one short transaction per row (lapsed-payments.ts), each re-checking under its row locks.
  for (const { id } of due.holds) if (await expireUnpaidHold(deps, id, now)) run.holdsExpired += 1;
  for (const { bookingId } of due.authorizations)
    if (bookingId && (await releaseStaleAuthorization(deps, bookingId, cutoff, now)))
      run.authorizationsReleased += 1;
  for (const { id } of due.abandoned) if (await expireAbandonedCheckout(deps, id)) run.checkoutsExpired += 1;
  return run;
}

/** Runs the job every `intervalMs`; returns a stop function. */
export function schedulePaymentExpiry(deps: LapseDeps & { logger: Logger }, intervalMs = 60_000): () => void {
  let running = false;
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      const run = await releaseLapsedPayments(deps);
      if (run.holdsExpired + run.authorizationsReleased + run.checkoutsExpired > 0)
        deps.logger.info(run, "lapsed payments released");
    } catch (error) {
      deps.logger.error({ err: error }, "payment expiry job failed");
    } finally {
      running = false;
    }
  };
  const every = setInterval(tick, intervalMs);
  every.unref();
  return () => clearInterval(every);
}

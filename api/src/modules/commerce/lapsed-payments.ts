// One lapsed payment at a time, each in its own transaction (one failure
// does not undo the others): the expiry job (payment-expiry.job.ts) calls
// these. Each re-checks its condition under the row locks, so running twice,
// or racing a payment that arrives at the last second, changes nothing wrong.
import type { Prisma } from "../../generated/prisma/client.js";
import { gatewayIn } from "../../payments/gateway.js";
import { PendingEvents } from "../../realtime/pending-events.js";
import { bookingSelect } from "../booking/booking.loaders.js";
import { bookingParties } from "../booking/booking.parties.js";
import { closeBooking } from "../booking/booking-closing.js";
import type { BookingPaymentPort } from "../booking/booking-payment.port.js";
import { runBookingTransaction } from "../booking/booking-transaction.js";
import { notify } from "../notifications/notification.events.js";
import { lockBooking } from "./booking-intents.js";
import { lockedBookingPayment, recordCapture } from "./booking-money.js";
import type { CommerceDeps } from "./commerce.deps.js";
import { setPaymentStatus } from "./ledger.js";
import type { PaymentFlowService } from "./payment-flow.service.js";

export type LapseDeps = CommerceDeps & { payments: BookingPaymentPort; flow: PaymentFlowService };

const UNPAID = ["PENDING", "FAILED"];

async function inTransaction(
  deps: LapseDeps,
  work: (tx: Prisma.TransactionClient, events: PendingEvents) => Promise<boolean>,
): Promise<boolean> {
  const events = new PendingEvents();
  const done = await runBookingTransaction(deps.prisma, (tx) => work(tx, events));
  events.publish(deps.pubsub);
  return done;
}

/** An unpaid booking past its hold: cancelled by the system, its seat and its intent released. */
export async function expireUnpaidHold(deps: LapseDeps, bookingId: string, now: Date): Promise<boolean> {
  // A card confirmed at the last moment counts: read the intent before giving up on it.
  const intentId = (
    await deps.prisma.booking.findUnique({
      where: { id: bookingId },
      select: { stripePaymentIntentId: true },
    })
  )?.stripePaymentIntentId;
  if (intentId) await deps.flow.apply(await deps.gateway.retrieveIntent(intentId));
  return inTransaction(deps, async (tx, events) => {
    const booking = await lockBooking(tx, bookingId);
    if (
      !booking ||
      !["PENDING", "CONFIRMED"].includes(booking.status) ||
      !UNPAID.includes(booking.paymentStatus)
    )
      return false;
    if (!booking.expiresAt || booking.expiresAt >= now) return false;
    const closed = await closeBooking(tx, events, booking, await bookingParties(tx, booking), {
      status: "CANCELLED",
      viewer: null,
      role: "SYSTEM",
      reason: "The payment was not completed in time.",
    });
    await deps.payments.afterClosed(tx, events, { before: booking, after: closed, role: "SYSTEM", at: now });
    return true;
  });
}

/**
 * A card authorization older than Stripe's window (7 days) and still not
 * captured: released at the provider and flagged on the booking
 * (`authorizationExpiredAt`) for a new payment; a booking the expert never
 * confirmed is cancelled, since nothing holds it any more.
 */
export async function releaseStaleAuthorization(
  deps: LapseDeps,
  bookingId: string,
  cutoff: Date,
  now: Date,
): Promise<boolean> {
  return inTransaction(deps, async (tx, events) => {
    const booking = await lockBooking(tx, bookingId);
    const payment = booking ? await lockedBookingPayment(tx, bookingId) : null;
    const intentId = payment?.providerPaymentIntentId;
    if (!booking || !payment || !intentId || payment.status !== "AUTHORIZED") return false;
    if (!payment.authorizedAt || payment.authorizedAt >= cutoff) return false;
    const gateway = gatewayIn(deps.gateway, tx);
    const intent = await gateway
      .cancelIntent(intentId, `cancel:${bookingId}`)
      .catch(() => gateway.retrieveIntent(intentId));
    if (intent.status === "succeeded") {
      await recordCapture(tx, events, booking, payment, intent);
      return false;
    }
    await setPaymentStatus(tx, payment.id, "EXPIRED");
    const flagged = await tx.booking.update({
      where: { id: bookingId },
      data: { paymentStatus: "RELEASED", authorizationExpiredAt: now },
      select: bookingSelect,
    });
    const parties = await bookingParties(tx, flagged);
    if (flagged.status === "PENDING") {
      await closeBooking(tx, events, flagged, parties, {
        status: "CANCELLED",
        viewer: null,
        role: "SYSTEM",
        reason: "The card authorization expired before the booking was confirmed.",
      });
    }
    await notify(
      tx,
      events,
      [parties.learnerId, parties.expertUserId]
        .filter((u): u is string => !!u)
        .map((userId) => ({
          userId,
          type: "PAYMENT" as const,
          title: "Card authorization expired",
          description: `Booking ${booking.reference}: the card authorization lapsed before it was captured and was released.`,
          metadata: { bookingId, reference: booking.reference },
        })),
    );
    return true;
  });
}

/** A course checkout left unpaid: its intent cancelled, its discount use given back, the row EXPIRED. */
export async function expireAbandonedCheckout(deps: LapseDeps, paymentId: string): Promise<boolean> {
  return inTransaction(deps, async (tx, events) => {
    const after = await deps.flow.cancelOpen(tx, events, paymentId);
    if (after?.status !== "CANCELLED") return false;
    await setPaymentStatus(tx, paymentId, "EXPIRED");
    return true;
  });
}

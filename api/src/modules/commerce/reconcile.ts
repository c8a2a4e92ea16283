// The one place a provider's view of an intent is applied to Campus: the
// checkout's own answer, the synchronous confirmation (confirmPayment) and
// the webhooks all come here with the intent's current state.
import type { Prisma } from "../../generated/prisma/client.js";
import type { GatewayIntent } from "../../payments/gateway.js";
import type { PendingEvents } from "../../realtime/pending-events.js";
import { applyIntentToBooking, lockBooking } from "./booking-intents.js";
import type { CommerceDeps } from "./commerce.deps.js";
import { findPaymentOfIntent, intentKey, type PaymentRow, paymentSelect } from "./ledger.js";
import { applyIntentToPurchase } from "./purchase-intents.js";

type Tx = Prisma.TransactionClient;

/** Applies the intent to whatever its ledger row pays for; null when the intent is not Campus's. */
export async function reconcileIntent(
  tx: Tx,
  deps: Pick<CommerceDeps, "gateway" | "captureOn">,
  events: PendingEvents,
  intent: GatewayIntent,
): Promise<PaymentRow | null> {
  const payment = await findPaymentOfIntent(tx, intent);
  if (!payment) return null;
  // Booking first, then its ledger row: the lock order of every booking path (no deadlock).
  if (payment.bookingId) await lockBooking(tx, payment.bookingId);
  if (!payment.providerPaymentIntentId) {
    // The checkout's own answer was lost, but the intent carries its ledger id.
    await tx.paymentTransaction.update({
      where: { id: payment.id },
      data: { providerPaymentIntentId: intent.id, idempotencyKey: intentKey(payment.id) },
    });
    if (payment.bookingId)
      await tx.booking.update({
        where: { id: payment.bookingId },
        data: { stripePaymentIntentId: intent.id },
      });
  }
  if (payment.kind === "BOOKING") await applyIntentToBooking(tx, deps, events, payment.id, intent);
  else if (payment.kind !== "REFUND") await applyIntentToPurchase(tx, events, payment.id, intent);
  return tx.paymentTransaction.findUnique({ where: { id: payment.id }, select: paymentSelect });
}

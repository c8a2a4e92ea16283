// The offline gateway's intents behind the seeded ledger: every OFFLINE payment of the demo data
// names a pi_offline_… intent, and the gateway must find it (an expert confirming a seeded booking
// captures it). Derived from the ledger rows in one statement; ON CONFLICT keeps a re-run a no-op.
import type { SeedContext } from "./context.js";

export async function seedOfflineIntents(ctx: SeedContext): Promise<void> {
  await ctx.prisma.$executeRaw`
    INSERT INTO offline_payment_intents
      (id, status, capture_method, amount_cents, amount_capturable_cents, amount_received_cents,
       amount_refunded_cents, currency, client_secret, last_error, metadata, created_at, updated_at)
    SELECT DISTINCT ON (t.provider_payment_intent_id)
      t.provider_payment_intent_id,
      CASE t.status
        WHEN 'AUTHORIZED' THEN 'requires_capture'
        WHEN 'SUCCEEDED' THEN 'succeeded' WHEN 'PARTIALLY_REFUNDED' THEN 'succeeded' WHEN 'REFUNDED' THEN 'succeeded'
        WHEN 'CANCELLED' THEN 'canceled' WHEN 'EXPIRED' THEN 'canceled'
        ELSE 'requires_payment_method' END,
      CASE WHEN b.slot_id IS NOT NULL THEN 'manual' ELSE 'automatic' END,
      t.amount_cents,
      CASE WHEN t.status = 'AUTHORIZED' THEN t.amount_cents ELSE 0 END,
      CASE WHEN t.status IN ('SUCCEEDED', 'PARTIALLY_REFUNDED', 'REFUNDED') THEN t.amount_cents ELSE 0 END,
      CASE WHEN t.status IN ('SUCCEEDED', 'PARTIALLY_REFUNDED', 'REFUNDED') THEN least(t.amount_cents,
        (SELECT coalesce(sum(r.amount_cents), 0)::int FROM payment_transactions r
          WHERE r.parent_transaction_id = t.id AND r.status = 'SUCCEEDED')) ELSE 0 END,
      t.currency,
      t.provider_payment_intent_id || '_secret_demo',
      CASE WHEN t.status = 'FAILED' THEN coalesce(t.failure_reason, 'Your card was declined.') END,
      jsonb_build_object('paymentId', t.id::text),
      t.created_at, t.updated_at
    FROM payment_transactions t LEFT JOIN bookings b ON b.id = t.booking_id
    WHERE t.provider = 'OFFLINE' AND t.kind <> 'REFUND' AND t.amount_cents > 0
      AND t.provider_payment_intent_id LIKE 'pi_offline_%'
    ORDER BY t.provider_payment_intent_id, t.created_at
    ON CONFLICT (id) DO NOTHING`;
}

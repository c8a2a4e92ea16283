-- AlterTable
ALTER TABLE "bookings" ADD COLUMN     "authorization_expired_at" TIMESTAMPTZ(3);

-- AlterTable
ALTER TABLE "payment_transactions" ADD COLUMN     "authorized_at" TIMESTAMPTZ(3);

-- CreateTable
CREATE TABLE "offline_payment_intents" (
    "id" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "capture_method" TEXT NOT NULL,
    "amount_cents" INTEGER NOT NULL,
    "amount_capturable_cents" INTEGER NOT NULL DEFAULT 0,
    "amount_received_cents" INTEGER NOT NULL DEFAULT 0,
    "amount_refunded_cents" INTEGER NOT NULL DEFAULT 0,
    "currency" CHAR(3) NOT NULL,
    "client_secret" TEXT NOT NULL,
    "payment_method" TEXT,
    "last_error" TEXT,
    "metadata" JSONB NOT NULL DEFAULT '{}',
    "refunds" JSONB NOT NULL DEFAULT '[]',
    "creation_key" TEXT,
    "idempotency" JSONB NOT NULL DEFAULT '{}',
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "offline_payment_intents_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "offline_payment_intents_creation_key_key" ON "offline_payment_intents"("creation_key");

-- CreateIndex
CREATE INDEX "payment_transactions_status_authorized_at_idx" ON "payment_transactions"("status", "authorized_at");

-- Hand-written (diff does not see these).

-- A booking has at most one open payment (its intent); refunds are their own REFUND rows.
CREATE UNIQUE INDEX "payment_transactions_one_open_payment_per_booking"
  ON "payment_transactions" ("booking_id")
  WHERE "kind" = 'BOOKING' AND "status" IN ('PENDING', 'AUTHORIZED');
-- At most one open checkout per learner and course: two concurrent purchaseCourse calls cannot both start one.
CREATE UNIQUE INDEX "payment_transactions_one_open_course_purchase"
  ON "payment_transactions" ("user_id", "course_id")
  WHERE "kind" = 'COURSE_PURCHASE' AND "status" IN ('PENDING', 'AUTHORIZED');
ALTER TABLE "payment_transactions" ADD CONSTRAINT "payment_transactions_refund_has_parent_check"
  CHECK ("kind" <> 'REFUND' OR "parent_transaction_id" IS NOT NULL);

ALTER TABLE "offline_payment_intents" ADD CONSTRAINT "offline_payment_intents_status_check"
  CHECK ("status" IN ('requires_payment_method', 'requires_confirmation', 'requires_action', 'processing',
                      'requires_capture', 'canceled', 'succeeded'));
ALTER TABLE "offline_payment_intents" ADD CONSTRAINT "offline_payment_intents_amounts_check"
  CHECK ("amount_cents" > 0 AND "amount_capturable_cents" >= 0 AND "amount_received_cents" >= 0
     AND "amount_received_cents" <= "amount_cents" AND "amount_refunded_cents" <= "amount_received_cents");
ALTER TABLE "offline_payment_intents" ADD CONSTRAINT "offline_payment_intents_id_prefix_check"
  CHECK ("id" LIKE 'pi_offline_%');

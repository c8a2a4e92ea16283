-- AlterTable
ALTER TABLE "email_logs" ADD COLUMN     "attempts" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "clicked_at" TIMESTAMPTZ(3),
ADD COLUMN     "delivery_note" TEXT,
ADD COLUMN     "drip_content_id" UUID,
ADD COLUMN     "drip_subscription_id" UUID,
ADD COLUMN     "html_body" TEXT,
ADD COLUMN     "idempotency_key" TEXT,
ADD COLUMN     "locked_until" TIMESTAMPTZ(3),
ADD COLUMN     "next_attempt_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
ADD COLUMN     "opened_at" TIMESTAMPTZ(3),
ADD COLUMN     "sent_at" TIMESTAMPTZ(3),
ADD COLUMN     "text_body" TEXT,
ALTER COLUMN "status" SET DEFAULT 'QUEUED';

-- CreateIndex
CREATE UNIQUE INDEX "email_logs_idempotency_key_key" ON "email_logs"("idempotency_key");

-- CreateIndex
CREATE INDEX "email_logs_status_next_attempt_at_idx" ON "email_logs"("status", "next_attempt_at");

-- CreateIndex
CREATE INDEX "email_logs_drip_subscription_id_idx" ON "email_logs"("drip_subscription_id");

-- CreateIndex
CREATE INDEX "email_logs_drip_content_id_idx" ON "email_logs"("drip_content_id");

-- AddForeignKey
ALTER TABLE "email_logs" ADD CONSTRAINT "email_logs_drip_subscription_id_fkey" FOREIGN KEY ("drip_subscription_id") REFERENCES "email_course_subscriptions"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "email_logs" ADD CONSTRAINT "email_logs_drip_content_id_fkey" FOREIGN KEY ("drip_content_id") REFERENCES "email_course_contents"("id") ON DELETE SET NULL ON UPDATE CASCADE;

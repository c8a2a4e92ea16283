-- AlterEnum
-- PostgreSQL 12+ adds enum values inside a transaction; they are only used by later statements.
ALTER TYPE "code_submission_status" ADD VALUE 'MEMORY_LIMIT';
ALTER TYPE "code_submission_status" ADD VALUE 'UNSUPPORTED';

-- AlterTable
ALTER TABLE "quiz_attempts" ADD COLUMN     "deadline_at" TIMESTAMPTZ(3),
ADD COLUMN     "submitted_late" BOOLEAN NOT NULL DEFAULT false;

-- CreateIndex
CREATE INDEX "enrollments_user_id_enrolled_at_idx" ON "enrollments"("user_id", "enrolled_at");

-- DropIndex
DROP INDEX "code_submissions_challenge_id_idx";

-- DropIndex
DROP INDEX "quiz_attempts_quiz_id_idx";

-- CreateIndex
CREATE INDEX "code_submissions_challenge_id_submitted_at_idx" ON "code_submissions"("challenge_id", "submitted_at");

-- CreateIndex
CREATE INDEX "quiz_attempts_quiz_id_started_at_idx" ON "quiz_attempts"("quiz_id", "started_at");

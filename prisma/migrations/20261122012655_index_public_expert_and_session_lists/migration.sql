-- DropIndex
DROP INDEX "expert_profiles_verification_status_is_available_idx";

-- DropIndex
DROP INDEX "tutoring_sessions_expert_id_is_active_idx";

-- CreateIndex
CREATE INDEX "expert_profiles_verification_status_is_available_created_at_idx" ON "expert_profiles"("verification_status", "is_available", "created_at");

-- CreateIndex
CREATE INDEX "tutoring_sessions_expert_id_is_active_created_at_idx" ON "tutoring_sessions"("expert_id", "is_active", "created_at");

-- CreateIndex
CREATE INDEX "tutoring_sessions_is_active_created_at_idx" ON "tutoring_sessions"("is_active", "created_at");

-- AlterTable
ALTER TABLE "contacts" ADD COLUMN     "language" VARCHAR(8) NOT NULL DEFAULT 'en';

-- CreateIndex
CREATE INDEX "contacts_created_at_idx" ON "contacts"("created_at");

-- CreateIndex
CREATE INDEX "contacts_urgency_level_created_at_idx" ON "contacts"("urgency_level", "created_at");

-- CreateIndex
CREATE INDEX "contacts_course_type_interest_created_at_idx" ON "contacts"("course_type_interest", "created_at");

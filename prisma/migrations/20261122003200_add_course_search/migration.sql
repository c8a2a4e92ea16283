-- DropIndex
DROP INDEX "course_discussions_parent_id_idx";

-- DropIndex
DROP INDEX "courses_category_idx";

-- DropIndex
DROP INDEX "courses_instructor_id_idx";

-- DropIndex
DROP INDEX "instructor_applications_status_submitted_at_idx";

-- Full-text search over courses (hand-written; Prisma sees the column as Unsupported("tsvector")
-- with @default(dbgenerated()) and the GIN index below, so later diffs keep both).
-- Courses are in English and French: the document holds the stems of both configurations over
-- unaccented text, so "eleve", "élève" and "élèves" meet, as do "course" and "courses".
CREATE EXTENSION IF NOT EXISTS unaccent;

-- unaccent() is only STABLE (it looks its dictionary up through search_path); generated columns
-- and index expressions need IMMUTABLE, so the dictionary is pinned and the wrapper declared so.
CREATE OR REPLACE FUNCTION public.campus_unaccent(text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT public.unaccent('public.unaccent'::regdictionary, $1) $$;

-- Weights: title and tags A, subtitle B, description C (ts_rank favours title hits).
-- Names are schema-qualified because generated columns are recomputed under any search_path
-- (pg_restore runs with an empty one).
CREATE OR REPLACE FUNCTION public.campus_course_search_document(
  title text, subtitle text, description text, tags text[]
) RETURNS tsvector
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$
    SELECT setweight(to_tsvector('pg_catalog.english', public.campus_unaccent(coalesce(title, '') || ' ' || coalesce(array_to_string(tags, ' '), ''))), 'A')
        || setweight(to_tsvector('pg_catalog.french', public.campus_unaccent(coalesce(title, '') || ' ' || coalesce(array_to_string(tags, ' '), ''))), 'A')
        || setweight(to_tsvector('pg_catalog.english', public.campus_unaccent(coalesce(subtitle, ''))), 'B')
        || setweight(to_tsvector('pg_catalog.french', public.campus_unaccent(coalesce(subtitle, ''))), 'B')
        || setweight(to_tsvector('pg_catalog.english', public.campus_unaccent(coalesce(description, ''))), 'C')
        || setweight(to_tsvector('pg_catalog.french', public.campus_unaccent(coalesce(description, ''))), 'C')
  $$;

-- The search query for a user's text: matches when either language's reading of it matches.
CREATE OR REPLACE FUNCTION public.campus_search_query(query text) RETURNS tsquery
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$
    SELECT websearch_to_tsquery('pg_catalog.english', public.campus_unaccent(query))
        || websearch_to_tsquery('pg_catalog.french', public.campus_unaccent(query))
  $$;

ALTER TABLE "courses" ADD COLUMN "search" tsvector
  GENERATED ALWAYS AS (public.campus_course_search_document("title", "subtitle", "description", "tags")) STORED;

-- AlterTable
ALTER TABLE "resources" ADD COLUMN     "created_by_id" UUID;

-- CreateIndex
CREATE INDEX "course_discussions_parent_id_created_at_idx" ON "course_discussions"("parent_id", "created_at");

-- CreateIndex
CREATE INDEX "courses_instructor_id_created_at_idx" ON "courses"("instructor_id", "created_at");

-- CreateIndex
CREATE INDEX "courses_category_subcategory_idx" ON "courses"("category", "subcategory");

-- CreateIndex
CREATE INDEX "courses_level_idx" ON "courses"("level");

-- CreateIndex
CREATE INDEX "courses_language_idx" ON "courses"("language");

-- CreateIndex
CREATE INDEX "courses_has_certificate_idx" ON "courses"("has_certificate");

-- CreateIndex
CREATE INDEX "courses_student_count_idx" ON "courses"("student_count");

-- CreateIndex
CREATE INDEX "courses_search_idx" ON "courses" USING GIN ("search");

-- CreateIndex
CREATE INDEX "favorites_user_id_created_at_idx" ON "favorites"("user_id", "created_at");

-- CreateIndex
CREATE INDEX "instructor_applications_status_created_at_idx" ON "instructor_applications"("status", "created_at");

-- CreateIndex
CREATE INDEX "instructor_applications_created_at_idx" ON "instructor_applications"("created_at");

-- CreateIndex
CREATE INDEX "resources_created_by_id_idx" ON "resources"("created_by_id");

-- CreateIndex
CREATE INDEX "resources_created_at_idx" ON "resources"("created_at");

-- CreateIndex
CREATE INDEX "wishlist_items_user_id_created_at_idx" ON "wishlist_items"("user_id", "created_at");

-- AddForeignKey
ALTER TABLE "resources" ADD CONSTRAINT "resources_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- The catalog's default page (NEWEST) orders published, not deleted courses by
-- coalesce(published_at, created_at) DESC, id DESC (api/src/modules/catalog/course-search.sql.ts)
-- and pages with a keyset on the same pair. Without an index matching that expression every
-- page sorted all published courses (top-N heapsort over 9,710 rows, 6.7 ms in the bench data
-- set); with it a page, first or later, reads its 21 index entries (0.06 ms).
-- Hand-written: Prisma cannot declare a partial expression index, and `diff` leaves it alone
-- (api/src/db/README.md).
CREATE INDEX "courses_published_newest_idx" ON "courses" ((coalesce("published_at", "created_at")) DESC, "id" DESC)
  WHERE "status" = 'PUBLISHED' AND "deleted_at" IS NULL;

-- Hand-written: what Prisma cannot express. migrations.diff.test.ts proves
-- `diff` leaves all of it alone (the diff from these migrations to the schema
-- stays empty).
CREATE EXTENSION IF NOT EXISTS btree_gist;
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE EXTENSION IF NOT EXISTS citext;

ALTER TABLE "Venue" ADD CONSTRAINT "Venue_capacity_positive" CHECK ("capacity" > 0);

ALTER TABLE "Schedule" ADD CONSTRAINT "Schedule_ends_after_starts" CHECK ("endsAt" > "startsAt");

-- No two non-cancelled schedules overlap at one venue.
ALTER TABLE "Schedule" ADD CONSTRAINT "Schedule_no_overlap_per_venue"
  EXCLUDE USING gist ("venueId" WITH =, tstzrange("startsAt", "endsAt") WITH &&)
  WHERE (NOT "cancelled");

-- Partial and expression indexes are invisible to Prisma: no schema declaration needed.
CREATE UNIQUE INDEX "Schedule_active_start_key" ON "Schedule" ("venueId", "startsAt") WHERE NOT "cancelled";
CREATE UNIQUE INDEX "Venue_name_lower_key" ON "Venue" (lower("name"));
CREATE INDEX "Venue_name_fts_idx" ON "Venue" USING gin (to_tsvector('simple', "name"));

-- Plain-column indexes are visible: declared in the schema with the same map name.
CREATE INDEX "Venue_name_trgm_idx" ON "Venue" USING gin ("name" gin_trgm_ops);

-- Columns Prisma cannot type are declared `Unsupported(...)`; a generated one
-- also needs `@default(dbgenerated())`. unaccent() is only STABLE, so generated
-- columns and indexes go through an IMMUTABLE wrapper.
ALTER TABLE "Venue" ADD COLUMN "email" citext;
CREATE FUNCTION campus_unaccent(text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT public.unaccent('public.unaccent'::regdictionary, $1) $$;
ALTER TABLE "Venue" ADD COLUMN "search" tsvector
  GENERATED ALWAYS AS (to_tsvector('simple', campus_unaccent("name"))) STORED;
CREATE INDEX "Venue_search_idx" ON "Venue" USING gin ("search");

-- A function body with `;` inside: the stock adapter-pg splits scripts on `;`.
CREATE FUNCTION venue_trim_name() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW."name" := trim(NEW."name"); -- one statement; another follows
  RETURN NEW;
END;
$$;

CREATE TRIGGER venue_trim_name BEFORE INSERT ON "Venue" FOR EACH ROW EXECUTE FUNCTION venue_trim_name();

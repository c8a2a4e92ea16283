// The SQL of the catalog search: conditions, sort keys and keyset comparisons over `courses c`.
// Raw SQL because Prisma cannot filter on the tsvector column nor order by ts_rank. Every value
// is a bound parameter (Prisma.sql); only the fixed fragments below are SQL text.
import { Prisma } from "../../generated/prisma/client.js";
import type { CursorValue } from "../../graphql/cursor.js";

export type CourseSortField = "RELEVANCE" | "NEWEST" | "RATING" | "PRICE" | "POPULARITY";
export type SortDirection = "ASC" | "DESC";

/** A validated search (course.search.ts parses the GraphQL input into this). */
export interface CourseSearch {
  query: string | null;
  categories: string[];
  subcategories: string[];
  levels: string[];
  formats: string[];
  languages: string[];
  tags: string[];
  minPriceCents: number | null;
  maxPriceCents: number | null;
  currency: string | null;
  freeOnly: boolean;
  instructorId: string | null;
  hasCertificate: boolean | null;
}

/** The facet whose own filter is left out when counting it (disjunctive faceting). */
export type FacetName = "category" | "level";

const searchQuery = (query: string) => Prisma.sql`public.campus_search_query(${query})`;

/** WHERE conditions: the public catalog (published, not deleted) narrowed by the search. */
export function searchConditions(search: CourseSearch, except?: FacetName): Prisma.Sql {
  const c: Prisma.Sql[] = [Prisma.sql`c.status = 'PUBLISHED'`, Prisma.sql`c.deleted_at IS NULL`];
  if (search.query !== null) c.push(Prisma.sql`c.search @@ ${searchQuery(search.query)}`);
  if (search.categories.length > 0 && except !== "category")
    c.push(Prisma.sql`c.category = ANY(${search.categories}::text[])`);
  if (search.subcategories.length > 0)
    c.push(Prisma.sql`c.subcategory = ANY(${search.subcategories}::text[])`);
  // Enum lists are bound as text[] and cast server-side: PGlite cannot bind a parameter typed
  // as an enum array ("malformed array literal"); PostgreSQL accepts both.
  if (search.levels.length > 0 && except !== "level")
    c.push(Prisma.sql`c.level = ANY(${search.levels}::text[]::skill_level[])`);
  if (search.formats.length > 0)
    c.push(Prisma.sql`c.format = ANY(${search.formats}::text[]::course_format[])`);
  if (search.languages.length > 0) c.push(Prisma.sql`c.language = ANY(${search.languages}::text[])`);
  if (search.tags.length > 0) c.push(Prisma.sql`c.tags @> ${search.tags}::text[]`);
  if (search.minPriceCents !== null) c.push(Prisma.sql`c.price_cents >= ${search.minPriceCents}`);
  if (search.maxPriceCents !== null) c.push(Prisma.sql`c.price_cents <= ${search.maxPriceCents}`);
  if (search.currency !== null) c.push(Prisma.sql`c.currency = ${search.currency}`);
  if (search.freeOnly) c.push(Prisma.sql`c.price_cents = 0`);
  if (search.instructorId !== null) c.push(Prisma.sql`c.instructor_id = ${search.instructorId}::uuid`);
  if (search.hasCertificate !== null) c.push(Prisma.sql`c.has_certificate = ${search.hasCertificate}`);
  return Prisma.join(c, " AND ");
}

export interface SortKey {
  /** Expression selected and ordered by. */
  expr: Prisma.Sql;
  /** Cast that turns a cursor value back into the expression's type. */
  cast: Prisma.Sql;
  /** Cursor value of a fetched row (JSON-safe). */
  toCursor: (value: unknown) => CursorValue;
  /** Whether a decoded cursor value has this key's type (a forged cursor must not reach SQL casts). */
  accepts: (value: CursorValue) => boolean;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const numberKey = (expr: Prisma.Sql, cast: string): SortKey => ({
  expr,
  cast: Prisma.raw(cast),
  toCursor: (v) => Number(v),
  accepts: (v) => typeof v === "number" && Number.isFinite(v),
});

/**
 * Sort keys per order; the id always ends them so the order is total and cursors are exact.
 * RELEVANCE without a query has no rank to sort by and means POPULARITY. The rank is compared
 * as `real` (ts_rank's type) so a cursor's value equals the row's rank exactly.
 */
export function sortKeys(field: CourseSortField, query: string | null): SortKey[] {
  const id: SortKey = {
    expr: Prisma.sql`c.id`,
    cast: Prisma.raw("uuid"),
    toCursor: (v) => String(v),
    accepts: (v) => typeof v === "string" && UUID.test(v),
  };
  switch (field === "RELEVANCE" && query === null ? "POPULARITY" : field) {
    case "RELEVANCE":
      return [numberKey(Prisma.sql`ts_rank(c.search, ${searchQuery(query ?? "")})`, "real"), id];
    case "NEWEST":
      return [
        {
          expr: Prisma.sql`coalesce(c.published_at, c.created_at)`,
          cast: Prisma.raw("timestamptz"),
          toCursor: (v) => (v instanceof Date ? v : new Date(String(v))),
          accepts: (v) => v instanceof Date,
        },
        id,
      ];
    case "RATING":
      return [
        {
          expr: Prisma.sql`c.average_rating`,
          cast: Prisma.raw("numeric"),
          toCursor: (v) => String(v),
          accepts: (v) => typeof v === "string" && /^\d{1,3}(\.\d{1,4})?$/.test(v),
        },
        numberKey(Prisma.sql`c.review_count`, "int"),
        id,
      ];
    case "PRICE":
      return [numberKey(Prisma.sql`c.price_cents`, "int"), id];
    default:
      return [numberKey(Prisma.sql`c.student_count`, "int"), id];
  }
}

export const defaultDirection = (field: CourseSortField): SortDirection =>
  field === "PRICE" ? "ASC" : "DESC";

/** `(k1, k2, id) > (v1, v2, vid)` (or `<`): rows strictly after the cursor in this order. */
export function keysetCondition(
  keys: SortKey[],
  values: CursorValue[],
  direction: SortDirection,
): Prisma.Sql {
  const columns = Prisma.join(keys.map((k) => k.expr));
  const bound = Prisma.join(keys.map((k, i) => Prisma.sql`${values[i]}::${k.cast}`));
  return direction === "ASC" ? Prisma.sql`(${columns}) > (${bound})` : Prisma.sql`(${columns}) < (${bound})`;
}

export function orderByClause(keys: SortKey[], direction: SortDirection): Prisma.Sql {
  const dir = Prisma.raw(direction);
  return Prisma.join(keys.map((k) => Prisma.sql`${k.expr} ${dir}`));
}

/** The selected sort values as `k0, k1, …`, for building each row's cursor. */
export function selectKeys(keys: SortKey[]): Prisma.Sql {
  return Prisma.join(keys.map((k, i) => Prisma.sql`${k.expr} AS ${Prisma.raw(`k${i}`)}`));
}

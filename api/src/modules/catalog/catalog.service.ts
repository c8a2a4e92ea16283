import type { CampusPrisma } from "../../db/client.js";
import { Prisma } from "../../generated/prisma/client.js";
import { type CursorValue, decodeCursor, encodeCursor } from "../../graphql/cursor.js";
import { badUserInput } from "../../graphql/errors.js";
import { type PageArgs, paginate, resolvePageSize } from "../../graphql/pagination.js";
import { type CourseRow, courseSelect } from "./catalog.loaders.js";
import { parseCourseSearch } from "./course-search.input.js";
import {
  type CourseSearch,
  type CourseSortField,
  defaultDirection,
  keysetCondition,
  orderByClause,
  type SortDirection,
  searchConditions,
  selectKeys,
  sortKeys,
} from "./course-search.sql.js";
import { withLazyFields } from "./lazy-fields.js";
import { rowColumns, rowReader } from "./row-columns.js";

export interface CourseFacetCounts {
  categories: { category: string; count: number }[];
  levels: { level: string; count: number }[];
}

export interface CourseListPage {
  edges: { cursor: string; node: CourseRow }[];
  nodes: CourseRow[];
  pageInfo: {
    hasNextPage: boolean;
    hasPreviousPage: boolean;
    startCursor: string | null;
    endCursor: string | null;
  };
  /** Computed only when selected (see lazy-fields.ts). */
  readonly totalCount: Promise<number>;
  readonly facets: Promise<CourseFacetCounts>;
}

type KeyRow = Record<string, unknown>;

/** courseSelect as the keyset statement selects it (same CourseRow as `course.findMany`). */
const courseRowColumns = rowColumns("c", courseSelect, {
  lists: ["tags", "captionsAvailable", "prerequisites", "learningOutcomes", "metaKeywords"],
});
const readCourseRow = rowReader<CourseRow>(courseSelect);

const flip = (d: SortDirection): SortDirection => (d === "ASC" ? "DESC" : "ASC");

/** Catalog reads: the public course list with search, filters, orders and facets. */
export class CatalogService {
  constructor(private readonly deps: { prisma: CampusPrisma }) {}

  /**
   * One keyset page of the public catalog: one statement for the matching rows and their sort
   * keys; `totalCount` and `facets` each cost one more, only when selected.
   */
  async listCourses(input: {
    query?: string | null;
    filter?: unknown;
    orderBy?: { field: string; direction?: string | null } | null;
    page: PageArgs;
  }): Promise<CourseListPage> {
    const search = parseCourseSearch(input.query, input.filter);
    const field = (input.orderBy?.field ?? (search.query ? "RELEVANCE" : "NEWEST")) as CourseSortField;
    const direction = (input.orderBy?.direction ?? defaultDirection(field)) as SortDirection;
    const keys = sortKeys(field, search.query);
    const tag = `${field}:${direction}:${keys.length}`;
    const { size, backward } = resolvePageSize(input.page);
    const cursor = backward ? input.page.before : input.page.after;
    const after = cursor != null ? this.decode(cursor, tag, keys, backward ? "before" : "after") : null;
    const effective = backward ? flip(direction) : direction;

    const where = searchConditions(search);
    const conditions = after ? Prisma.sql`${where} AND ${keysetCondition(keys, after, effective)}` : where;
    // The page's rows come with their sort keys in this one statement (no second round trip).
    const keyRows = await this.deps.prisma.$queryRaw<KeyRow[]>`
      SELECT ${courseRowColumns}, ${selectKeys(keys)} FROM courses c
      WHERE ${conditions} ORDER BY ${orderByClause(keys, effective)} LIMIT ${size + 1}`;
    const hasMore = keyRows.length > size;
    const page = keyRows.slice(0, size);
    if (backward) page.reverse();
    const edges = page.map((keyRow) => {
      const values = keys.map((k, i) => k.toCursor(keyRow[`k${i}`]));
      return { cursor: encodeCursor([tag, ...values]), node: readCourseRow(keyRow) };
    });
    const connection = {
      edges,
      nodes: edges.map((e) => e.node),
      pageInfo: {
        hasNextPage: backward ? cursor != null : hasMore,
        hasPreviousPage: backward ? hasMore : cursor != null,
        startCursor: edges[0]?.cursor ?? null,
        endCursor: edges.at(-1)?.cursor ?? null,
      },
    };
    return withLazyFields(connection, {
      totalCount: () => this.count(where),
      facets: () => this.facets(search),
    });
  }

  /** An instructor's courses, newest first; `includeUnpublished` for the instructor and admins. Never deleted ones. */
  async taughtCourses(instructorId: string, includeUnpublished: boolean, page: PageArgs) {
    const where: Prisma.CourseWhereInput = {
      instructorId,
      deletedAt: null,
      ...(includeUnpublished ? {} : { status: "PUBLISHED" }),
    };
    const connection = await paginate(page, {
      sort: [{ field: "createdAt", direction: "desc" }],
      fetch: ({ cursorWhere, orderBy, take }) =>
        this.deps.prisma.course.findMany({
          where: cursorWhere ? { AND: [where, cursorWhere] } : where,
          orderBy,
          take,
          select: courseSelect,
        }),
      count: () => this.deps.prisma.course.count({ where }),
    });
    return withLazyFields(connection, { totalCount: connection.totalCount });
  }

  private decode(cursor: string, tag: string, keys: ReturnType<typeof sortKeys>, argument: string) {
    const values = decodeCursor(cursor, keys.length + 1);
    const [cursorTag, ...rest] = values ?? [];
    if (!values || cursorTag !== tag || !keys.every((k, i) => k.accepts(rest[i] ?? null))) {
      throw badUserInput("The cursor is not valid for this list and order.", argument);
    }
    return rest as CursorValue[];
  }

  private async count(where: Prisma.Sql): Promise<number> {
    const [row] = await this.deps.prisma.$queryRaw<{ n: number }[]>`
      SELECT count(*)::int AS n FROM courses c WHERE ${where}`;
    return row?.n ?? 0;
  }

  /** Both facets in one statement; each leaves out its own filter (see CourseFacets). */
  private async facets(search: CourseSearch): Promise<CourseFacetCounts> {
    const rows = await this.deps.prisma.$queryRaw<{ facet: string; value: string; n: number }[]>`
      SELECT 'category' AS facet, c.category AS value, count(*)::int AS n FROM courses c
      WHERE ${searchConditions(search, "category")} AND c.category IS NOT NULL GROUP BY c.category
      UNION ALL
      SELECT 'level', c.level::text, count(*)::int FROM courses c
      WHERE ${searchConditions(search, "level")} AND c.level IS NOT NULL GROUP BY c.level
      ORDER BY n DESC, value`;
    return {
      categories: rows.filter((r) => r.facet === "category").map((r) => ({ category: r.value, count: r.n })),
      levels: rows.filter((r) => r.facet === "level").map((r) => ({ level: r.value, count: r.n })),
    };
  }
}

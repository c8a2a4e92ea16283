import { type CursorValue, decodeCursor, encodeCursor } from "./cursor.js";
import { badUserInput } from "./errors.js";
import { isUuid } from "./global-id.js";

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

export interface PageArgs {
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
}

export type SortDirection = "asc" | "desc";

/** One column of a keyset order; `id` is always appended as the tie-breaker. */
export interface SortField {
  field: string;
  direction: SortDirection;
  /**
   * The column can hold NULL. Needed for backward pages (and ascending orders)
   * to include NULL rows: Prisma refuses `field: null` on a required column.
   */
  nullable?: boolean;
}

export interface PageQuery {
  /** Prisma `where` fragment selecting rows after/before the cursor (undefined on the first page). */
  cursorWhere: Record<string, unknown> | undefined;
  orderBy: Record<string, SortDirection>[];
  take: number;
}

export interface PageInfoData {
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  startCursor: string | null;
  endCursor: string | null;
}

export interface ConnectionData<T> {
  edges: { cursor: string; node: T }[];
  nodes: T[];
  pageInfo: PageInfoData;
  /** Resolved only when the client selects it (graphql-js calls function properties). */
  totalCount: () => Promise<number>;
}

interface PaginateOptions<Row> {
  sort: SortField[];
  fetch: (query: PageQuery) => Promise<Row[]>;
  count: () => Promise<number>;
}

/** Validates Relay page arguments: 1–100 items, forward or backward but not both. */
export function resolvePageSize(args: PageArgs): { size: number; backward: boolean } {
  if (args.first != null && args.last != null) {
    throw badUserInput("Pass either `first` or `last`, not both.");
  }
  const backward = args.last != null || (args.before != null && args.first == null);
  const size = (backward ? args.last : args.first) ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(size) || size < 1 || size > MAX_PAGE_SIZE) {
    throw badUserInput(`Page size must be between 1 and ${MAX_PAGE_SIZE}.`, backward ? "last" : "first");
  }
  return { size, backward };
}

const flip = (d: SortDirection): SortDirection => (d === "asc" ? "desc" : "asc");

/**
 * Keyset pagination over any Prisma model: one statement for the page (plus one
 * for `totalCount` only when selected), stable under inserts, no OFFSET scans.
 */
export async function paginate<Row extends { id: string }>(
  args: PageArgs,
  options: PaginateOptions<Row>,
): Promise<ConnectionData<Row>> {
  const { size, backward } = resolvePageSize(args);
  const sort: SortField[] = [
    ...options.sort,
    { field: "id", direction: options.sort.at(-1)?.direction ?? "asc" },
  ];
  const cursor = backward ? args.before : args.after;
  const invalidCursor = () =>
    badUserInput("The cursor is not valid for this list.", backward ? "before" : "after");
  let cursorValues: CursorValue[] | undefined;
  if (cursor != null) {
    const decoded = decodeCursor(cursor, sort.length);
    if (!decoded || !isUuid(decoded.at(-1))) throw invalidCursor();
    cursorValues = decoded;
  }
  const effective = backward ? sort.map((s) => ({ ...s, direction: flip(s.direction) })) : sort;
  const rows = await options
    .fetch({
      cursorWhere: cursorValues ? keysetWhere(effective, cursorValues) : undefined,
      orderBy: effective.map((s) => ({ [s.field]: s.direction })),
      take: size + 1,
    })
    .catch((error: unknown) => {
      // A forged cursor can hold a value of the wrong type for its column
      // (a string for a date): Prisma refuses it before sending any SQL.
      if (cursorValues && error instanceof Error && error.name === "PrismaClientValidationError") {
        throw invalidCursor();
      }
      throw error;
    });
  const hasMore = rows.length > size;
  const page = rows.slice(0, size);
  if (backward) page.reverse();
  const edges = page.map((node) => ({
    cursor: encodeCursor(sort.map((s) => (node as unknown as Record<string, CursorValue>)[s.field] ?? null)),
    node,
  }));
  return {
    edges,
    nodes: page,
    pageInfo: {
      hasNextPage: backward ? cursor != null : hasMore,
      hasPreviousPage: backward ? hasMore : cursor != null,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    totalCount: once(options.count),
  };
}

/** (a, b, id) > (x, y, z) expanded into Prisma's OR-of-ANDs form, per-column direction. */
function keysetWhere(sort: SortField[], values: CursorValue[]): Record<string, unknown> {
  const or: Record<string, unknown>[] = [];
  sort.forEach((s, i) => {
    const beyond = strictlyAfter(s, values[i] ?? null);
    if (!beyond) return;
    // `field: null` matches NULL, the equality a NULL cursor value needs.
    const equal = sort.slice(0, i).map((p, j) => ({ [p.field]: values[j] ?? null }));
    or.push({ AND: [...equal, beyond] });
  });
  return { OR: or };
}

/**
 * Rows after `value` in one column; null when no row can be. PostgreSQL sorts
 * NULL above every value (first descending, last ascending), and `lt`/`gt`
 * never match NULL, so NULLs need their own terms. A NULL cursor value proves
 * the column nullable even when the caller did not say so.
 */
function strictlyAfter(s: SortField, value: CursorValue): Record<string, unknown> | null {
  if (value === null) return s.direction === "desc" ? { [s.field]: { not: null } } : null;
  const beyond = { [s.field]: { [s.direction === "asc" ? "gt" : "lt"]: value } };
  return s.direction === "asc" && s.nullable ? { OR: [beyond, { [s.field]: null }] } : beyond;
}

function once<T>(fn: () => Promise<T>): () => Promise<T> {
  let promise: Promise<T> | undefined;
  return () => {
    promise ??= fn();
    return promise;
  };
}

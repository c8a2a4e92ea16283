// Connections nested under a list of parents (a course's reviews, a thread's replies…) where
// each parent gets its own `first` items. A plain `IN (…)` query cannot limit per parent and
// fetching every child to slice would read a popular course's whole history, so one
// window-function statement ranks the children per parent and keeps `first + 1` of each.
// Every parent asking for the same page (size and cursor) shares that statement.
import { ArgsType, Field, Int } from "type-graphql";
import type { AppContext } from "../../context.js";
import { Prisma } from "../../generated/prisma/client.js";
import { decodeCursor, encodeCursor } from "../../graphql/cursor.js";
import { badUserInput } from "../../graphql/errors.js";
import { defineLoader } from "../../graphql/loaders.js";
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from "../../graphql/pagination.js";
import { withLazyFields } from "./lazy-fields.js";

@ArgsType()
export class NestedPageArgs {
  @Field(() => Int, { nullable: true, description: "Return the first n items (1–100, default 20)." })
  first?: number | null;

  @Field(() => String, { nullable: true, description: "Return items after this cursor." })
  after?: string | null;
}

export interface NestedPage<Row> {
  edges: { cursor: string; node: Row }[];
  nodes: Row[];
  pageInfo: {
    hasNextPage: boolean;
    hasPreviousPage: boolean;
    startCursor: string | null;
    endCursor: string | null;
  };
  readonly totalCount: Promise<number>;
}

interface Key {
  parentId: string;
  first: number;
  after: { createdAt: Date; id: string } | null;
}

export interface NestedPageSpec {
  /** Table name, e.g. course_reviews (a constant, never input). */
  table: string;
  /** Column holding the parent id. */
  parentColumn: string;
  /** Selected columns aliased to the row shape, e.g. `course_id AS "courseId"`. */
  columns: string;
  /** Extra condition on the children (a constant), e.g. `parent_id IS NULL`. */
  where?: string;
  /** Children are ordered by (created_at, id) in this direction. */
  direction: "ASC" | "DESC";
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Declares a per-parent page loader; returns `load(ctx, parentId, args, count)`. */
export function defineNestedPage<Row extends { id: string; createdAt: Date }>(
  name: string,
  spec: NestedPageSpec,
) {
  const dir = Prisma.raw(spec.direction);
  const op = Prisma.raw(spec.direction === "ASC" ? ">" : "<");
  const loader = defineLoader(
    name,
    async (ctx: AppContext, keys: readonly Key[]) => {
      const groups = new Map<string, Key[]>();
      for (const key of keys) {
        const group = `${key.first}|${key.after?.id ?? ""}`;
        groups.set(group, [...(groups.get(group) ?? []), key]);
      }
      const rowsByKey = new Map<Key, Row[]>();
      await Promise.all(
        [...groups.values()].map(async (group) => {
          const { first, after } = group[0]!;
          const parentIds = [...new Set(group.map((k) => k.parentId))];
          const keyset = after
            ? Prisma.sql`AND (created_at, id) ${op} (${after.createdAt}::timestamptz, ${after.id}::uuid)`
            : Prisma.empty;
          const rows = await ctx.prisma.$queryRaw<(Row & { parentId: string })[]>`
            SELECT * FROM (
              SELECT ${Prisma.raw(spec.columns)}, ${Prisma.raw(spec.parentColumn)} AS "parentId",
                     row_number() OVER (PARTITION BY ${Prisma.raw(spec.parentColumn)}
                                        ORDER BY created_at ${dir}, id ${dir})::int AS "rankInParent"
              FROM ${Prisma.raw(spec.table)}
              WHERE ${Prisma.raw(spec.parentColumn)} = ANY(${parentIds}::uuid[])
                ${spec.where ? Prisma.raw(`AND ${spec.where}`) : Prisma.empty} ${keyset}
            ) ranked WHERE "rankInParent" <= ${first + 1} ORDER BY "rankInParent"`;
          for (const key of group)
            rowsByKey.set(
              key,
              rows.filter((r) => r.parentId === key.parentId),
            );
        }),
      );
      return keys.map((k) => rowsByKey.get(k) ?? []);
    },
    { cacheKey: (k) => `${k.parentId}|${k.first}|${k.after?.id ?? ""}` },
  );

  return async (
    ctx: AppContext,
    parentId: string,
    args: { first?: number | null; after?: string | null },
    count: () => Promise<number>,
  ): Promise<NestedPage<Row>> => {
    const first = args.first ?? DEFAULT_PAGE_SIZE;
    if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE)
      throw badUserInput(`Page size must be between 1 and ${MAX_PAGE_SIZE}.`, "first");
    const after = args.after != null ? decodeAfter(args.after) : null;
    const rows = await loader(ctx).load({ parentId, first, after });
    const page = rows.slice(0, first);
    const edges = page.map((node) => ({ cursor: encodeCursor([node.createdAt, node.id]), node }));
    const connection = {
      edges,
      nodes: page,
      pageInfo: {
        hasNextPage: rows.length > first,
        hasPreviousPage: after !== null,
        startCursor: edges[0]?.cursor ?? null,
        endCursor: edges.at(-1)?.cursor ?? null,
      },
    };
    return withLazyFields(connection, { totalCount: count });
  };
}

function decodeAfter(cursor: string): { createdAt: Date; id: string } {
  const values = decodeCursor(cursor, 2);
  const [createdAt, id] = values ?? [];
  if (!(createdAt instanceof Date) || typeof id !== "string" || !UUID.test(id))
    throw badUserInput("The cursor is not valid for this list.", "after");
  return { createdAt, id };
}

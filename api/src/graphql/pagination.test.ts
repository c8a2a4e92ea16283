import { randomUUID } from "node:crypto";
import { GraphQLError } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCourse } from "../../test/factories.js";
import { startTestServer, type TestServer } from "../../test/server.js";
import type { CampusPrisma } from "../db/client.js";
import { encodeCursor } from "./cursor.js";
import { type PageArgs, paginate, resolvePageSize, type SortField } from "./pagination.js";

// `paginate` against PostgreSQL, over a nullable column with ties and NULLs,
// independent of any module's list.

let server: TestServer;
let prisma: CampusPrisma;
const prefix = `page-${randomUUID().slice(0, 8)}`;
interface Row {
  id: string;
  title: string;
  publishedAt: Date | null;
}
let rows: Row[];

beforeAll(async () => {
  server = await startTestServer();
  prisma = server.app.prisma;
  const base = Date.UTC(2026, 0, 1);
  const dates = [0, 1, 2, 2, 3, 4, null, 5, null, 6].map((h) =>
    h === null ? null : new Date(base + h * 3_600_000),
  );
  rows = [];
  for (const [i, publishedAt] of dates.entries()) {
    const course = await createCourse(prisma, { title: `${prefix} ${String.fromCharCode(97 + (i % 4))}` });
    await prisma.course.update({ where: { id: course.id }, data: { publishedAt } });
    rows.push({ id: course.id, title: course.title, publishedAt });
  }
});
afterAll(() => server?.close());

const list = (args: PageArgs, sort: SortField[]) =>
  paginate<Row>(args, {
    sort,
    fetch: ({ cursorWhere, orderBy, take }) => {
      const where = { title: { startsWith: prefix } };
      return prisma.course.findMany({
        where: cursorWhere ? { AND: [where, cursorWhere] } : where,
        orderBy,
        take,
        select: { id: true, title: true, publishedAt: true },
      });
    },
    count: () => prisma.course.count({ where: { title: { startsWith: prefix } } }),
  });

/** PostgreSQL's order: NULL above every value; ties broken by id in the last column's direction. */
function expectedOrder(sort: SortField[]): string[] {
  const key = (row: Row, field: string) => {
    const v = (row as unknown as Record<string, unknown>)[field];
    return v instanceof Date ? v.getTime() : (v as string | null);
  };
  const columns = [...sort, { field: "id", direction: sort.at(-1)!.direction }];
  return [...rows]
    .sort((a, b) => {
      for (const { field, direction } of columns) {
        const [x, y] = [key(a, field), key(b, field)];
        if (x === y) continue;
        const cmp = x === null ? 1 : y === null ? -1 : x < y ? -1 : 1;
        return direction === "asc" ? cmp : -cmp;
      }
      return 0;
    })
    .map((r) => r.id);
}

async function walk(sort: SortField[], size: number, backward: boolean): Promise<string[]> {
  const seen: string[] = [];
  let cursor: string | null = null;
  for (let i = 0; i <= rows.length; i++) {
    const page = await list(backward ? { last: size, before: cursor } : { first: size, after: cursor }, sort);
    if (backward) seen.unshift(...page.nodes.map((n) => n.id));
    else seen.push(...page.nodes.map((n) => n.id));
    const more = backward ? page.pageInfo.hasPreviousPage : page.pageInfo.hasNextPage;
    if (!more) return seen;
    cursor = backward ? page.pageInfo.startCursor : page.pageInfo.endCursor;
  }
  throw new Error("the walk did not end");
}

describe("keyset walks visit every row once, in order", () => {
  const sorts: [string, SortField[]][] = [
    ["publishedAt desc (nullable)", [{ field: "publishedAt", direction: "desc", nullable: true }]],
    ["publishedAt asc (nullable)", [{ field: "publishedAt", direction: "asc", nullable: true }]],
    [
      "title asc, publishedAt desc (nullable)",
      [
        { field: "title", direction: "asc" },
        { field: "publishedAt", direction: "desc", nullable: true },
      ],
    ],
    ["title desc (required column)", [{ field: "title", direction: "desc" }]],
  ];

  describe.each(sorts)("by %s", (_name, sort) => {
    it.each([1, 3, 4])("pages of %i forward and backward", async (size) => {
      const order = expectedOrder(sort);
      expect(await walk(sort, size, false)).toEqual(order);
      expect(await walk(sort, size, true)).toEqual(order);
    });
  });

  it("forward over NULLs even when the caller did not declare the column nullable", async () => {
    const sort: SortField[] = [{ field: "publishedAt", direction: "desc" }];
    expect(await walk(sort, 1, false)).toEqual(expectedOrder(sort));
  });

  it("answers totalCount lazily, once", async () => {
    const page = await list({ first: 2 }, [{ field: "title", direction: "asc" }]);
    expect(await page.totalCount()).toBe(rows.length);
  });
});

describe("resolvePageSize", () => {
  it.each<[PageArgs, { size: number; backward: boolean }]>([
    [{}, { size: 20, backward: false }],
    [{ first: 100 }, { size: 100, backward: false }],
    [{ last: 1 }, { size: 1, backward: true }],
    [{ before: "c" }, { size: 20, backward: true }],
  ])("%o → %o", (args, expected) => {
    expect(resolvePageSize(args)).toEqual(expected);
  });
});

describe("invalid page arguments are BAD_USER_INPUT", () => {
  const sort: SortField[] = [{ field: "publishedAt", direction: "desc", nullable: true }];
  it.each<[string, PageArgs, string | undefined]>([
    ["first: 0", { first: 0 }, "first"],
    ["first: 101", { first: 101 }, "first"],
    ["first: 1.5", { first: 1.5 }, "first"],
    ["last: 0", { last: 0 }, "last"],
    ["before without last, size 0", { before: "x", first: null, last: 0 }, "last"],
    ["first and last", { first: 1, last: 1 }, undefined],
    ["a non-base64 cursor", { after: "***" }, "after"],
    ["a cursor of another length", { after: encodeCursor([null]) }, "after"],
    ["a cursor whose id is not a uuid", { after: encodeCursor([null, "42"]) }, "after"],
    ["a cursor with a string for a date", { after: encodeCursor(["tomorrow", randomUUID()]) }, "after"],
    ["a cursor with a number for a date", { last: 2, before: encodeCursor([7, randomUUID()]) }, "before"],
  ])("%s", async (_name, args, field) => {
    const error = await list(args, sort).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(GraphQLError);
    expect((error as GraphQLError).extensions).toEqual({
      code: "BAD_USER_INPUT",
      ...(field ? { field } : {}),
    });
  });
});

import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCourse, createUser } from "../../test/factories.js";
import { type GraphQLResponse, startTestServer, type TestServer } from "../../test/server.js";
import { encodeCursor } from "./cursor.js";
import { toGlobalId } from "./global-id.js";

// Cursor connections, through the one list the API has from the start:
// `courses`, published courses newest first (publishedAt desc, then id desc).

const PAGE = `query ($first: Int, $after: String, $last: Int, $before: String) {
  courses(first: $first, after: $after, last: $last, before: $before) {
    totalCount
    edges { cursor node { id title } }
    nodes { id }
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
  }
}`;

interface Page {
  totalCount: number;
  edges: { cursor: string; node: { id: string; title: string } }[];
  nodes: { id: string }[];
  pageInfo: {
    hasNextPage: boolean;
    hasPreviousPage: boolean;
    startCursor: string | null;
    endCursor: string | null;
  };
}

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;
const PUBLISHED = 14;

let server: TestServer;
/** Global ids of the published courses in the expected order. */
let expected: string[];

beforeAll(async () => {
  server = await startTestServer();
  const prisma = server.app.prisma;
  const instructors = await Promise.all(
    Array.from({ length: 6 }, (_, i) =>
      createUser(prisma, { roles: ["INSTRUCTOR"], firstName: `Teacher${i}` }),
    ),
  );
  const base = Date.UTC(2026, 0, 1);
  const published = [];
  for (let i = 0; i < PUBLISHED - 2; i++) {
    published.push(
      await createCourse(prisma, {
        instructorId: instructors[i % 6]!.id,
        title: `Published ${i}`,
        publishedAt: new Date(base - i * 3_600_000),
      }),
    );
  }
  // Two courses published at the same instant: the id breaks the tie.
  const tie = new Date(base - 5.5 * 3_600_000);
  for (const title of ["Tie A", "Tie B"]) {
    published.push(await createCourse(prisma, { instructorId: instructors[0]!.id, title, publishedAt: tie }));
  }
  for (const status of ["DRAFT", "PRIVATE", "ARCHIVED"] as const) {
    await createCourse(prisma, { instructorId: instructors[1]!.id, status, title: `Hidden ${status}` });
  }
  const deleted = await createCourse(prisma, { title: "Deleted", publishedAt: new Date(base + 1000) });
  await prisma.course.update({ where: { id: deleted.id }, data: { deletedAt: new Date() } });

  expected = published
    .sort((a, b) => b.publishedAt!.getTime() - a.publishedAt!.getTime() || (a.id < b.id ? 1 : -1))
    .map((c) => toGlobalId("Course", c.id));
});
afterAll(() => server?.close());

async function page(args: Record<string, unknown>): Promise<Page> {
  const res = await server.gql<{ courses: Page }>(PAGE, args);
  expect(res.errors).toBeUndefined();
  const courses = res.data!.courses;
  // Edges and nodes are the same page; the cursors frame it.
  expect(courses.nodes.map((n) => n.id)).toEqual(courses.edges.map((e) => e.node.id));
  expect(courses.pageInfo.startCursor).toBe(courses.edges[0]?.cursor ?? null);
  expect(courses.pageInfo.endCursor).toBe(courses.edges.at(-1)?.cursor ?? null);
  expect(courses.totalCount).toBe(PUBLISHED);
  return courses;
}

describe("courses connection", () => {
  it("walks forward with first/after over every published course exactly once, in order", async () => {
    const seen: string[] = [];
    const flags: [boolean, boolean][] = [];
    let after: string | null = null;
    for (let i = 0; i < 10; i++) {
      const p = await page({ first: 4, after });
      seen.push(...p.nodes.map((n) => n.id));
      flags.push([p.pageInfo.hasPreviousPage, p.pageInfo.hasNextPage]);
      if (!p.pageInfo.hasNextPage) break;
      after = p.pageInfo.endCursor;
    }
    expect(seen).toEqual(expected);
    expect(flags).toEqual([
      [false, true],
      [true, true],
      [true, true],
      [true, false],
    ]);
  });

  it("walks backward with last/before over every published course exactly once, in order", async () => {
    const seen: string[] = [];
    const flags: [boolean, boolean][] = [];
    let before: string | null = null;
    for (let i = 0; i < 10; i++) {
      const p = await page({ last: 4, before });
      seen.unshift(...p.nodes.map((n) => n.id));
      flags.push([p.pageInfo.hasPreviousPage, p.pageInfo.hasNextPage]);
      if (!p.pageInfo.hasPreviousPage) break;
      before = p.pageInfo.startCursor;
    }
    expect(seen).toEqual(expected);
    expect(flags).toEqual([
      [true, false],
      [true, true],
      [true, true],
      [false, true],
    ]);
  });

  it("pages from a cursor in the middle both ways", async () => {
    const all = await page({ first: 100 });
    const cursor = all.edges[6]!.cursor;
    expect((await page({ first: 3, after: cursor })).nodes.map((n) => n.id)).toEqual(expected.slice(7, 10));
    expect((await page({ last: 3, before: cursor })).nodes.map((n) => n.id)).toEqual(expected.slice(3, 6));
    const end = await page({ first: 5, after: all.pageInfo.endCursor });
    expect(end.edges).toEqual([]);
    expect(end.pageInfo).toEqual({
      hasNextPage: false,
      hasPreviousPage: true,
      startCursor: null,
      endCursor: null,
    });
  });

  it("returns the whole list when it is shorter than the default page, and up to 100", async () => {
    expect((await page({})).nodes).toHaveLength(PUBLISHED);
    expect((await page({ first: 100 })).nodes.map((n) => n.id)).toEqual(expected);
  });

  it("hands out opaque ids and cursors, never raw uuids", async () => {
    const p = await page({ first: 100 });
    expect(JSON.stringify(p.nodes)).not.toMatch(UUID);
    for (const node of p.nodes) expect(Buffer.from(node.id, "base64url").toString()).toMatch(/^Course:/);
  });

  it.each<[string, Record<string, unknown>, string]>([
    ["first: 0", { first: 0 }, "first"],
    ["first: -1", { first: -1 }, "first"],
    ["first: 101", { first: 101 }, "first"],
    ["last: 0", { last: 0 }, "last"],
    ["last: 101", { last: 101 }, "last"],
    ["a garbage after", { first: 2, after: "garbage" }, "after"],
    ["a garbage before", { last: 2, before: "%%%" }, "before"],
    ["a cursor of another shape", { first: 2, after: encodeCursor([1]) }, "after"],
    ["a cursor whose id is not a uuid", { first: 2, after: encodeCursor([new Date(), 42]) }, "after"],
    [
      "a cursor with a string for a date",
      { last: 2, before: encodeCursor(["soon", randomUUID()]) },
      "before",
    ],
  ])("refuses %s with BAD_USER_INPUT", async (_name, args, field) => {
    const res = await server.gql(PAGE, args);
    expect(res.data ?? null).toBeNull();
    expect(res.errors).toHaveLength(1);
    expect(res.errors![0]!.extensions).toEqual({ code: "BAD_USER_INPUT", field });
  });

  it("refuses first and last together with BAD_USER_INPUT", async () => {
    const res = await server.gql(PAGE, { first: 2, last: 2 });
    expect(res.errors!.map((e) => [e.message, e.extensions?.code])).toEqual([
      ["Pass either `first` or `last`, not both.", "BAD_USER_INPUT"],
    ]);
  });

  it("sends the same few SQL statements for 5 and 50 cards with instructors (no N+1)", async () => {
    const cards = (n: number) =>
      `{ courses(first: ${n}) { nodes { id title price { formatted } instructor { name } } } }`;
    const five = await server.gql<{ courses: { nodes: { instructor: { name: string } }[] } }>(cards(5));
    const fifty = await server.gql<{ courses: { nodes: { instructor: { name: string } }[] } }>(cards(50));
    expect(five.data!.courses.nodes).toHaveLength(5);
    expect(fifty.data!.courses.nodes).toHaveLength(PUBLISHED);
    expect(new Set(fifty.data!.courses.nodes.map((n) => n.instructor.name)).size).toBe(6);
    expect(five.extensions!.sqlStatements).toBe(fifty.extensions!.sqlStatements);
    expect(fifty.extensions!.sqlStatements).toBeLessThanOrEqual(3);
  });

  it("counts only when totalCount is selected", async () => {
    const without = await server.gql("{ courses(first: 5) { nodes { id } } }");
    const withCount = await server.gql("{ courses(first: 5) { totalCount nodes { id } } }");
    expect(withCount.extensions!.sqlStatements).toBe(without.extensions!.sqlStatements! + 1);
  });
});

describe("a published course without publishedAt", () => {
  it("is listed exactly once when every course is a page boundary", async () => {
    const prisma = server.app.prisma;
    const odd = await createCourse(prisma, { title: "No date" });
    await prisma.course.update({ where: { id: odd.id }, data: { publishedAt: null } });
    try {
      const seen: string[] = [];
      let after: string | null = null;
      for (let i = 0; i <= PUBLISHED + 1; i++) {
        const res: GraphQLResponse<{ courses: Page }> = await server.gql(PAGE, { first: 1, after });
        expect(res.errors).toBeUndefined();
        const { nodes, pageInfo } = res.data!.courses;
        seen.push(...nodes.map((n) => n.id));
        if (!pageInfo.hasNextPage) break;
        after = pageInfo.endCursor;
      }
      expect(seen).toHaveLength(PUBLISHED + 1);
      expect(new Set(seen)).toEqual(new Set([...expected, toGlobalId("Course", odd.id)]));
    } finally {
      await prisma.course.delete({ where: { id: odd.id } });
    }
  });
});

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCatalogCourse, createInstructor, gid } from "../../../test/catalog-factories.js";
import { startTestServer, type TestServer } from "../../../test/server.js";

const COURSES = `query ($query: String, $filter: CourseFilter, $orderBy: CourseOrder, $first: Int, $after: String, $last: Int, $before: String) {
  courses(query: $query, filter: $filter, orderBy: $orderBy, first: $first, after: $after, last: $last, before: $before) {
    totalCount
    nodes { slug title }
    edges { cursor }
    pageInfo { hasNextPage hasPreviousPage endCursor startCursor }
    facets { categories { category count } levels { level count } }
  }
}`;

interface Page {
  totalCount: number;
  nodes: { slug: string; title: string }[];
  edges: { cursor: string }[];
  pageInfo: {
    hasNextPage: boolean;
    hasPreviousPage: boolean;
    endCursor: string | null;
    startCursor: string | null;
  };
  facets: { categories: { category: string; count: number }[]; levels: { level: string; count: number }[] };
}

let server: TestServer;
let otherInstructorId: string;

const list = async (variables: Record<string, unknown>) => {
  const res = await server.gql<{ courses: Page }>(COURSES, variables);
  expect(res.errors).toBeUndefined();
  return res.data!.courses;
};
const slugs = async (variables: Record<string, unknown>) => (await list(variables)).nodes.map((n) => n.slug);

beforeAll(async () => {
  server = await startTestServer();
  const p = server.app.prisma;
  const teacher = await createInstructor(p);
  const other = await createInstructor(p);
  otherInstructorId = other.id;
  const day = (n: number) => new Date(Date.UTC(2026, 0, n));
  const base = { instructorId: teacher.id };
  await createCatalogCourse(p, {
    ...base,
    slug: "ts",
    title: "TypeScript for Beginners",
    subtitle: "Types that catch bugs",
    description: "Learn typed JavaScript by building a REST client.",
    tags: ["typescript", "javascript"],
    priceCents: 4900,
    studentCount: 30,
    averageRating: 4.5,
    reviewCount: 10,
    publishedAt: day(1),
  });
  await createCatalogCourse(p, {
    ...base,
    slug: "py",
    title: "Python Data Analysis",
    description: "Analysing data with pandas. Running notebooks and courses of exercises.",
    category: "Data Science",
    level: "INTERMEDIATE",
    tags: ["python", "data"],
    priceCents: 0,
    studentCount: 100,
    averageRating: 4.8,
    reviewCount: 2,
    hasCertificate: false,
    publishedAt: day(2),
  });
  await createCatalogCourse(p, {
    instructorId: other.id,
    slug: "fr",
    title: "Les élèves et la programmation web",
    description: "Apprendre à développer des applications pour les élèves débutants.",
    language: "fr",
    format: "LIVE_GROUP",
    tags: ["web"],
    priceCents: 9900,
    studentCount: 5,
    averageRating: 4.5,
    reviewCount: 3,
    publishedAt: day(3),
  });
  await createCatalogCourse(p, {
    ...base,
    slug: "bridge",
    title: "Bridge: les enchères",
    description: "Jeux de cartes pour débutants.",
    category: "Jeux de cartes",
    level: "ADVANCED",
    language: "fr",
    format: "IN_PERSON",
    priceCents: 15000,
    currency: "GBP",
    studentCount: 50,
    publishedAt: day(4),
  });
  // Never listed: a draft, an archived and a deleted course that all match "typescript".
  await createCatalogCourse(p, { ...base, slug: "draft", title: "TypeScript draft", status: "DRAFT" });
  await createCatalogCourse(p, { ...base, slug: "old", title: "TypeScript archived", status: "ARCHIVED" });
  await createCatalogCourse(p, { ...base, slug: "gone", title: "TypeScript deleted", deletedAt: new Date() });
});
afterAll(() => server?.close());

describe("courses: public catalog", () => {
  it("lists published courses only, newest first by default", async () => {
    const page = await list({});
    expect(page.nodes.map((n) => n.slug)).toEqual(["bridge", "fr", "py", "ts"]);
    expect(page.totalCount).toBe(4);
  });

  it.each([
    [{ category: "Data Science" }, ["py"]],
    [{ category: ["Data Science", "Jeux de cartes"] }, ["bridge", "py"]],
    [{ level: "INTERMEDIATE" }, ["py"]],
    [{ format: ["LIVE_GROUP", "IN_PERSON"] }, ["bridge", "fr"]],
    [{ language: "fr" }, ["bridge", "fr"]],
    [{ tags: ["typescript", "javascript"] }, ["ts"]],
    [{ tags: ["typescript", "python"] }, []],
    [{ freeOnly: true }, ["py"]],
    [{ price: { minCents: 4900, maxCents: 9900 } }, ["fr", "ts"]],
    [{ price: { currency: "gbp" } }, ["bridge"]],
    [{ hasCertificate: false }, ["py"]],
  ])("filters by %j", async (filter, expected) => {
    expect(await slugs({ filter })).toEqual(expected);
  });

  it("filters by instructor global id, and rejects a malformed one", async () => {
    expect(await slugs({ filter: { instructorId: gid("User", otherInstructorId) } })).toEqual(["fr"]);
    const bad = await server.gql(COURSES, { filter: { instructorId: "nope" } });
    expect(bad.errors?.[0]?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      field: "filter.instructorId",
    });
  });

  it.each([
    [{ field: "PRICE" }, ["py", "ts", "fr", "bridge"]],
    [{ field: "PRICE", direction: "DESC" }, ["bridge", "fr", "ts", "py"]],
    [{ field: "POPULARITY" }, ["py", "bridge", "ts", "fr"]],
    [{ field: "RATING" }, ["py", "ts", "fr", "bridge"]],
    [{ field: "NEWEST", direction: "ASC" }, ["ts", "py", "fr", "bridge"]],
  ])("orders by %j", async (orderBy, expected) => {
    expect(await slugs({ orderBy })).toEqual(expected);
  });

  it("pages forward and backward with keyset cursors in every order", async () => {
    for (const orderBy of [
      { field: "PRICE" },
      { field: "RATING" },
      { field: "NEWEST" },
      { field: "POPULARITY" },
    ]) {
      const all = await slugs({ orderBy });
      const seen: string[] = [];
      let after: string | null = null;
      for (;;) {
        const page: Page = await list({ orderBy, first: 3, after });
        seen.push(...page.nodes.map((n) => n.slug));
        if (!page.pageInfo.hasNextPage) break;
        after = page.pageInfo.endCursor;
      }
      expect(seen).toEqual(all);
      const last = await list({ orderBy, last: 2 });
      expect(last.nodes.map((n) => n.slug)).toEqual(all.slice(-2));
      const before = await list({ orderBy, last: 5, before: last.pageInfo.startCursor });
      expect(before.nodes.map((n) => n.slug)).toEqual(all.slice(0, -2));
    }
  });

  it("refuses a cursor of another order and bad filter values as BAD_USER_INPUT", async () => {
    const { pageInfo } = await list({ orderBy: { field: "PRICE" }, first: 1 });
    for (const variables of [
      { orderBy: { field: "RATING" }, after: pageInfo.endCursor },
      { after: "not-a-cursor" },
      { filter: { price: { minCents: -1 } } },
      { filter: { price: { minCents: 500, maxCents: 100 } } },
      { first: 101 },
    ]) {
      const res = await server.gql(COURSES, variables);
      expect(res.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    }
  });
});

describe("courses: full-text search", () => {
  it.each([
    ["typescript", ["ts"]],
    ["TYPED javascript", ["ts"]],
    ["eleve", ["fr"]],
    ["élèves", ["fr"]],
    ["développement", ["fr"]],
    ["run", ["py"]],
    ["course", ["py"]],
    ["débutant", ["bridge", "fr"]],
    ["pandas -python", []],
  ])("finds %j across accents and word forms", async (query, expected) => {
    expect((await slugs({ query })).sort()).toEqual(expected);
  });

  it("ranks title matches above description matches", async () => {
    await createCatalogCourse(server.app.prisma, {
      slug: "web-title",
      title: "Applications for servers",
      description: "Servers and browsers.",
      studentCount: 0,
    });
    const ranked = await slugs({ query: "application" });
    expect(ranked).toEqual(["web-title", "fr"]);
    const popular = await slugs({ query: "application", orderBy: { field: "POPULARITY" } });
    expect(popular).toEqual(["fr", "web-title"]);
    await server.app.prisma.course.delete({ where: { slug: "web-title" } });
  });

  it("pages through relevance-ranked results with exact cursors", async () => {
    const all = await slugs({ query: "débutant OR typescript OR python" });
    expect(all).toHaveLength(4);
    const first = await list({ query: "débutant OR typescript OR python", first: 3 });
    const rest = await list({
      query: "débutant OR typescript OR python",
      first: 3,
      after: first.pageInfo.endCursor,
    });
    expect([...first.nodes, ...rest.nodes].map((n) => n.slug)).toEqual(all);
    expect(rest.pageInfo.hasNextPage).toBe(false);
  });

  it("counts facets for the current search, each without its own filter", async () => {
    const page = await list({ query: "débutants", filter: { category: "Programming" } });
    expect(page.nodes.map((n) => n.slug)).toEqual(["fr"]);
    expect(page.facets.categories).toEqual([
      { category: "Jeux de cartes", count: 1 },
      { category: "Programming", count: 1 },
    ]);
    expect(page.facets.levels).toEqual([{ level: "BEGINNER", count: 1 }]);
    const all = await list({});
    expect(all.facets.levels).toEqual([
      { level: "BEGINNER", count: 2 },
      { level: "ADVANCED", count: 1 },
      { level: "INTERMEDIATE", count: 1 },
    ]);
  });
});

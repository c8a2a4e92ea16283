import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addCurriculum, createCatalogCourse, createInstructor } from "../../../test/catalog-factories.js";
import { startTestServer, type TestServer } from "../../../test/server.js";
import type { AppContext } from "../../context.js";
import { currentStatementCount, runWithStatementCounter } from "../../db/statement-counter.js";
import { Prisma } from "../../generated/prisma/client.js";
import { LoaderRegistry } from "../../graphql/loaders.js";
import { courseSelect } from "./catalog.loaders.js";
import { CatalogService } from "./catalog.service.js";
import { parseCourseSearch } from "./course-search.input.js";
import { keysetCondition, orderByClause, searchConditions, sortKeys } from "./course-search.sql.js";
import { lessonsByModule, modulesByCourse } from "./curriculum.loaders.js";
import { lessonSelect, moduleSelect } from "./curriculum.types.js";

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.close());

// The page `pnpm bench` measures (bench/src/queries.ts), narrowed to one category.
const PAGE = `query ($first: Int!) {
  courses(first: $first, filter: { category: "Page" }) {
    totalCount
    pageInfo { hasNextPage endCursor }
    nodes {
      id title slug averageRating reviewCount
      price { amountCents currency }
      instructor { id firstName lastName avatarUrl }
      modules { id title position lessons { id title position } }
    }
  }
}`;

describe("catalog page statements", () => {
  it("answers a page with instructor, curriculum, rating and totalCount in 4 statements for 5 and for 50 courses", async () => {
    const p = server.app.prisma;
    const instructors = await Promise.all([0, 1, 2].map(() => createInstructor(p)));
    for (let i = 0; i < 55; i++) {
      const course = await createCatalogCourse(p, {
        title: `Page course ${i}`,
        category: "Page",
        instructorId: instructors[i % 3]!.id,
        reviewCount: i % 4,
        averageRating: i % 4 === 0 ? 0 : 3.5,
      });
      await addCurriculum(p, course.id, i % 5 === 0 ? [] : [2, 0, 1]);
    }
    type Page = {
      courses: {
        totalCount: number;
        pageInfo: { hasNextPage: boolean };
        nodes: {
          instructor: { id: string } | null;
          averageRating: number | null;
          modules: { position: number; lessons: { position: number }[] }[];
        }[];
      };
    };
    const five = await server.gql<Page>(PAGE, { first: 5 });
    const fifty = await server.gql<Page>(PAGE, { first: 50 });
    expect(five.errors).toBeUndefined();
    expect(fifty.errors).toBeUndefined();
    expect(five.data!.courses.nodes).toHaveLength(5);
    expect(fifty.data!.courses.nodes).toHaveLength(50);
    expect(fifty.data!.courses.totalCount).toBe(55);
    expect(fifty.data!.courses.pageInfo.hasNextPage).toBe(true);
    for (const node of fifty.data!.courses.nodes) {
      expect(node.instructor).not.toBeNull();
      expect([[], [2, 0, 1]]).toContainEqual(node.modules.map((m) => m.lessons.length));
      expect(node.modules.map((m) => m.position)).toEqual([...node.modules.keys()]);
    }
    // Rows with their sort keys, totalCount, instructors, modules joined with their lessons.
    expect(five.extensions?.sqlStatements).toBe(4);
    expect(fifty.extensions?.sqlStatements).toBe(4);
  });
});

describe("catalog page plan", () => {
  it("reads the NEWEST page, first or after a cursor, in index order without sorting", async () => {
    const p = server.app.prisma;
    const search = parseCourseSearch(null, null);
    const keys = sortKeys("NEWEST", null);
    const after = keysetCondition(keys, [new Date(), "01941f29-7c00-786e-9bb6-8b6f4ab63f8e"], "DESC");
    for (const where of [searchConditions(search), Prisma.sql`${searchConditions(search)} AND ${after}`]) {
      // Tiny test tables are cheaper to scan: forbid that to see which index can serve the order.
      const plan = await p.$transaction(async (tx) => {
        await tx.$executeRaw`SET LOCAL enable_seqscan = off`;
        return tx.$queryRaw<{ "QUERY PLAN": string }[]>`EXPLAIN SELECT c.id FROM courses c WHERE ${where}
          ORDER BY ${orderByClause(keys, "DESC")} LIMIT 21`;
      });
      const text = plan.map((r) => r["QUERY PLAN"]).join("\n");
      expect(text).toContain("courses_published_newest_idx");
      expect(text).not.toContain("Sort");
    }
  });
});

describe("raw reads return Prisma's rows", () => {
  it("gives the course rows of the keyset statement exactly as course.findMany would", async () => {
    const p = server.app.prisma;
    const teacher = await createInstructor(p);
    const full = await createCatalogCourse(p, {
      category: "Parity",
      instructorId: teacher.id,
      tags: ["a", "b"],
      captionsAvailable: ["fr"],
      prerequisites: ["none"],
      averageRating: 4.25,
      reviewCount: 4,
      certificationValidityYears: 3,
    });
    const bare = await createCatalogCourse(p, { category: "Parity", level: null, subtitle: null });
    await p.$executeRaw`UPDATE courses SET tags = NULL, meta_keywords = NULL WHERE id = ${bare.id}::uuid`;
    const service = new CatalogService({ prisma: p });
    const page = await service.listCourses({ filter: { category: ["Parity"] }, page: { first: 10 } });
    const expected = await p.course.findMany({
      where: { id: { in: [full.id, bare.id] } },
      select: courseSelect,
    });
    expect(page.nodes).toHaveLength(2);
    for (const node of page.nodes) {
      const prismaRow = expected.find((r) => r.id === node.id)!;
      expect(node).toEqual(prismaRow);
      expect(node.averageRating.toString()).toBe(prismaRow.averageRating.toString());
    }
  });

  it("gives modules and lessons of the curriculum join exactly as their findMany would, in order", async () => {
    const p = server.app.prisma;
    const course = await createCatalogCourse(p, { category: "Parity curriculum" });
    const empty = await createCatalogCourse(p, { category: "Parity curriculum" });
    const [first] = await addCurriculum(p, course.id, [2, 0, 3]);
    await p.lesson.update({
      where: { id: first!.lessons[0]!.id },
      data: { downloadableResources: [{ name: "Slides", url: "https://x.test/s.pdf", size: 12 }] },
    });
    const ctx = { prisma: p, loaders: new LoaderRegistry() } as unknown as AppContext;
    const { modules, none, lessons, statements } = await runWithStatementCounter(async () => {
      const [modules, none] = await Promise.all([
        modulesByCourse(ctx).load(course.id),
        modulesByCourse(ctx).load(empty.id),
      ]);
      const lessons = await Promise.all(modules.map((m) => lessonsByModule(ctx).load(m.id)));
      return { modules, none, lessons, statements: currentStatementCount() };
    });
    // Both courses, their modules and every lesson: one statement (lessons are primed by it).
    expect(statements).toBe(1);
    expect(none).toEqual([]);
    const expectedModules = await p.courseModule.findMany({
      where: { courseId: course.id },
      orderBy: { position: "asc" },
      select: moduleSelect,
    });
    expect(modules).toEqual(expectedModules);
    for (const [i, module] of modules.entries()) {
      const expectedLessons = await p.lesson.findMany({
        where: { moduleId: module.id },
        orderBy: { position: "asc" },
        select: lessonSelect,
      });
      expect(lessons[i]).toEqual(expectedLessons);
    }
    expect(lessons.map((l) => l.length)).toEqual([2, 0, 3]);
  });
});

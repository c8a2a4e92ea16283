import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  addCurriculum,
  createCatalogCourse,
  createInstructor,
  enroll,
  gid,
  tokenFor,
} from "../../../test/catalog-factories.js";
import { createUser } from "../../../test/factories.js";
import { startTestServer, type TestServer } from "../../../test/server.js";

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.close());

const CARD = `id slug title instructor { name }
  modules { title lessons { title } }
  reviews(first: 3) { totalCount nodes { rating } }
  resources { nodes { title } }`;

describe("DataLoader: nested catalog reads", () => {
  it("reads 5 and 50 courses with curriculum, instructor, reviews and resources in the same few statements", async () => {
    const p = server.app.prisma;
    const instructors = await Promise.all([0, 1, 2].map(() => createInstructor(p)));
    const students = await Promise.all([0, 1, 2, 3].map(() => createUser(p)));
    for (let i = 0; i < 50; i++) {
      const course = await createCatalogCourse(p, {
        title: `Loader course ${i}`,
        instructorId: instructors[i % 3]!.id,
        category: "Loaders",
      });
      await addCurriculum(p, course.id, [2, 1]);
      await p.courseReview.createMany({
        data: students.map((s, j) => ({
          courseId: course.id,
          userId: s.id,
          rating: 1 + ((i + j) % 5),
          content: "ok",
        })),
      });
      await p.resource.createMany({
        data: [1, 2].map((n) => ({
          title: `R${n}`,
          description: "d",
          type: "pdf",
          url: "https://x.test/r.pdf",
          author: "A",
          courseId: course.id,
        })),
      });
    }
    const query = (first: number) =>
      server.gql<{
        courses: { nodes: { modules: { lessons: unknown[] }[]; reviews: { nodes: unknown[] } }[] };
      }>(
        `query ($first: Int) { courses(first: $first, filter: { category: "Loaders" }) { nodes { ${CARD} } } }`,
        { first },
      );
    const five = await query(5);
    const fifty = await query(50);
    expect(five.errors).toBeUndefined();
    expect(fifty.errors).toBeUndefined();
    expect(five.data!.courses.nodes).toHaveLength(5);
    expect(fifty.data!.courses.nodes).toHaveLength(50);
    for (const node of fifty.data!.courses.nodes) {
      expect(node.reviews.nodes).toHaveLength(3);
      expect(node.modules.map((m) => m.lessons.length)).toEqual([2, 1]);
    }
    // Rows with their keys, instructors, modules joined with lessons, reviews (window), resources (window).
    expect(five.extensions?.sqlStatements).toBe(5);
    expect(fifty.extensions?.sqlStatements).toBe(5);

    // Signed in, the viewer and their enrollments add one statement each, still constant.
    const token = tokenFor(server.app.config, students[0]!);
    const withContent = (first: number) =>
      server.gql(
        `query ($first: Int) { courses(first: $first, filter: { category: "Loaders" }) { nodes { ${CARD} viewerCanEnroll modules { lessons { videoUrl } } } } }`,
        { first },
        { token },
      );
    const [a, b] = [await withContent(5), await withContent(50)];
    expect(a.errors).toBeUndefined();
    expect(a.extensions?.sqlStatements).toBe(7);
    expect(b.extensions?.sqlStatements).toBe(7);
  });
});

describe("course(id | slug)", () => {
  it("returns the curriculum in order, by id or by slug, and null for hidden or unknown courses", async () => {
    const p = server.app.prisma;
    const teacher = await createInstructor(p);
    const course = await createCatalogCourse(p, {
      title: "Ordered",
      slug: "ordered",
      instructorId: teacher.id,
    });
    const [first, second] = await addCurriculum(p, course.id, [2, 3]);
    // Reverse the stored positions: the API must follow position, not insertion order.
    await p.courseModule.update({ where: { id: first!.module.id }, data: { position: 5 } });
    const q = `query ($id: ID, $slug: String) { course(id: $id, slug: $slug) { slug modules { title position lessons { title } } } }`;
    const bySlug = await server.gql<{
      course: { modules: { title: string; lessons: { title: string }[] }[] };
    }>(q, {
      slug: "ordered",
    });
    expect(bySlug.data!.course.modules.map((m) => m.title)).toEqual([
      second!.module.title,
      first!.module.title,
    ]);
    expect(bySlug.data!.course.modules[0]!.lessons.map((l) => l.title)).toEqual([
      "Lesson 2.1",
      "Lesson 2.2",
      "Lesson 2.3",
    ]);
    const byId = await server.gql<{ course: { slug: string } }>(q, { id: gid("Course", course.id) });
    expect(byId.data!.course.slug).toBe("ordered");

    const draft = await createCatalogCourse(p, { status: "DRAFT", instructorId: teacher.id });
    expect((await server.gql(q, { id: gid("Course", draft.id) })).data!.course).toBeNull();
    const asOwner = await server.gql(
      q,
      { slug: draft.slug },
      { token: tokenFor(server.app.config, teacher) },
    );
    expect(asOwner.data!.course).not.toBeNull();
    expect((await server.gql(q, { slug: "nope" })).data!.course).toBeNull();
    const both = await server.gql(q, { id: gid("Course", course.id), slug: "ordered" });
    expect(both.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    const wrongType = await server.gql(q, { id: gid("User", teacher.id) });
    expect(wrongType.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
  });

  it("shows preview lessons to everyone and other lesson content only to enrolled students, the owner and admins", async () => {
    const p = server.app.prisma;
    const teacher = await createInstructor(p);
    const student = await createUser(p);
    const course = await createCatalogCourse(p, { instructorId: teacher.id });
    await addCurriculum(p, course.id, [2]);
    const q = `query ($id: ID) { course(id: $id) { viewerCanReadContent modules { lessons { isPreview viewerCanRead videoUrl articleContent } } } }`;
    type R = {
      course: {
        viewerCanReadContent: boolean;
        modules: { lessons: { isPreview: boolean; videoUrl: string | null }[] }[];
      };
    };
    const read = async (token?: string) =>
      (await server.gql<R>(q, { id: gid("Course", course.id) }, token ? { token } : {})).data!.course;
    const anonymous = await read();
    expect(anonymous.viewerCanReadContent).toBe(false);
    expect(anonymous.modules[0]!.lessons.map((l) => l.videoUrl !== null)).toEqual([true, false]);
    const studentToken = tokenFor(server.app.config, student);
    expect((await read(studentToken)).modules[0]!.lessons.map((l) => l.videoUrl !== null)).toEqual([
      true,
      false,
    ]);
    await enroll(p, student.id, course.id);
    const enrolled = await read(studentToken);
    expect(enrolled.viewerCanReadContent).toBe(true);
    expect(enrolled.modules[0]!.lessons.map((l) => l.videoUrl !== null)).toEqual([true, true]);
    const owner = await read(tokenFor(server.app.config, teacher));
    expect(owner.modules[0]!.lessons.every((l) => l.videoUrl !== null)).toBe(true);
  });

  it("resolves catalog nodes with the course's visibility", async () => {
    const p = server.app.prisma;
    const teacher = await createInstructor(p);
    const draft = await createCatalogCourse(p, { status: "DRAFT", instructorId: teacher.id });
    const [{ module, lessons }] = (await addCurriculum(p, draft.id, [1])) as [
      { module: { id: string }; lessons: { id: string }[] },
      ...unknown[],
    ];
    const q = `query ($ids: [ID!]!) { nodes(ids: $ids) { id __typename } }`;
    const ids = [gid("Course", draft.id), gid("CourseModule", module.id), gid("Lesson", lessons[0]!.id)];
    const hidden = await server.gql<{ nodes: (object | null)[] }>(q, { ids });
    expect(hidden.data!.nodes).toEqual([null, null, null]);
    const owner = await server.gql<{ nodes: { __typename: string }[] }>(
      q,
      { ids },
      { token: tokenFor(server.app.config, teacher) },
    );
    expect(owner.data!.nodes.map((n) => n.__typename)).toEqual(["Course", "CourseModule", "Lesson"]);
  });
});

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createAdmin,
  createCatalogCourse,
  createInstructor,
  enroll,
  gid,
  tokenFor,
} from "../../../test/catalog-factories.js";
import { createUser } from "../../../test/factories.js";
import { startTestServer, type TestServer } from "../../../test/server.js";

let server: TestServer;
let teacher: { id: string; roles: string[] };
let teacherToken: string;

const ERR = "userErrors { field message code }";
const COURSE = "id slug title status publishedAt";
type UserErrors = { field: string[] | null; code: string }[];
type CoursePayload = {
  course: { id: string; slug: string; title: string; status: string; publishedAt: string | null } | null;
  userErrors: UserErrors;
};

type MutationName =
  | "createCourse"
  | "updateCourse"
  | "publishCourse"
  | "unpublishCourse"
  | "archiveCourse"
  | "deleteCourse"
  | "createCourseModule"
  | "createLesson";

const mutate = <T>(
  name: MutationName,
  inputType: string,
  selection: string,
  input: Record<string, unknown>,
  token?: string,
) =>
  server.gql<Record<MutationName, T>>(
    `mutation ($input: ${inputType}!) { ${name}(input: $input) { ${selection} } }`,
    { input },
    token ? { token } : {},
  );
const createCourse = (input: Record<string, unknown>, token = teacherToken) =>
  mutate<CoursePayload>("createCourse", "CreateCourseInput", `course { ${COURSE} } ${ERR}`, input, token);
const updateCourse = (input: Record<string, unknown>, token = teacherToken) =>
  mutate<CoursePayload>("updateCourse", "UpdateCourseInput", `course { ${COURSE} } ${ERR}`, input, token);
const transition = (name: MutationName, courseId: string, token = teacherToken) =>
  mutate<CoursePayload>(name, "CourseIdInput", `course { ${COURSE} } ${ERR}`, { courseId }, token);

/** Every catalog row that authoring can change, to prove a refused mutation changed nothing. */
const snapshot = () =>
  server.app.prisma.$queryRaw`SELECT
    (SELECT json_agg(c ORDER BY c.id) FROM (SELECT id, slug, title, status, price_cents, lesson_count, deleted_at, updated_at FROM courses) c) AS courses,
    (SELECT json_agg(m ORDER BY m.id) FROM course_modules m) AS modules,
    (SELECT json_agg(l ORDER BY l.id) FROM lessons l) AS lessons`;

beforeAll(async () => {
  server = await startTestServer();
  teacher = await createInstructor(server.app.prisma);
  teacherToken = tokenFor(server.app.config, teacher);
});
afterAll(() => server?.close());

describe("createCourse", () => {
  it("creates a draft taught by the viewer, with a unique slug generated from the title", async () => {
    const first = await createCourse({
      title: "Les élèves & TypeScript!",
      priceCents: 1900,
      currency: "usd",
    });
    expect(first.data!.createCourse.userErrors).toEqual([]);
    expect(first.data!.createCourse.course).toMatchObject({
      slug: "les-eleves-typescript",
      status: "DRAFT",
      publishedAt: null,
    });
    const second = await createCourse({ title: "Les élèves & TypeScript" });
    expect(second.data!.createCourse.course!.slug).toBe("les-eleves-typescript-2");
    const row = await server.app.prisma.course.findFirstOrThrow({ where: { slug: "les-eleves-typescript" } });
    expect(row).toMatchObject({
      instructorId: teacher.id,
      currency: "USD",
      accessType: "PAID",
      priceCents: 1900,
    });
    const free = await server.app.prisma.course.findFirstOrThrow({
      where: { slug: "les-eleves-typescript-2" },
    });
    expect(free).toMatchObject({ priceCents: 0, accessType: "FREE" });
  });

  it.each([
    [{ title: "  " }, ["input", "title"], "REQUIRED"],
    [{ title: "Negative", priceCents: -100 }, ["input", "priceCents"], "INVALID"],
    [{ title: "Dup", slug: "les-eleves-typescript" }, ["input", "slug"], "TAKEN"],
    [{ title: "Bad slug", slug: "Not A Slug" }, ["input", "slug"], "INVALID"],
    [{ title: "Free but paid", priceCents: 500, accessType: "FREE" }, ["input", "accessType"], "INVALID"],
  ])("refuses %j with a user error and changes nothing", async (input, field, code) => {
    const before = await snapshot();
    const res = await createCourse(input);
    expect(res.data!.createCourse.course).toBeNull();
    expect(res.data!.createCourse.userErrors[0]).toMatchObject({ field, code });
    expect(await snapshot()).toEqual(before);
  });

  it("is for instructors and admins only", async () => {
    const student = await createUser(server.app.prisma);
    const res = await createCourse({ title: "Mine" }, tokenFor(server.app.config, student));
    expect(res.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const anonymous = await server.gql(`mutation { createCourse(input: { title: "x" }) { course { id } } }`);
    expect(anonymous.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });
});

describe("publishing", () => {
  it("needs a description, a category and a lesson; the slug is stable once published", async () => {
    const created = await createCourse({ title: "Publish me" });
    const id = created.data!.createCourse.course!.id;
    const refused = await transition("publishCourse", id);
    expect(refused.data!.publishCourse.userErrors.map((e) => e.field?.[1])).toEqual([
      "description",
      "category",
      "courseId",
    ]);
    await updateCourse({
      courseId: id,
      description: "All about publishing.",
      category: "Programming",
      slug: "publish-me-now",
    });
    const moduleRes = await mutate<{ module: { id: string } }>(
      "createCourseModule",
      "CreateCourseModuleInput",
      "module { id }",
      { courseId: id, title: "Intro" },
      teacherToken,
    );
    await mutate(
      "createLesson",
      "CreateLessonInput",
      "lesson { id }",
      { moduleId: moduleRes.data!.createCourseModule.module.id, title: "Hello", type: "ARTICLE" },
      teacherToken,
    );
    const published = await transition("publishCourse", id);
    expect(published.data!.publishCourse.userErrors).toEqual([]);
    expect(published.data!.publishCourse.course).toMatchObject({
      status: "PUBLISHED",
      slug: "publish-me-now",
    });
    const publishedAt = published.data!.publishCourse.course!.publishedAt;
    expect(publishedAt).not.toBeNull();

    const slugChange = await updateCourse({ courseId: id, slug: "another-slug" });
    expect(slugChange.data!.updateCourse.userErrors[0]).toMatchObject({
      field: ["input", "slug"],
      code: "INVALID_STATE",
    });
    const retitled = await updateCourse({ courseId: id, title: "Published and renamed" });
    expect(retitled.data!.updateCourse.course).toMatchObject({
      slug: "publish-me-now",
      title: "Published and renamed",
    });

    expect((await transition("unpublishCourse", id)).data!.unpublishCourse.course!.status).toBe("DRAFT");
    const again = await transition("publishCourse", id);
    expect(again.data!.publishCourse.course!.publishedAt).toBe(publishedAt);
    expect((await transition("archiveCourse", id)).data!.archiveCourse.course!.status).toBe("ARCHIVED");
  });
});

describe("editing rights", () => {
  it("lets the owner and admins edit; others get FORBIDDEN (or NOT_FOUND for a hidden draft)", async () => {
    const p = server.app.prisma;
    const published = await createCatalogCourse(p, { instructorId: teacher.id, title: "Owned" });
    const draft = await createCatalogCourse(p, { instructorId: teacher.id, status: "DRAFT" });
    const other = tokenFor(server.app.config, await createInstructor(p));
    expect(
      (await updateCourse({ courseId: gid("Course", published.id), title: "Hijack" }, other)).errors?.[0]
        ?.extensions?.code,
    ).toBe("FORBIDDEN");
    expect(
      (await updateCourse({ courseId: gid("Course", draft.id), title: "Hijack" }, other)).errors?.[0]
        ?.extensions?.code,
    ).toBe("NOT_FOUND");
    expect((await updateCourse({ courseId: "bogus", title: "x" })).errors?.[0]?.extensions?.code).toBe(
      "NOT_FOUND",
    );

    const admin = await createAdmin(p);
    const res = await updateCourse(
      { courseId: gid("Course", published.id), title: "Fixed by admin" },
      tokenFor(server.app.config, admin),
    );
    expect(res.data!.updateCourse.course!.title).toBe("Fixed by admin");
    const audit = await p.auditLog.findFirstOrThrow({
      where: { actorId: admin.id, action: "course.update" },
    });
    expect(audit).toMatchObject({
      entityType: "Course",
      entityId: published.id,
      oldValues: { title: "Owned" },
      newValues: { title: "Fixed by admin" },
    });
    // The owner's own edits are not admin actions.
    await updateCourse({ courseId: gid("Course", published.id), title: "Mine again" });
    expect(await p.auditLog.count({ where: { entityId: published.id } })).toBe(1);
  });
});

describe("deleteCourse", () => {
  it("soft-deletes a course without enrollments and archives one with enrollments", async () => {
    const p = server.app.prisma;
    const empty = await createCatalogCourse(p, { instructorId: teacher.id });
    const taken = await createCatalogCourse(p, { instructorId: teacher.id });
    await enroll(p, (await createUser(p)).id, taken.id);
    const del = (id: string) =>
      mutate<{ outcome: string; course: { status: string } | null }>(
        "deleteCourse",
        "CourseIdInput",
        "outcome course { status }",
        { courseId: gid("Course", id) },
        teacherToken,
      );
    expect((await del(empty.id)).data!.deleteCourse).toEqual({ outcome: "DELETED", course: null });
    expect((await p.course.findUniqueOrThrow({ where: { id: empty.id } })).deletedAt).not.toBeNull();
    expect(
      (await server.gql<{ course: null }>(`{ course(slug: "${empty.slug}") { id } }`)).data!.course,
    ).toBeNull();
    expect((await del(taken.id)).data!.deleteCourse).toEqual({
      outcome: "ARCHIVED",
      course: { status: "ARCHIVED" },
    });
    expect((await p.course.findUniqueOrThrow({ where: { id: taken.id } })).deletedAt).toBeNull();
  });
});

describe("taughtCourses", () => {
  it("lists an instructor's drafts to them and admins only", async () => {
    const p = server.app.prisma;
    const author = await createInstructor(p);
    await createCatalogCourse(p, { instructorId: author.id, title: "Live one" });
    await createCatalogCourse(p, { instructorId: author.id, title: "Work in progress", status: "DRAFT" });
    await createCatalogCourse(p, { instructorId: author.id, title: "Gone", deletedAt: new Date() });
    const q = `query ($id: ID!) { node(id: $id) { ... on User { taughtCourses { totalCount nodes { title } } } } }`;
    type R = { node: { taughtCourses: { totalCount: number; nodes: { title: string }[] } } };
    const read = async (token?: string) =>
      (await server.gql<R>(q, { id: gid("User", author.id) }, token ? { token } : {})).data!.node
        .taughtCourses;
    expect((await read()).nodes.map((n) => n.title)).toEqual(["Live one"]);
    const own = await read(tokenFor(server.app.config, author));
    expect(own.totalCount).toBe(2);
    expect(own.nodes.map((n) => n.title).sort()).toEqual(["Live one", "Work in progress"]);
    expect((await read(tokenFor(server.app.config, await createAdmin(p)))).totalCount).toBe(2);
  });
});

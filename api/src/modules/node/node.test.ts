import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCourse, createUser, TEST_PASSWORD } from "../../../test/factories.js";
import { startTestServer, type TestServer } from "../../../test/server.js";
import { toGlobalId } from "../../graphql/global-id.js";

// Relay object identification (node / nodes) and course(id:), with the
// visibility rules of the catalog: hidden objects look exactly like unknown ones.

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;

type Who = "anonymous" | "student" | "instructor" | "otherInstructor" | "admin";

let server: TestServer;
const tokens = new Map<Who, string | undefined>();
let ids: { published: string; draft: string; deleted: string; instructor: string; student: string };

async function logIn(email: string): Promise<string> {
  const res = await server.gql<{ logIn: { tokens: { accessToken: string } } }>(
    "mutation ($input: LogInInput!) { logIn(input: $input) { tokens { accessToken } } }",
    { input: { email, password: TEST_PASSWORD } },
  );
  return res.data!.logIn.tokens.accessToken;
}

beforeAll(async () => {
  server = await startTestServer();
  const prisma = server.app.prisma;
  const instructor = await createUser(prisma, { roles: ["INSTRUCTOR"], firstName: "Ina" });
  const otherInstructor = await createUser(prisma, { roles: ["INSTRUCTOR"] });
  const student = await createUser(prisma);
  const admin = await createUser(prisma, { roles: ["ADMIN"] });
  const published = await createCourse(prisma, { instructorId: instructor.id, title: "Published" });
  const draft = await createCourse(prisma, { instructorId: instructor.id, status: "DRAFT", title: "Draft" });
  const deleted = await createCourse(prisma, { instructorId: instructor.id, title: "Deleted" });
  await prisma.course.update({ where: { id: deleted.id }, data: { deletedAt: new Date() } });
  ids = {
    published: published.id,
    draft: draft.id,
    deleted: deleted.id,
    instructor: instructor.id,
    student: student.id,
  };
  tokens.set("anonymous", undefined);
  tokens.set("student", await logIn(student.email));
  tokens.set("instructor", await logIn(instructor.email));
  tokens.set("otherInstructor", await logIn(otherInstructor.email));
  tokens.set("admin", await logIn(admin.email));
});
afterAll(() => server?.close());

const courseId = (uuid: string) => toGlobalId("Course", uuid);

const NODE = `query ($id: ID!) { node(id: $id) { __typename id ... on Course { title } ... on User { name } } }`;
const NODES = `query ($ids: [ID!]!) { nodes(ids: $ids) { __typename id ... on Course { title } } }`;
const COURSE = `query ($id: ID!) { course(id: $id) { id title instructor { id name } } }`;

interface NodeResult {
  __typename: string;
  id: string;
  title?: string;
  name?: string;
}

describe("node(id)", () => {
  it("returns a published course as a Course with its global id", async () => {
    const res = await server.gql<{ node: NodeResult }>(NODE, { id: courseId(ids.published) });
    expect(res.errors).toBeUndefined();
    expect(res.data!.node).toEqual({ __typename: "Course", id: courseId(ids.published), title: "Published" });
  });

  it("returns an instructor as a User", async () => {
    const res = await server.gql<{ node: NodeResult }>(NODE, { id: toGlobalId("User", ids.instructor) });
    expect(res.data!.node).toMatchObject({ __typename: "User", id: toGlobalId("User", ids.instructor) });
  });

  it.each([
    ["a well-formed id of no course", () => courseId(randomUUID())],
    ["a raw uuid", () => ids.published],
    ["garbage", () => "not-a-global-id"],
    ["base64 of garbage", () => Buffer.from("Course:42").toString("base64url")],
    ["an unknown type", () => toGlobalId("Spaceship", ids.published)],
    ["a lowercase type", () => toGlobalId("course", ids.published)],
    ["a student, for anonymous", () => toGlobalId("User", ids.student)],
    ["an empty string", () => ""],
  ])("answers %s with null and NOT_FOUND", async (_name, id) => {
    const res = await server.gql<{ node: null }>(NODE, { id: id() });
    expect(res.status).toBe(200);
    expect(res.data).toEqual({ node: null });
    expect(res.errors).toHaveLength(1);
    expect(res.errors![0]).toMatchObject({ path: ["node"], extensions: { code: "NOT_FOUND" } });
  });
});

describe("nodes(ids)", () => {
  it("keeps the order of the ids, with null and a NOT_FOUND error at each missing position", async () => {
    const res = await server.gql<{ nodes: (NodeResult | null)[] }>(NODES, {
      ids: [
        courseId(ids.published),
        courseId(randomUUID()),
        courseId(ids.draft),
        ids.published,
        toGlobalId("User", ids.instructor),
        courseId(ids.published),
      ],
    });
    expect(res.data!.nodes).toEqual([
      { __typename: "Course", id: courseId(ids.published), title: "Published" },
      null,
      null,
      null,
      { __typename: "User", id: toGlobalId("User", ids.instructor) },
      { __typename: "Course", id: courseId(ids.published), title: "Published" },
    ]);
    // Errors come in the order the lookups failed; their paths say where they belong.
    const errors = res.errors!.map((e) => [e.path, e.extensions?.code]);
    expect(errors.sort((a, b) => String(a[0]).localeCompare(String(b[0])))).toEqual([
      [["nodes", 1], "NOT_FOUND"],
      [["nodes", 2], "NOT_FOUND"],
      [["nodes", 3], "NOT_FOUND"],
    ]);
  });

  it("loads many courses in one statement", async () => {
    const res = await server.gql(NODES, { ids: Array.from({ length: 20 }, () => courseId(ids.published)) });
    expect(res.errors).toBeUndefined();
    expect(res.extensions?.sqlStatements).toBe(1);
  });

  it("refuses more than 100 ids with BAD_USER_INPUT", async () => {
    const res = await server.gql(NODES, { ids: Array.from({ length: 101 }, () => courseId(randomUUID())) });
    expect(res.data ?? null).toBeNull();
    expect(res.errors!.map((e) => e.extensions?.code)).toEqual(["BAD_USER_INPUT"]);
  });
});

describe("course(id)", () => {
  it("returns a published course with its instructor, all ids opaque", async () => {
    const res = await server.gql<{ course: { id: string; instructor: { id: string; name: string } } }>(
      COURSE,
      {
        id: courseId(ids.published),
      },
    );
    expect(res.data!.course).toEqual({
      id: courseId(ids.published),
      title: "Published",
      instructor: { id: toGlobalId("User", ids.instructor), name: "Ina User" },
    });
    expect(JSON.stringify(res.data)).not.toMatch(UUID);
  });

  it.each([
    ["a raw uuid", () => ids.published],
    ["garbage", () => "%%%"],
    ["a User id carrying the course's uuid", () => toGlobalId("User", ids.published)],
  ])("answers %s with NOT_FOUND", async (_name, id) => {
    const res = await server.gql(COURSE, { id: id() });
    expect(res.data).toEqual({ course: null });
    expect(res.errors!.map((e) => [e.path, e.extensions?.code])).toEqual([[["course"], "NOT_FOUND"]]);
  });

  it("answers a well-formed id of no course with null (as documented), like a hidden one", async () => {
    const res = await server.gql(COURSE, { id: courseId(randomUUID()) });
    expect(res.data).toEqual({ course: null });
    expect(res.errors).toBeUndefined();
  });
});

describe("visibility of unpublished courses", () => {
  const matrix: [string, Who, boolean][] = [
    ["draft", "anonymous", false],
    ["draft", "student", false],
    ["draft", "otherInstructor", false],
    ["draft", "instructor", true],
    ["draft", "admin", true],
    ["deleted", "anonymous", false],
    ["deleted", "instructor", false],
    ["deleted", "admin", true],
  ];

  it.each(matrix)(
    "a %s course seen by %s: visible = %s, via node and course",
    async (which, who, visible) => {
      const uuid = which === "draft" ? ids.draft : ids.deleted;
      const token = tokens.get(who);
      const node = await server.gql<{ node: NodeResult | null }>(NODE, { id: courseId(uuid) }, { token });
      const course = await server.gql<{ course: { id: string } | null }>(
        COURSE,
        { id: courseId(uuid) },
        { token },
      );
      if (visible) {
        expect(node.errors).toBeUndefined();
        expect(node.data!.node).toMatchObject({ __typename: "Course", id: courseId(uuid) });
        expect(course.data!.course).toMatchObject({ id: courseId(uuid) });
      } else {
        expect(node.data).toEqual({ node: null });
        expect(node.errors!.map((e) => e.extensions?.code)).toEqual(["NOT_FOUND"]);
        // Exactly what an unknown id gets: nothing tells a hidden course from a missing one.
        const unknown = await server.gql(NODE, { id: courseId(randomUUID()) }, { token });
        expect(node.errors![0]!.message.replace(courseId(uuid), "ID")).toBe(
          unknown.errors![0]!.message.replace(/"[^"]+"/, '"ID"'),
        );
        expect(course.data).toEqual({ course: null });
        expect(course.errors).toBeUndefined();
      }
    },
  );

  it("never lists drafts or deleted courses in nodes for anonymous", async () => {
    const res = await server.gql<{ nodes: (NodeResult | null)[] }>(NODES, {
      ids: [courseId(ids.draft), courseId(ids.deleted)],
    });
    expect(res.data!.nodes).toEqual([null, null]);
  });
});

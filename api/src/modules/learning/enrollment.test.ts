import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCatalogCourse, createInstructor, enroll, gid } from "../../../test/catalog-factories.js";
import { enrolledStudent, freeCourse, signedIn } from "../../../test/learning-factories.js";
import { startTestServer, type TestServer } from "../../../test/server.js";
import { grantEnrollment, revokeEnrollment } from "./enrollment.grant.js";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.close());

const ENROLL = `mutation ($input: EnrollInCourseInput!) { enrollInCourse(input: $input) {
  enrollment { id status accessType progressPercentage totalLessons hasAccess course { id } }
  course { studentCount viewerIsEnrolled } userErrors { field message code } } }`;
type Enrolled = {
  enrollInCourse: {
    enrollment: { id: string; status: string; totalLessons: number; hasAccess: boolean } | null;
    course: { studentCount: number } | null;
    userErrors: { field: string[] | null; message: string; code: string }[];
  };
};
const enrollIn = (token: string | undefined, courseId: string) =>
  server.gql<Enrolled>(ENROLL, { input: { courseId: gid("Course", courseId) } }, token ? { token } : {});

describe("enrollInCourse", () => {
  it("enrolls in a free course once, counting the student in the same transaction", async () => {
    const { course } = await freeCourse(server, [2, 1]);
    const ann = await signedIn(server);
    const res = await enrollIn(ann.token, course.id);
    expect(res.data!.enrollInCourse).toMatchObject({
      enrollment: { status: "ACTIVE", accessType: "FREE_GRANT", totalLessons: 3, hasAccess: true },
      course: { studentCount: 1, viewerIsEnrolled: true },
      userErrors: [],
    });
    const again = await enrollIn(ann.token, course.id);
    expect(again.data!.enrollInCourse.userErrors[0]).toMatchObject({
      code: "TAKEN",
      field: ["input", "courseId"],
    });
    expect(await server.app.prisma.enrollment.count({ where: { courseId: course.id } })).toBe(1);
  });

  it("refuses a paid course with a userError pointing to purchase, creating nothing", async () => {
    const p = server.app.prisma;
    const course = await createCatalogCourse(p, {
      instructorId: (await createInstructor(p)).id,
      priceCents: 4900,
    });
    const ann = await signedIn(server);
    const res = await enrollIn(ann.token, course.id);
    expect(res.data!.enrollInCourse.enrollment).toBeNull();
    expect(res.data!.enrollInCourse.userErrors[0]).toMatchObject({
      code: "UNAVAILABLE",
      field: ["input", "courseId"],
    });
    expect(res.data!.enrollInCourse.userErrors[0]!.message).toMatch(/purchase/);
    expect(await p.enrollment.count({ where: { courseId: course.id } })).toBe(0);
    expect((await p.course.findUniqueOrThrow({ where: { id: course.id } })).studentCount).toBe(0);
  });

  it("hides drafts, refuses the course's own instructor and anonymous callers", async () => {
    const { course: draft } = await freeCourse(server, [1], { status: "DRAFT" });
    const ann = await signedIn(server);
    expect((await enrollIn(ann.token, draft.id)).errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    const { course, instructorToken } = await freeCourse(server, [1]);
    expect((await enrollIn(instructorToken, course.id)).data!.enrollInCourse.userErrors[0]?.code).toBe(
      "INVALID",
    );
    expect((await enrollIn(undefined, course.id)).errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });

  it("renews an expired free enrollment, keeping its progress", async () => {
    const { course } = await freeCourse(server, [2]);
    const ann = await signedIn(server);
    const past = new Date(Date.now() - 86_400_000);
    await enroll(server.app.prisma, ann.user.id, course.id, { expiresAt: past });
    const res = await enrollIn(ann.token, course.id);
    expect(res.data!.enrollInCourse.enrollment).toMatchObject({ status: "ACTIVE", hasAccess: true });
    expect(await server.app.prisma.enrollment.count({ where: { courseId: course.id } })).toBe(1);
  });
});

describe("grantEnrollment / revokeEnrollment (the payments seam)", () => {
  it("grants once, revokes, and grants again, keeping the student count exact", async () => {
    const p = server.app.prisma;
    const course = await createCatalogCourse(p, {
      instructorId: (await createInstructor(p)).id,
      priceCents: 4900,
    });
    const ann = await signedIn(server);
    const grant = () =>
      p.$transaction((tx) =>
        grantEnrollment(tx, {
          userId: ann.user.id,
          courseId: course.id,
          accessType: "PURCHASED",
          paymentAmountCents: 4900,
          currency: "EUR",
          paymentMethod: "STRIPE",
        }),
      );
    const studentCount = async () =>
      (await p.course.findUniqueOrThrow({ where: { id: course.id } })).studentCount;
    expect((await grant()).changed).toBe(true);
    expect((await grant()).changed).toBe(false);
    expect(await studentCount()).toBe(1);
    const revoked = await p.$transaction((tx) =>
      revokeEnrollment(tx, { userId: ann.user.id, courseId: course.id }),
    );
    expect(revoked?.status).toBe("REVOKED");
    expect(await studentCount()).toBe(0);
    expect((await enrollIn(ann.token, course.id)).data!.enrollInCourse.userErrors[0]?.code).toBe(
      "UNAVAILABLE",
    );
    const again = await grant();
    expect(again).toMatchObject({ changed: true, enrollment: { status: "ACTIVE", accessType: "PURCHASED" } });
    expect(await studentCount()).toBe(1);
  });
});

const MINE = `query ($first: Int) { myEnrollments(first: $first) { totalCount nodes {
  status progressPercentage course { title instructor { name } } lessonProgress { status lesson { title } }
  lastLesson { title } } } }`;

describe("myEnrollments", () => {
  it("lists only the viewer's enrollments, with a statement count independent of the page size", async () => {
    const ann = await signedIn(server);
    const other = await signedIn(server);
    for (let i = 0; i < 6; i++) {
      const { course, lessons } = await freeCourse(server, [2]);
      const e = await enroll(server.app.prisma, ann.user.id, course.id);
      await server.app.prisma.lessonProgress.create({
        data: {
          userId: ann.user.id,
          courseId: course.id,
          lessonId: lessons[0]!.id,
          enrollmentId: e.id,
          status: "IN_PROGRESS",
        },
      });
      await enroll(server.app.prisma, other.user.id, course.id);
    }
    type Mine = {
      myEnrollments: {
        totalCount: number;
        nodes: { lessonProgress: unknown[]; lastLesson: { title: string } }[];
      };
    };
    const five = await server.gql<Mine>(MINE, { first: 5 }, { token: ann.token });
    const fifty = await server.gql<Mine>(MINE, { first: 50 }, { token: ann.token });
    expect(five.errors).toBeUndefined();
    expect(five.data!.myEnrollments.nodes).toHaveLength(5);
    expect(fifty.data!.myEnrollments.nodes).toHaveLength(6);
    expect(fifty.data!.myEnrollments.totalCount).toBe(6);
    expect(fifty.data!.myEnrollments.nodes[0]!.lessonProgress).toHaveLength(1);
    expect(fifty.data!.myEnrollments.nodes[0]!.lastLesson.title).toBe("Lesson 1.1");
    expect(five.extensions?.sqlStatements).toBe(fifty.extensions?.sqlStatements);
    expect(fifty.extensions?.sqlStatements).toBeLessThanOrEqual(9);
  });

  it("lets the course's instructor read an enrollment by id, never another student", async () => {
    const { course, instructorToken } = await freeCourse(server, [1]);
    const ann = await enrolledStudent(server, course.id);
    const bob = await signedIn(server);
    const NODE = `query ($id: ID!) { node(id: $id) { ... on Enrollment { status } } }`;
    const id = gid("Enrollment", ann.enrollment.id);
    expect((await server.gql(NODE, { id }, { token: ann.token })).data).toEqual({
      node: { status: "ACTIVE" },
    });
    expect((await server.gql(NODE, { id }, { token: instructorToken })).data).toEqual({
      node: { status: "ACTIVE" },
    });
    expect((await server.gql(NODE, { id }, { token: bob.token })).errors?.[0]?.extensions?.code).toBe(
      "NOT_FOUND",
    );
  });
});

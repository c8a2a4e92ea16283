import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createAdmin,
  createCatalogCourse,
  createInstructor,
  enroll,
  gid,
  tokenFor,
  uuidOf,
} from "../../../test/catalog-factories.js";
import { createUser } from "../../../test/factories.js";
import { startTestServer, type TestServer } from "../../../test/server.js";

let server: TestServer;

const ERR = "userErrors { field message code }";
type Result = {
  review: { id: string; rating: number; content: string } | null;
  course: { reviewCount: number; averageRating: number | null } | null;
  userErrors: { field: string[] | null; code: string }[];
};

const CREATE = `mutation ($input: CreateCourseReviewInput!) { createCourseReview(input: $input) { review { id rating content } course { reviewCount averageRating } ${ERR} } }`;
const UPDATE = `mutation ($input: UpdateCourseReviewInput!) { updateCourseReview(input: $input) { review { id rating content } course { reviewCount averageRating } ${ERR} } }`;
const DELETE = `mutation ($input: DeleteCourseReviewInput!) { deleteCourseReview(input: $input) { deletedReviewId course { reviewCount averageRating } ${ERR} } }`;

const review = (token: string, courseId: string, rating: number, content = "Useful course.") =>
  server.gql<{ createCourseReview: Result }>(
    CREATE,
    { input: { courseId: gid("Course", courseId), rating, content } },
    { token },
  );

const reviewState = (courseId: string) =>
  server.app.prisma.$queryRaw`SELECT
    (SELECT json_agg(r ORDER BY r.id) FROM course_reviews r WHERE r.course_id = ${courseId}::uuid) AS reviews,
    (SELECT row_to_json(c) FROM (SELECT review_count, average_rating FROM courses WHERE id = ${courseId}::uuid) c) AS counters`;

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.close());

describe("course reviews", () => {
  it("lets enrolled students review once, edit, and delete, keeping the rating exact", async () => {
    const p = server.app.prisma;
    const course = await createCatalogCourse(p, { instructorId: (await createInstructor(p)).id });
    const [ann, bob] = [await createUser(p), await createUser(p)];
    await enroll(p, ann.id, course.id);
    await enroll(p, bob.id, course.id);
    const annToken = tokenFor(server.app.config, ann);
    const first = (await review(annToken, course.id, 5)).data!.createCourseReview;
    expect(first.userErrors).toEqual([]);
    expect(first.course).toEqual({ reviewCount: 1, averageRating: 5 });
    const second = (await review(tokenFor(server.app.config, bob), course.id, 2)).data!.createCourseReview;
    expect(second.course).toEqual({ reviewCount: 2, averageRating: 3.5 });

    const duplicate = (await review(annToken, course.id, 4)).data!.createCourseReview;
    expect(duplicate.userErrors[0]).toMatchObject({ code: "TAKEN", field: ["input", "courseId"] });

    const edited = await server.gql<{ updateCourseReview: Result }>(
      UPDATE,
      { input: { reviewId: first.review!.id, rating: 3, content: "Good, not great." } },
      { token: annToken },
    );
    expect(edited.data!.updateCourseReview).toMatchObject({
      review: { rating: 3, content: "Good, not great." },
      course: { reviewCount: 2, averageRating: 2.5 },
    });
    const notMine = await server.gql(
      UPDATE,
      { input: { reviewId: second.review!.id, rating: 5 } },
      { token: annToken },
    );
    expect(notMine.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");

    const listed = await server.gql<{
      course: {
        reviews: { totalCount: number; nodes: { rating: number; author: { id: string } }[] };
        viewerReview: { rating: number };
      };
    }>(
      `query ($id: ID) { course(id: $id) { reviews(first: 1) { totalCount nodes { rating author { id } } } viewerReview { rating } } }`,
      { id: gid("Course", course.id) },
      { token: annToken },
    );
    expect(listed.data!.course.reviews.totalCount).toBe(2);
    expect(listed.data!.course.reviews.nodes).toHaveLength(1);
    expect(listed.data!.course.viewerReview.rating).toBe(3);

    const deleted = await server.gql<{ deleteCourseReview: Result & { deletedReviewId: string } }>(
      DELETE,
      { input: { reviewId: second.review!.id } },
      { token: tokenFor(server.app.config, await createAdmin(p)) },
    );
    expect(deleted.data!.deleteCourseReview.course).toEqual({ reviewCount: 1, averageRating: 3 });
    expect(
      await p.auditLog.count({
        where: { action: "course_review.delete", entityId: uuidOf(second.review!.id) },
      }),
    ).toBe(1);
  });

  it("keeps the average exact when many students review at once", async () => {
    const p = server.app.prisma;
    const course = await createCatalogCourse(p, {});
    const students = await Promise.all(Array.from({ length: 10 }, () => createUser(p)));
    for (const s of students) await enroll(p, s.id, course.id);
    await Promise.all(students.map((s, i) => review(tokenFor(server.app.config, s), course.id, 1 + (i % 5))));
    const row = await p.course.findUniqueOrThrow({ where: { id: course.id } });
    expect(row.reviewCount).toBe(10);
    expect(row.averageRating.toNumber()).toBe(3);
  });

  it("refuses ratings outside 1–5 and reviews without enrollment, changing nothing", async () => {
    const p = server.app.prisma;
    const teacher = await createInstructor(p);
    const course = await createCatalogCourse(p, { instructorId: teacher.id });
    const student = await createUser(p);
    const token = tokenFor(server.app.config, student);
    const before = await reviewState(course.id);

    for (const rating of [0, 6]) {
      const res = (await review(token, course.id, rating)).data!.createCourseReview;
      expect(res.userErrors[0]).toMatchObject({ field: ["input", "rating"], code: "INVALID" });
    }
    const empty = (await review(token, course.id, 4, "   ")).data!.createCourseReview;
    expect(empty.userErrors[0]).toMatchObject({ field: ["input", "content"], code: "REQUIRED" });
    expect((await review(token, course.id, 4)).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    await enroll(p, student.id, course.id, { status: "EXPIRED" });
    expect((await review(token, course.id, 4)).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const own = await review(tokenFor(server.app.config, teacher), course.id, 5);
    expect(own.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect(await reviewState(course.id)).toEqual(before);
  });
});

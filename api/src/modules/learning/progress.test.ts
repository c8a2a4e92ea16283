import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { gid } from "../../../test/catalog-factories.js";
import { enrolledStudent, freeCourse, signedIn } from "../../../test/learning-factories.js";
import { startTestServer, type TestServer } from "../../../test/server.js";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.close());

const UPDATE = `mutation ($input: UpdateLessonProgressInput!) { updateLessonProgress(input: $input) {
  progress { status videoPositionSeconds timeSpentMinutes notes lesson { title } }
  enrollment { status progressPercentage completedLessons totalLessons totalTimeSpentMinutes completedAt lastLesson { title } }
  certificate { holderName courseTitle }
  userErrors { field code } } }`;
type Updated = {
  updateLessonProgress: {
    progress: {
      status: string;
      videoPositionSeconds: number;
      timeSpentMinutes: number;
      notes: string | null;
    } | null;
    enrollment: {
      status: string;
      progressPercentage: number;
      completedLessons: number;
      totalTimeSpentMinutes: number;
      lastLesson: { title: string };
    } | null;
    certificate: { holderName: string; courseTitle: string } | null;
    userErrors: { field: string[]; code: string }[];
  };
};
const update = (token: string, lessonId: string, fields: Record<string, unknown>) =>
  server.gql<Updated>(UPDATE, { input: { lessonId: gid("Lesson", lessonId), ...fields } }, { token });

describe("updateLessonProgress", () => {
  it("records status, video position, time and notes, and recomputes the course percentage", async () => {
    const { course, lessons } = await freeCourse(server, [2, 1]);
    const ann = await enrolledStudent(server, course.id);
    const first = await update(ann.token, lessons[1]!.id, {
      videoPositionSeconds: 95,
      addTimeSpentMinutes: 7,
      notes: "Watch again",
    });
    expect(first.data!.updateLessonProgress).toMatchObject({
      progress: {
        status: "IN_PROGRESS",
        videoPositionSeconds: 95,
        timeSpentMinutes: 7,
        notes: "Watch again",
      },
      enrollment: {
        status: "ACTIVE",
        progressPercentage: 0,
        totalTimeSpentMinutes: 7,
        lastLesson: { title: "Lesson 1.2" },
      },
      userErrors: [],
    });
    const done = await update(ann.token, lessons[1]!.id, { status: "COMPLETED", addTimeSpentMinutes: 3 });
    expect(done.data!.updateLessonProgress.enrollment).toMatchObject({
      progressPercentage: 33,
      completedLessons: 1,
    });
    // Progress only moves forward: a late "in progress" keeps the lesson completed.
    const back = await update(ann.token, lessons[1]!.id, { status: "IN_PROGRESS" });
    expect(back.data!.updateLessonProgress.progress!.status).toBe("COMPLETED");
    expect(back.data!.updateLessonProgress.enrollment!.progressPercentage).toBe(33);
  });

  it("completes the course when the last lesson is completed, and issues the certificate once", async () => {
    const { course, lessons } = await freeCourse(server, [1, 1], { certificationValidityYears: 2 });
    const ann = await enrolledStudent(server, course.id);
    await update(ann.token, lessons[0]!.id, { status: "COMPLETED" });
    const last = await update(ann.token, lessons[1]!.id, { status: "COMPLETED" });
    expect(last.data!.updateLessonProgress.enrollment).toMatchObject({
      status: "COMPLETED",
      progressPercentage: 100,
    });
    expect(last.data!.updateLessonProgress.certificate).toMatchObject({
      courseTitle: course.title,
      holderName: "Test User",
    });
    await Promise.all(lessons.map((l) => update(ann.token, l.id, { status: "COMPLETED" })));
    const p = server.app.prisma;
    const certificates = await p.certificate.findMany({
      where: { userId: ann.user.id, courseId: course.id },
    });
    expect(certificates).toHaveLength(1);
    const years =
      (certificates[0]!.expiresAt!.getTime() - certificates[0]!.issuedAt.getTime()) / (365.25 * 86_400_000);
    expect(Math.round(years)).toBe(2);
    const counters = await p.course.findUniqueOrThrow({ where: { id: course.id } });
    expect(counters.completionRate.toNumber()).toBe(1);
    expect((await p.user.findUniqueOrThrow({ where: { id: ann.user.id } })).coursesCompleted).toBe(1);
  });

  it("refuses progress in a course the viewer is not enrolled in, changing nothing", async () => {
    const { course, lessons } = await freeCourse(server, [1]);
    const bob = await signedIn(server);
    const res = await update(bob.token, lessons[0]!.id, { status: "COMPLETED" });
    expect(res.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const p = server.app.prisma;
    expect(await p.lessonProgress.count({ where: { courseId: course.id } })).toBe(0);
    expect(await p.learningAnalyticsDay.count({ where: { userId: bob.user.id } })).toBe(0);
    const { lessons: hidden } = await freeCourse(server, [1], { status: "DRAFT" });
    expect(
      (await update(bob.token, hidden[0]!.id, { status: "COMPLETED" })).errors?.[0]?.extensions?.code,
    ).toBe("NOT_FOUND");
  });

  it("rejects out-of-range values as userErrors", async () => {
    const { course, lessons } = await freeCourse(server, [1]);
    const ann = await enrolledStudent(server, course.id);
    const res = await update(ann.token, lessons[0]!.id, {
      addTimeSpentMinutes: -5,
      videoPositionSeconds: -1,
    });
    expect(res.data!.updateLessonProgress.userErrors.map((e) => e.field.join("."))).toEqual(
      expect.arrayContaining(["input.addTimeSpentMinutes", "input.videoPositionSeconds"]),
    );
    expect(await server.app.prisma.lessonProgress.count({ where: { courseId: course.id } })).toBe(0);
  });
});

describe("lastLesson", () => {
  it("resumes at the first lesson, then where the student left off", async () => {
    const { course, lessons } = await freeCourse(server, [2, 2]);
    const ann = await enrolledStudent(server, course.id);
    const LAST = `query ($courseId: ID) { lastLesson(courseId: $courseId) { title } }`;
    const vars = { courseId: gid("Course", course.id) };
    expect((await server.gql(LAST, vars, { token: ann.token })).data).toEqual({
      lastLesson: { title: "Lesson 1.1" },
    });
    await update(ann.token, lessons[2]!.id, { videoPositionSeconds: 12 });
    expect((await server.gql(LAST, vars, { token: ann.token })).data).toEqual({
      lastLesson: { title: "Lesson 2.1" },
    });
    expect((await server.gql(LAST, {}, { token: ann.token })).data).toEqual({
      lastLesson: { title: "Lesson 2.1" },
    });
    const bob = await signedIn(server);
    expect((await server.gql(LAST, vars, { token: bob.token })).data).toEqual({ lastLesson: null });
  });
});

// Role × action matrix of the learning records (DESIGN.md "Authorization": students see their own
// enrollments, progress, attempts; instructors their courses' students; admins everything).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAdmin, createInstructor, gid, tokenFor } from "../../../test/catalog-factories.js";
import {
  createChallenge,
  createQuiz,
  enrolledStudent,
  freeCourse,
} from "../../../test/learning-factories.js";
import { startTestServer, type TestServer } from "../../../test/server.js";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.close());

type Viewer = "anonymous" | "self" | "otherStudent" | "owningInstructor" | "otherInstructor" | "admin";
type Action = "readAttempts" | "readEnrollment" | "readSubmissions" | "readNotes";
type Outcome = true | string;

const EXPECTED: Record<Viewer, Record<Action, Outcome>> = {
  anonymous: {
    readAttempts: "UNAUTHENTICATED",
    readEnrollment: "NOT_FOUND",
    readSubmissions: "UNAUTHENTICATED",
    readNotes: "NOT_FOUND",
  },
  self: { readAttempts: true, readEnrollment: true, readSubmissions: true, readNotes: true },
  otherStudent: {
    readAttempts: "FORBIDDEN",
    readEnrollment: "NOT_FOUND",
    readSubmissions: "FORBIDDEN",
    readNotes: "NOT_FOUND",
  },
  owningInstructor: { readAttempts: true, readEnrollment: true, readSubmissions: true, readNotes: "hidden" },
  otherInstructor: {
    readAttempts: "FORBIDDEN",
    readEnrollment: "NOT_FOUND",
    readSubmissions: "FORBIDDEN",
    readNotes: "NOT_FOUND",
  },
  admin: { readAttempts: true, readEnrollment: true, readSubmissions: true, readNotes: "hidden" },
};

describe("learning records authorization", () => {
  it("lets exactly the student, the course's instructor and admins read a student's records", async () => {
    const p = server.app.prisma;
    const { course, lessons, instructorToken } = await freeCourse(server, [1]);
    const { quiz } = await createQuiz(p, course.id, [
      {
        type: "TRUE_FALSE",
        options: [
          ["True", true],
          ["False", false],
        ],
      },
    ]);
    const challenge = await createChallenge(p, course.id, [["a", "a"]]);
    const student = await enrolledStudent(server, course.id);
    await p.quizAttempt.create({
      data: { userId: student.user.id, quizId: quiz.id, attemptNumber: 1, answers: [] },
    });
    await p.codeSubmission.create({
      data: {
        userId: student.user.id,
        challengeId: challenge.id,
        language: "python",
        code: "x",
        status: "UNSUPPORTED",
      },
    });
    await p.lessonProgress.create({
      data: {
        userId: student.user.id,
        courseId: course.id,
        lessonId: lessons[0]!.id,
        enrollmentId: student.enrollment.id,
        userNotes: "private",
      },
    });
    const other = await enrolledStudent(server, course.id);
    const tokens: Record<Viewer, string | undefined> = {
      anonymous: undefined,
      self: student.token,
      otherStudent: other.token,
      owningInstructor: instructorToken,
      otherInstructor: tokenFor(server.app.config, await createInstructor(p)),
      admin: tokenFor(server.app.config, await createAdmin(p)),
    };
    const gql = (token: string | undefined, query: string, variables: Record<string, unknown>) =>
      server.gql<Record<string, unknown>>(query, variables, token ? { token } : {});
    const outcome = (
      res: { data?: Record<string, unknown> | null; errors?: { extensions?: { code?: string } }[] },
      value: (d: Record<string, unknown>) => unknown,
    ) =>
      res.errors?.length
        ? (res.errors[0]!.extensions?.code ?? "ERROR")
        : value(res.data!) == null
          ? "hidden"
          : true;
    const studentId = gid("User", student.user.id);
    const enrollmentId = gid("Enrollment", student.enrollment.id);
    const attempt: Record<Action, (token: string | undefined) => Promise<Outcome>> = {
      readAttempts: async (t) =>
        outcome(
          await gql(
            t,
            `query ($q: ID!, $s: ID) { quizAttempts(quizId: $q, studentId: $s) { nodes { id } } }`,
            { q: gid("Quiz", quiz.id), s: studentId },
          ),
          (d) => d.quizAttempts,
        ),
      readEnrollment: async (t) =>
        outcome(
          await gql(t, `query ($id: ID!) { node(id: $id) { id } }`, { id: enrollmentId }),
          (d) => d.node,
        ),
      readSubmissions: async (t) =>
        outcome(
          await gql(
            t,
            `query ($c: ID!, $s: ID) { codeSubmissions(challengeId: $c, studentId: $s) { nodes { code } } }`,
            {
              c: gid("CodeChallenge", challenge.id),
              s: studentId,
            },
          ),
          (d) => d.codeSubmissions,
        ),
      readNotes: async (t) =>
        outcome(
          await gql(
            t,
            `query ($id: ID!) { node(id: $id) { ... on Enrollment { lessonProgress { notes } } } }`,
            { id: enrollmentId },
          ),
          (d) => (d.node as { lessonProgress: { notes: string | null }[] }).lessonProgress[0]!.notes,
        ),
    };
    const actual = {} as Record<Viewer, Record<Action, Outcome>>;
    for (const viewer of Object.keys(EXPECTED) as Viewer[]) {
      actual[viewer] = {} as Record<Action, Outcome>;
      for (const action of Object.keys(attempt) as Action[])
        actual[viewer][action] = await attempt[action](tokens[viewer]);
    }
    expect(actual).toEqual(EXPECTED);
  });
});

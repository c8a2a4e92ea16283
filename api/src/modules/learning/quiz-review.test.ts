import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { gid } from "../../../test/catalog-factories.js";
import { createQuiz, enrolledStudent, freeCourse } from "../../../test/learning-factories.js";
import { mixedQuiz, start, submit } from "../../../test/quiz-helpers.js";
import { startTestServer, type TestServer } from "../../../test/server.js";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.close());

describe("code questions", () => {
  it("runs JavaScript answers in the sandbox and never passes languages it cannot run", async () => {
    const { course } = await freeCourse(server, [1]);
    const tests: [string, string][] = [
      ["[1,2,3]", "6"],
      ["[]", "0"],
    ];
    const { quiz } = await createQuiz(server.app.prisma, course.id, [
      { type: "CODE", code: { language: "javascript", tests } },
      { type: "CODE", code: { language: "javascript", tests } },
      { type: "CODE", code: { language: "typescript", tests } },
    ]);
    const ann = await enrolledStudent(server, course.id);
    const attempt = (await start(server, ann.token, quiz.id)).data!.startQuizAttempt.attempt!;
    const byLanguage = await Promise.all(
      attempt.questions.map(async (q) => {
        const row = await server.app.prisma.quizQuestion.findUniqueOrThrow({
          where: { id: Buffer.from(q.questionId, "base64url").toString().split(":")[1]! },
        });
        return { q, row };
      }),
    );
    const js = byLanguage.filter((x) => x.row.programmingLanguage === "javascript");
    const ts = byLanguage.find((x) => x.row.programmingLanguage === "typescript")!;
    const sum = "export const sum = (s) => JSON.parse(s).reduce((a, b) => a + b, 0);";
    const answers = [
      { questionId: js[0]!.q.questionId, code: sum },
      { questionId: js[1]!.q.questionId, code: "export const sum = () => { for (;;) {} };" },
      { questionId: ts.q.questionId, code: "export const sum = (s: string): number => 6;" },
    ];
    const graded = (await submit(server, ann.token, attempt.id, answers)).data!.submitQuizAttempt;
    expect(graded.attempt).toMatchObject({ score: 1, maxScore: 3 });
    const right = graded.attempt!.questions.find((q) => q.questionId === js[0]!.q.questionId)!;
    const looping = graded.attempt!.questions.find((q) => q.questionId === js[1]!.q.questionId)!;
    const typed = graded.attempt!.questions.find((q) => q.questionId === ts.q.questionId)!;
    expect([right.isCorrect, looping.isCorrect, typed.isCorrect]).toEqual([true, false, false]);
    expect(typed.unsupportedLanguage).toBe(true);
  });
});

describe("attempt history and authorization", () => {
  it("shows a student their own attempts, the instructor everyone's, and forbids other students", async () => {
    const { course, instructorToken } = await freeCourse(server, [1]);
    const { quiz } = await createQuiz(server.app.prisma, course.id, mixedQuiz);
    const ann = await enrolledStudent(server, course.id);
    const bob = await enrolledStudent(server, course.id);
    const annAttempt = (await start(server, ann.token, quiz.id)).data!.startQuizAttempt.attempt!;
    await start(server, bob.token, quiz.id);
    const LIST = `query ($quizId: ID!, $studentId: ID) { quizAttempts(quizId: $quizId, studentId: $studentId) { totalCount nodes { student { id } } } }`;
    const vars = { quizId: gid("Quiz", quiz.id) };
    const own = await server.gql<{ quizAttempts: { totalCount: number } }>(LIST, vars, { token: ann.token });
    expect(own.data!.quizAttempts.totalCount).toBe(1);
    const all = await server.gql<{ quizAttempts: { totalCount: number } }>(LIST, vars, {
      token: instructorToken,
    });
    expect(all.data!.quizAttempts.totalCount).toBe(2);
    const spying = await server.gql(
      LIST,
      { ...vars, studentId: gid("User", ann.user.id) },
      { token: bob.token },
    );
    expect(spying.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const NODE = `query ($id: ID!) { node(id: $id) { ... on QuizAttempt { attemptNumber } } }`;
    expect(
      (await server.gql(NODE, { id: annAttempt.id }, { token: bob.token })).errors?.[0]?.extensions?.code,
    ).toBe("NOT_FOUND");
    expect((await server.gql(NODE, { id: annAttempt.id }, { token: instructorToken })).data).toEqual({
      node: { attemptNumber: 1 },
    });
    const submitOthers = await submit(server, instructorToken, annAttempt.id, []);
    expect(submitOthers.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const HISTORY = `query ($id: ID!) { node(id: $id) { ... on Quiz { viewerAttemptsLeft viewerAttempts { attemptNumber status } } } }`;
    expect((await server.gql(HISTORY, { id: gid("Quiz", quiz.id) }, { token: ann.token })).data).toEqual({
      node: { viewerAttemptsLeft: 2, viewerAttempts: [{ attemptNumber: 1, status: "IN_PROGRESS" }] },
    });
  });
});

describe("attempts stored without a layout", () => {
  it("present and grade the quiz in its own order (seed 002 keeps answers empty until submission)", async () => {
    const { course } = await freeCourse(server, [1]);
    const { quiz } = await createQuiz(server.app.prisma, course.id, mixedQuiz);
    const ann = await enrolledStudent(server, course.id);
    await server.app.prisma.quizAttempt.create({
      data: {
        userId: ann.user.id,
        quizId: quiz.id,
        enrollmentId: ann.enrollment.id,
        attemptNumber: 1,
        answers: [],
      },
    });
    const resumed = (await start(server, ann.token, quiz.id)).data!.startQuizAttempt;
    expect(resumed.resumed).toBe(true);
    expect(resumed.attempt!.questions.map((q) => q.questionType)).toEqual([
      "MULTIPLE_CHOICE",
      "TRUE_FALSE",
      "SHORT_ANSWER",
    ]);
    const tf = resumed.attempt!.questions[1]!;
    const graded = (
      await submit(server, ann.token, resumed.attempt!.id, [{ questionId: tf.questionId, optionIds: ["a"] }])
    ).data!.submitQuizAttempt;
    expect(graded.attempt).toMatchObject({ status: "GRADED", score: 1, maxScore: 4 });
  });
});

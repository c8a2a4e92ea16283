import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { gid } from "../../../test/catalog-factories.js";
import { createQuiz, enrolledStudent, freeCourse } from "../../../test/learning-factories.js";
import { startTestServer, type TestServer } from "../../../test/server.js";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.close());

describe("submitQuizAttempt under concurrency", () => {
  it("grades an attempt once when it is submitted 20 times at once", async () => {
    const { course } = await freeCourse(server, [1]);
    const { quiz } = await createQuiz(server.app.prisma, course.id, [
      {
        type: "TRUE_FALSE",
        options: [
          ["True", true],
          ["False", false],
        ],
      },
    ]);
    const ann = await enrolledStudent(server, course.id);
    const started = await server.gql<{
      startQuizAttempt: { attempt: { id: string; questions: { questionId: string }[] } };
    }>(
      `mutation ($input: StartQuizAttemptInput!) { startQuizAttempt(input: $input) { attempt { id questions { questionId } } } }`,
      { input: { quizId: gid("Quiz", quiz.id) } },
      { token: ann.token },
    );
    const attempt = started.data!.startQuizAttempt.attempt;
    const answers = [{ questionId: attempt.questions[0]!.questionId, optionIds: ["a"] }];
    type Result = {
      submitQuizAttempt: { attempt: { status: string } | null; userErrors: { code: string }[] };
    };
    const results = await Promise.all(
      Array.from({ length: 20 }, () =>
        server.gql<Result>(
          `mutation ($input: SubmitQuizAttemptInput!) { submitQuizAttempt(input: $input) { attempt { status } userErrors { code } } }`,
          { input: { attemptId: attempt.id, answers } },
          { token: ann.token },
        ),
      ),
    );
    expect(results.every((r) => r.errors === undefined)).toBe(true);
    const graded = results.filter((r) => r.data!.submitQuizAttempt.attempt?.status === "GRADED");
    const refused = results.filter((r) => r.data!.submitQuizAttempt.userErrors[0]?.code === "INVALID_STATE");
    expect([graded.length, refused.length]).toEqual([1, 19]);
    const p = server.app.prisma;
    const day = await p.learningAnalyticsDay.findFirstOrThrow({ where: { userId: ann.user.id } });
    expect(day.quizzesTaken).toBe(1);
    expect(await p.quizAttempt.count({ where: { quizId: quiz.id, status: "GRADED" } })).toBe(1);
  });
});

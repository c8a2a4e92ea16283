import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { gid } from "../../../test/catalog-factories.js";
import { createQuiz, enrolledStudent, freeCourse, signedIn } from "../../../test/learning-factories.js";
import {
  type Attempt,
  rightAnswers as answersOf,
  mixedQuiz,
  start,
  submit,
} from "../../../test/quiz-helpers.js";
import { startTestServer, type TestServer } from "../../../test/server.js";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.close());

const rightAnswers = (attempt: Attempt) => answersOf(server, attempt);

describe("startQuizAttempt", () => {
  it("gives each attempt its own order and never the answers", async () => {
    const { course } = await freeCourse(server, [1]);
    const options = "abcdef".split("").map((l, i) => [`Option ${l}`, i === 0] as [string, boolean]);
    const { quiz } = await createQuiz(
      server.app.prisma,
      course.id,
      Array.from({ length: 8 }, () => ({ type: "MULTIPLE_CHOICE" as const, options })),
      { randomizeQuestions: true, randomizeAnswers: true, maxAttempts: null },
    );
    const ann = await enrolledStudent(server, course.id);
    const first = (await start(server, ann.token, quiz.id)).data!.startQuizAttempt.attempt!;
    expect(first.questions).toHaveLength(8);
    for (const q of first.questions) {
      expect(q.options.every((o) => o.isCorrect === null)).toBe(true);
      expect(q).toMatchObject({
        isCorrect: null,
        pointsEarned: null,
        acceptedAnswers: null,
        explanation: null,
      });
    }
    const resumed = (await start(server, ann.token, quiz.id)).data!.startQuizAttempt;
    expect(resumed).toMatchObject({ resumed: true, attempt: { id: first.id } });
    expect(resumed.attempt!.questions).toEqual(first.questions);
    await submit(server, ann.token, first.id, []);
    const second = (await start(server, ann.token, quiz.id)).data!.startQuizAttempt.attempt!;
    expect(second.attemptNumber).toBe(2);
    const order = (a: Attempt) =>
      a.questions.map((q) => `${q.questionId}:${q.options.map((o) => o.id).join("")}`).join();
    expect(order(second)).not.toBe(order(first));
    // The quiz's own question list does not leak the key either.
    const read = await server.gql<{ node: { questions: { options: { isCorrect: boolean | null }[] }[] } }>(
      `query ($id: ID!) { node(id: $id) { ... on Quiz { questions { options { isCorrect } } } } }`,
      { id: gid("Quiz", quiz.id) },
      { token: ann.token },
    );
    expect(read.data!.node.questions.flatMap((q) => q.options).every((o) => o.isCorrect === null)).toBe(true);
  });

  it("refuses an attempt beyond maxAttempts, creating nothing", async () => {
    const { course } = await freeCourse(server, [1]);
    const { quiz } = await createQuiz(server.app.prisma, course.id, mixedQuiz, { maxAttempts: 1 });
    const ann = await enrolledStudent(server, course.id);
    const first = (await start(server, ann.token, quiz.id)).data!.startQuizAttempt.attempt!;
    await submit(server, ann.token, first.id, []);
    const refused = (await start(server, ann.token, quiz.id)).data!.startQuizAttempt;
    expect(refused).toMatchObject({
      attempt: null,
      userErrors: [{ code: "LIMIT_REACHED", field: ["input", "quizId"] }],
    });
    expect(await server.app.prisma.quizAttempt.count({ where: { quizId: quiz.id } })).toBe(1);
  });

  it("requires an enrollment", async () => {
    const { course } = await freeCourse(server, [1]);
    const { quiz } = await createQuiz(server.app.prisma, course.id, mixedQuiz);
    const bob = await signedIn(server);
    expect((await start(server, bob.token, quiz.id)).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });
});

describe("submitQuizAttempt", () => {
  it("grades on the server and reveals the correction after submission", async () => {
    const { course } = await freeCourse(server, [1]);
    const { quiz } = await createQuiz(server.app.prisma, course.id, mixedQuiz, { passingScore: 70 });
    const ann = await enrolledStudent(server, course.id);
    const attempt = (await start(server, ann.token, quiz.id)).data!.startQuizAttempt.attempt!;
    const answers = await rightAnswers(attempt);
    const mc = answers.find((a) => "optionIds" in a && a.optionIds!.length === 2)!;
    (mc as { optionIds: string[] }).optionIds = ["b"]; // half of a multiple choice is wrong
    const graded = (await submit(server, ann.token, attempt.id, answers)).data!.submitQuizAttempt;
    expect(graded.userErrors).toEqual([]);
    expect(graded.attempt).toMatchObject({
      status: "GRADED",
      score: 2,
      maxScore: 4,
      percentage: 50,
      passed: false,
    });
    const mcView = graded.attempt!.questions.find((q) => q.questionType === "MULTIPLE_CHOICE")!;
    expect(mcView).toMatchObject({
      isCorrect: false,
      pointsEarned: 0,
      selectedOptionIds: ["b"],
      explanation: expect.any(String),
    });
    expect(
      mcView.options
        .filter((o) => o.isCorrect)
        .map((o) => o.text)
        .sort(),
    ).toEqual(["B", "C"]);
    const short = graded.attempt!.questions.find((q) => q.questionType === "SHORT_ANSWER")!;
    expect(short).toMatchObject({ isCorrect: true, acceptedAnswers: ["Élan vital"] });
    expect(graded.enrollment!.averageQuizScore).toBe(50);
    const again = (await submit(server, ann.token, attempt.id, answers)).data!.submitQuizAttempt;
    expect(again.userErrors[0]).toMatchObject({ code: "INVALID_STATE" });
  });

  it("keeps the correction hidden when the quiz says NEVER", async () => {
    const { course } = await freeCourse(server, [1]);
    const { quiz } = await createQuiz(server.app.prisma, course.id, mixedQuiz, {
      showCorrectAnswers: "NEVER",
    });
    const ann = await enrolledStudent(server, course.id);
    const attempt = (await start(server, ann.token, quiz.id)).data!.startQuizAttempt.attempt!;
    const graded = (await submit(server, ann.token, attempt.id, await rightAnswers(attempt))).data!
      .submitQuizAttempt;
    expect(graded.attempt).toMatchObject({ percentage: 100, passed: true });
    for (const q of graded.attempt!.questions) {
      expect(q).toMatchObject({ isCorrect: null, acceptedAnswers: null, explanation: null });
      expect(q.options.every((o) => o.isCorrect === null)).toBe(true);
    }
  });

  it("refuses an answer to a question of another quiz, changing nothing", async () => {
    const { course } = await freeCourse(server, [1]);
    const { quiz } = await createQuiz(server.app.prisma, course.id, mixedQuiz);
    const { questions: foreign } = await createQuiz(server.app.prisma, course.id, mixedQuiz);
    const ann = await enrolledStudent(server, course.id);
    const attempt = (await start(server, ann.token, quiz.id)).data!.startQuizAttempt.attempt!;
    const res = (
      await submit(server, ann.token, attempt.id, [
        { questionId: gid("QuizQuestion", foreign[0]!.id), optionIds: ["b"] },
      ])
    ).data!.submitQuizAttempt;
    expect(res.userErrors).toEqual([{ code: "INVALID", field: ["input", "answers", "0", "questionId"] }]);
    const badChoice = (
      await submit(server, ann.token, attempt.id, [
        { questionId: attempt.questions[0]!.questionId, optionIds: ["z"] },
      ])
    ).data!.submitQuizAttempt;
    expect(badChoice.userErrors[0]).toMatchObject({ field: ["input", "answers", "0", "optionIds"] });
    const row = await server.app.prisma.quizAttempt.findFirstOrThrow({ where: { quizId: quiz.id } });
    expect(row).toMatchObject({ status: "IN_PROGRESS", score: null });
  });

  it("counts nothing submitted past the time limit, and closes expired attempts", async () => {
    const { course } = await freeCourse(server, [1]);
    const { quiz } = await createQuiz(server.app.prisma, course.id, mixedQuiz, {
      timeLimitMinutes: 10,
      maxAttempts: 3,
    });
    const ann = await enrolledStudent(server, course.id);
    const p = server.app.prisma;
    const attempt = (await start(server, ann.token, quiz.id)).data!.startQuizAttempt.attempt!;
    const ago = (min: number) => new Date(Date.now() - min * 60_000);
    const setTimes = (id: string) =>
      p.quizAttempt.update({
        where: { id: Buffer.from(id, "base64url").toString().split(":")[1]! },
        data: { startedAt: ago(12), deadlineAt: ago(2) },
      });
    await setTimes(attempt.id);
    const late = (await submit(server, ann.token, attempt.id, await rightAnswers(attempt))).data!
      .submitQuizAttempt;
    expect(late.attempt).toMatchObject({
      status: "GRADED",
      submittedLate: true,
      score: 0,
      percentage: 0,
      passed: false,
    });
    const second = (await start(server, ann.token, quiz.id)).data!.startQuizAttempt.attempt!;
    await setTimes(second.id);
    const third = (await start(server, ann.token, quiz.id)).data!.startQuizAttempt;
    expect(third.attempt!.attemptNumber).toBe(3);
    const closed = await p.quizAttempt.findFirstOrThrow({ where: { quizId: quiz.id, attemptNumber: 2 } });
    expect(closed).toMatchObject({ status: "GRADED", submittedLate: true, passed: false });
  });

  it("completes the course when the final exam is passed after every lesson", async () => {
    const { course, lessons } = await freeCourse(server, [1]);
    const p = server.app.prisma;
    const { quiz } = await createQuiz(p, course.id, mixedQuiz.slice(1), {
      quizType: "FINAL_EXAM",
      lessonId: null,
    });
    const ann = await enrolledStudent(server, course.id);
    await server.gql(
      `mutation ($input: UpdateLessonProgressInput!) { updateLessonProgress(input: $input) { enrollment { status progressPercentage } } }`,
      { input: { lessonId: gid("Lesson", lessons[0]!.id), status: "COMPLETED" } },
      { token: ann.token },
    );
    expect((await p.enrollment.findFirstOrThrow({ where: { userId: ann.user.id } })).status).toBe("ACTIVE");
    const attempt = (await start(server, ann.token, quiz.id)).data!.startQuizAttempt.attempt!;
    const graded = (await submit(server, ann.token, attempt.id, await rightAnswers(attempt))).data!
      .submitQuizAttempt;
    expect(graded.enrollment!.status).toBe("COMPLETED");
    expect(graded.certificate).toEqual({ courseTitle: course.title });
  });
});

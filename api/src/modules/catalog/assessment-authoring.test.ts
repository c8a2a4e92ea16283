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
let teacherToken: string;
let studentToken: string;
let courseId: string;

const ERR = "userErrors { field message code }";
type Errors = { field: string[] | null; code: string }[];
type QuizResult = {
  quiz: { id: string; totalPoints: number; questionCount: number } | null;
  question: { id: string } | null;
  userErrors: Errors;
};

const quizMutation = async (
  name: string,
  inputType: string,
  input: Record<string, unknown>,
  token = teacherToken,
) => {
  const res = await server.gql<Record<string, QuizResult>>(
    `mutation ($input: ${inputType}!) { ${name}(input: $input) { quiz { id totalPoints questionCount } question { id } ${ERR} } }`,
    { input },
    { token },
  );
  return res;
};

beforeAll(async () => {
  server = await startTestServer();
  const p = server.app.prisma;
  const teacher = await createInstructor(p);
  teacherToken = tokenFor(server.app.config, teacher);
  const course = await createCatalogCourse(p, { instructorId: teacher.id });
  courseId = gid("Course", course.id);
  await addCurriculum(p, course.id, [1]);
  const student = await createUser(p);
  await enroll(p, student.id, course.id);
  studentToken = tokenFor(server.app.config, student);
});
afterAll(() => server?.close());

describe("quiz authoring", () => {
  it("authors questions of all four types with totals, order, and answers only for the instructor", async () => {
    const created = await quizMutation("createQuiz", "CreateQuizInput", {
      courseId,
      title: "Final",
      quizType: "FINAL_EXAM",
      maxAttempts: 2,
    });
    const quizId = created.data!.createQuiz!.quiz!.id;
    const add = (question: Record<string, unknown>) =>
      quizMutation("addQuizQuestion", "AddQuizQuestionInput", { quizId, ...question });
    const questions = [
      {
        questionText: "Pick the primes",
        questionType: "MULTIPLE_CHOICE",
        points: 2,
        hint: "Two of them",
        explanation: "2 and 3",
        options: [
          { text: "2", isCorrect: true },
          { text: "3", isCorrect: true },
          { text: "4", isCorrect: false },
        ],
      },
      { questionText: "Types exist at runtime", questionType: "TRUE_FALSE", correctAnswer: false },
      {
        questionText: "Flag for strict mode?",
        questionType: "SHORT_ANSWER",
        points: 3,
        acceptedAnswers: ["strict", "--strict"],
      },
      {
        questionText: "Write sum",
        questionType: "CODE",
        points: 4,
        programmingLanguage: "javascript",
        codeTemplate: "function sum(xs) {}",
        testCases: [{ input: "[1,2]", expectedOutput: "3" }],
      },
    ];
    const ids: string[] = [];
    for (const q of questions) {
      const res = (await add(q)).data!.addQuizQuestion!;
      expect(res.userErrors).toEqual([]);
      ids.push(res.question!.id);
    }
    const last = await add({
      questionText: "Bonus",
      questionType: "TRUE_FALSE",
      correctAnswer: true,
      points: 0,
    });
    expect(last.data!.addQuizQuestion!.quiz).toMatchObject({ totalPoints: 10, questionCount: 5 });

    for (const [bad, field] of [
      [
        {
          questionText: "One option",
          questionType: "MULTIPLE_CHOICE",
          options: [{ text: "a", isCorrect: true }],
        },
        "options",
      ],
      [
        {
          questionText: "None right",
          questionType: "MULTIPLE_CHOICE",
          options: [
            { text: "a", isCorrect: false },
            { text: "b", isCorrect: false },
          ],
        },
        "options",
      ],
      [{ questionText: "No answer", questionType: "TRUE_FALSE" }, "correctAnswer"],
      [{ questionText: "No answers", questionType: "SHORT_ANSWER", acceptedAnswers: [] }, "acceptedAnswers"],
      [{ questionText: "No tests", questionType: "CODE", programmingLanguage: "javascript" }, "testCases"],
      [{ questionText: "Negative", questionType: "TRUE_FALSE", correctAnswer: true, points: -1 }, "points"],
    ] as const) {
      expect((await add(bad)).data!.addQuizQuestion!.userErrors[0]).toMatchObject({
        field: ["input", field],
        code: "INVALID",
      });
    }
    expect(await server.app.prisma.quizQuestion.count()).toBe(5);

    const updated = await quizMutation("updateQuizQuestion", "UpdateQuizQuestionInput", {
      questionId: ids[1],
      points: 5,
    });
    expect(updated.data!.updateQuizQuestion!.quiz).toMatchObject({ totalPoints: 14 });
    const switched = await quizMutation("updateQuizQuestion", "UpdateQuizQuestionInput", {
      questionId: ids[1],
      questionType: "SHORT_ANSWER",
    });
    expect(switched.data!.updateQuizQuestion!.userErrors[0]).toMatchObject({
      field: ["input", "acceptedAnswers"],
    });

    const foreignQuiz = (await quizMutation("createQuiz", "CreateQuizInput", { courseId, title: "Other" }))
      .data!.createQuiz!.quiz!.id;
    const foreign = (
      await quizMutation("addQuizQuestion", "AddQuizQuestionInput", {
        quizId: foreignQuiz,
        questionText: "x",
        questionType: "TRUE_FALSE",
        correctAnswer: true,
      })
    ).data!.addQuizQuestion!.question!.id;
    const reorderBad = await quizMutation("reorderQuizQuestions", "ReorderQuizQuestionsInput", {
      quizId,
      questionIds: [...ids.slice(1), foreign],
    });
    expect(reorderBad.data!.reorderQuizQuestions!.userErrors[0]).toMatchObject({
      field: ["input", "questionIds"],
      code: "INVALID",
    });
    await quizMutation("deleteQuizQuestion", "DeleteQuizQuestionInput", {
      questionId: last.data!.addQuizQuestion!.question!.id,
    });
    await quizMutation("reorderQuizQuestions", "ReorderQuizQuestionsInput", {
      quizId,
      questionIds: [...ids].reverse(),
    });

    const READ = `query ($id: ID!) { node(id: $id) { ... on Quiz { viewerCanReadAnswers questions { questionText questionType hint explanation acceptedAnswers
      options { id text isCorrect } testCases { input expectedOutput } } } } }`;
    type Q = {
      node: {
        viewerCanReadAnswers: boolean;
        questions:
          | {
              questionText: string;
              explanation: string | null;
              acceptedAnswers: string[] | null;
              options: { isCorrect: boolean | null }[];
              testCases: unknown[] | null;
            }[]
          | null;
      };
    };
    const asTeacher = (await server.gql<Q>(READ, { id: quizId }, { token: teacherToken })).data!.node;
    expect(asTeacher.questions!.map((q) => q.questionText)).toEqual([
      "Write sum",
      "Flag for strict mode?",
      "Types exist at runtime",
      "Pick the primes",
    ]);
    expect(asTeacher.questions![3]!.options.map((o) => o.isCorrect)).toEqual([true, true, false]);
    expect(asTeacher.questions![1]!.acceptedAnswers).toEqual(["strict", "--strict"]);
    expect(asTeacher.questions![0]!.testCases).toHaveLength(1);

    const asStudent = (await server.gql<Q>(READ, { id: quizId }, { token: studentToken })).data!.node;
    expect(asStudent.viewerCanReadAnswers).toBe(false);
    for (const q of asStudent.questions!) {
      expect(q.explanation).toBeNull();
      expect(q.acceptedAnswers).toBeNull();
      expect(q.testCases).toBeNull();
      expect(q.options.every((o) => o.isCorrect === null)).toBe(true);
    }
    expect(asStudent.questions![2]!.options).toHaveLength(2);
    const anonymous = (await server.gql<Q>(READ, { id: quizId })).data!.node;
    expect(anonymous.questions).toBeNull();
  });
});

describe("code challenge authoring", () => {
  it("keeps hidden tests and the solution from students", async () => {
    const CREATE = `mutation ($input: CreateCodeChallengeInput!) { createCodeChallenge(input: $input) { challenge { id } ${ERR} } }`;
    const input = {
      courseId,
      title: "FizzBuzz",
      description: "Classic",
      difficulty: "EASY",
      problemStatement: "Print fizz/buzz.",
      supportedLanguages: ["JavaScript"],
      starterCode: { javascript: "function fizz(n) {}" },
      solutionCode: { javascript: "function fizz(n) { return n % 3 ? n : 'fizz'; }" },
      testCases: [
        { input: "3", expectedOutput: "fizz", isHidden: false },
        { input: "5", expectedOutput: "buzz" },
      ],
    };
    const bad = await server.gql<{ createCodeChallenge: { userErrors: Errors } }>(
      CREATE,
      { input: { ...input, testCases: [] } },
      { token: teacherToken },
    );
    expect(bad.data!.createCodeChallenge.userErrors[0]).toMatchObject({ field: ["input", "testCases"] });
    const res = await server.gql<{ createCodeChallenge: { challenge: { id: string } } }>(
      CREATE,
      { input },
      { token: teacherToken },
    );
    const id = res.data!.createCodeChallenge.challenge.id;
    const READ = `query ($id: ID!) { node(id: $id) { ... on CodeChallenge { supportedLanguages problemStatement starterCode sampleTests { input } testCases { input isHidden } solutionCode } } }`;
    type C = {
      node: {
        supportedLanguages: string[];
        problemStatement: string | null;
        starterCode: unknown;
        sampleTests: { input: string }[] | null;
        testCases: unknown[] | null;
        solutionCode: unknown;
      };
    };
    const student = (await server.gql<C>(READ, { id }, { token: studentToken })).data!.node;
    expect(student).toMatchObject({
      supportedLanguages: ["javascript"],
      problemStatement: "Print fizz/buzz.",
      sampleTests: [{ input: "3" }],
      testCases: null,
      solutionCode: null,
    });
    const teacher = (await server.gql<C>(READ, { id }, { token: teacherToken })).data!.node;
    expect(teacher.testCases).toEqual([
      { input: "3", isHidden: false },
      { input: "5", isHidden: true },
    ]);
    expect(teacher.solutionCode).toEqual(input.solutionCode);
    const outsider = (
      await server.gql<C>(
        READ,
        { id },
        { token: tokenFor(server.app.config, await createUser(server.app.prisma)) },
      )
    ).data!.node;
    expect(outsider).toMatchObject({
      problemStatement: null,
      sampleTests: null,
      testCases: null,
      solutionCode: null,
    });
  });
});

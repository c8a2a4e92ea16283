// learning, assessments: quizzes with questions of every type, attempts whose scores are derived
// from which answers were right, and a code challenge with hidden tests and judged submissions.
import type { Prisma } from "../../api/src/generated/prisma/client.js";
import { type SeedContext, stamps } from "./context.js";
import { type AttemptDef, attempts, type QuestionDef, type QuizDef, quizzes } from "./data/assessment.js";
import type { PersonKey } from "./data/people.js";
import { seedId } from "./ids.js";
import { challengeId, courseId, enrollmentId, lessonId, quizId, userId } from "./refs.js";
import { addMinutes } from "./time.js";

const questionId = (quiz: string, i: number) => seedId(`quiz-question:${quiz}:${i}`);
const letters = "abcdefgh";

function quizOf(key: string): QuizDef {
  const quiz = quizzes.find((q) => q.key === key);
  if (!quiz) throw new Error(`Unknown seed quiz ${key}`);
  return quiz;
}

function grade(a: AttemptDef) {
  const quiz = quizOf(a.quiz);
  const total = quiz.questions.reduce((s, q) => s + q.points, 0);
  const score = quiz.questions.reduce((s, q, i) => s + (a.correct.includes(i) ? q.points : 0), 0);
  const percentage = (100 * score) / total;
  return { quiz, score, percentage, passed: percentage >= quiz.passingScore };
}

/** Percentages of the graded attempts of a learner in a course (Enrollment.averageQuizScore). */
export function attemptScores(who: PersonKey, slug: string): number[] {
  return attempts
    .filter((a) => a.who === who && a.status === "GRADED" && quizOf(a.quiz).slug === slug)
    .map((a) => grade(a).percentage);
}

function answerOf(q: QuestionDef, right: boolean): string {
  if (q.options) return letters[q.options.findIndex(([, correct]) => correct === right)] ?? "a";
  if (q.type === "CODE")
    return right ? "export const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);" : "return xs[0];";
  return right ? (q.answer ?? "") : "je ne sais pas";
}

function questionRows(quiz: QuizDef, at: Date): Prisma.QuizQuestionCreateManyInput[] {
  return quiz.questions.map((q, i) => ({
    id: questionId(quiz.key, i),
    quizId: quizId(quiz.key),
    questionText: q.text,
    questionType: q.type,
    explanation: q.explanation,
    hint: q.type === "CODE" ? "Think about the empty array." : null,
    options: q.options?.map(([text, correct], j) => ({ id: letters[j], text, is_correct: correct })),
    codeTemplate: q.code?.template ?? null,
    testCases: q.code?.tests.map(([input, expected]) => ({ input, expected_output: expected })),
    programmingLanguage: q.code?.language ?? null,
    points: q.points,
    position: i + 1,
    ...stamps(at),
  }));
}

export async function seedAssessment(ctx: SeedContext): Promise<void> {
  const { prisma } = ctx;
  const at = ctx.day(-200, 10);
  await prisma.quiz.createMany({
    skipDuplicates: true,
    data: quizzes.map((q) => ({
      id: quizId(q.key),
      courseId: courseId(q.slug),
      lessonId: lessonId(q.slug, q.lesson[0], q.lesson[1]),
      title: q.title,
      description: q.title,
      instructions: q.timeLimitMinutes ? `You have ${q.timeLimitMinutes} minutes.` : "Take your time.",
      quizType: q.type,
      passingScore: q.passingScore,
      timeLimitMinutes: q.timeLimitMinutes,
      maxAttempts: q.type === "PRACTICE" ? null : 3,
      randomizeQuestions: q.type === "FINAL_EXAM",
      showCorrectAnswers: q.type === "PRACTICE" ? "IMMEDIATELY" : "AFTER_SUBMISSION",
      ...stamps(at),
    })),
  });
  await prisma.quizQuestion.createMany({
    data: quizzes.flatMap((q) => questionRows(q, at)),
    skipDuplicates: true,
  });

  await prisma.quizAttempt.createMany({
    skipDuplicates: true,
    data: attempts.map((a) => {
      const { quiz, score, percentage, passed } = grade(a);
      const started = ctx.day(-a.daysAgo, 18, 5);
      const open = a.status === "IN_PROGRESS";
      return {
        id: seedId(`quiz-attempt:${a.who}:${a.quiz}:${a.number}`),
        userId: userId(a.who),
        quizId: quizId(a.quiz),
        enrollmentId: enrollmentId(a.who, quiz.slug),
        attemptNumber: a.number,
        startedAt: started,
        submittedAt: open ? null : addMinutes(started, 12),
        timeSpentMinutes: open ? null : 12,
        score: open ? null : score.toFixed(2),
        percentage: open ? null : percentage.toFixed(2),
        passed: !open && passed,
        answers: open
          ? []
          : quiz.questions.map((q, i) => ({
              question_id: questionId(quiz.key, i),
              answer: answerOf(q, a.correct.includes(i)),
              is_correct: a.correct.includes(i),
              points_earned: a.correct.includes(i) ? q.points : 0,
            })),
        status: a.status,
        ...stamps(started),
      };
    }),
  });
  await seedCodeChallenge(ctx);
}

const TESTS = [
  { input: "()[]{}", expected_output: "true", is_hidden: false },
  { input: "([)]", expected_output: "false", is_hidden: false },
  { input: "((((", expected_output: "false", is_hidden: true },
  { input: "", expected_output: "true", is_hidden: true },
  { input: "{[()()]}", expected_output: "true", is_hidden: true },
];

async function seedCodeChallenge(ctx: SeedContext): Promise<void> {
  await ctx.prisma.codeChallenge.createMany({
    skipDuplicates: true,
    data: [
      {
        id: challengeId("balanced-brackets"),
        courseId: courseId("typescript-from-zero"),
        lessonId: lessonId("typescript-from-zero", 1, 2),
        title: "Balanced brackets",
        description: "Check that every bracket is closed in the right order.",
        difficulty: "MEDIUM",
        category: "data_structures",
        problemStatement: "Given a string of `()[]{}`, return `true` when the brackets are balanced.",
        examples: 'isBalanced("()[]{}") === true\nisBalanced("([)]") === false',
        constraints: "0 <= s.length <= 10^4",
        // JavaScript first: it is the language the judge runs; the others are listed for reference.
        supportedLanguages: ["javascript", "typescript", "python"],
        starterCode: {
          javascript: "export function isBalanced(s) {\n  return false;\n}\n",
          typescript: "export function isBalanced(s: string): boolean {\n  return false;\n}\n",
          python: "def is_balanced(s: str) -> bool:\n    return False\n",
        },
        solutionCode: {
          javascript:
            'export function isBalanced(s) {\n  const pairs = { ")": "(", "]": "[", "}": "{" };\n  const stack = [];\n  for (const c of s) {\n    if (c in pairs) { if (stack.pop() !== pairs[c]) return false; } else stack.push(c);\n  }\n  return stack.length === 0;\n}\n',
          typescript:
            'export function isBalanced(s: string): boolean {\n  const pairs: Record<string, string> = { ")": "(", "]": "[", "}": "{" };\n  const stack: string[] = [];\n  for (const c of s) {\n    if (c in pairs) { if (stack.pop() !== pairs[c]) return false; } else stack.push(c);\n  }\n  return stack.length === 0;\n}\n',
        },
        testCases: TESTS,
        timeLimitMs: 2000,
        memoryLimitMb: 128,
        points: 100,
        ...stamps(ctx.day(-320, 10)),
      },
    ],
  });
  const judged = (passed: boolean[]) =>
    TESTS.map((t, i) => ({
      passed: passed[i] ?? false,
      input: t.input,
      expected: t.expected_output,
      actual: passed[i] ? t.expected_output : "false",
      execution_time: 3 + i,
    }));
  const submissions: Array<
    [PersonKey, number, Prisma.CodeSubmissionCreateManyInput["status"], boolean[] | null]
  > = [
    ["emma", 125, "WRONG_ANSWER", [true, true, false, true, false]],
    ["emma", 124, "ACCEPTED", [true, true, true, true, true]],
    ["noah", 110, "RUNTIME_ERROR", [false, false, false, false, false]],
    ["noah", 0, "PENDING", null],
  ];
  await ctx.prisma.codeSubmission.createMany({
    skipDuplicates: true,
    data: submissions.map(([who, daysAgo, status, passed], i) => {
      const at = daysAgo === 0 ? addMinutes(ctx.now, -2) : ctx.day(-daysAgo, 21, i * 7);
      return {
        id: seedId(`code-submission:${who}:${i}`),
        userId: userId(who),
        challengeId: challengeId("balanced-brackets"),
        language: "typescript",
        code:
          status === "RUNTIME_ERROR"
            ? "export const isBalanced = (s) => s.split().pop().length;"
            : "export function isBalanced(s: string) { /* … */ }",
        submittedAt: at,
        status,
        testResults: passed ? judged(passed) : undefined,
        executionTimeMs: passed ? 41 : null,
        memoryUsedMb: passed ? 38 : null,
        passedTests: passed ? passed.filter(Boolean).length : null,
        totalTests: passed ? TESTS.length : null,
        score: passed ? Math.round((100 * passed.filter(Boolean).length) / TESTS.length) : null,
        ...stamps(at),
      };
    }),
  });
}

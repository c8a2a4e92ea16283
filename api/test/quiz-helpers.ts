// Quiz attempt helpers for integration tests: start, submit, and the right answers of an attempt.

import { gid } from "./catalog-factories.js";
import type { TestServer } from "./server.js";

const ATTEMPT = `id status attemptNumber score percentage passed submittedLate maxScore
  questions { questionId questionType options { id text isCorrect } selectedOptionIds answerText isCorrect pointsEarned acceptedAnswers explanation unsupportedLanguage }`;
const START = `mutation ($input: StartQuizAttemptInput!) { startQuizAttempt(input: $input) { resumed attempt { ${ATTEMPT} } userErrors { field code message } } }`;
const SUBMIT = `mutation ($input: SubmitQuizAttemptInput!) { submitQuizAttempt(input: $input) { attempt { ${ATTEMPT} } enrollment { status averageQuizScore } certificate { courseTitle } userErrors { field code } } }`;

export type Question = {
  questionId: string;
  questionType: string;
  options: { id: string; text: string; isCorrect: boolean | null }[];
  isCorrect: boolean | null;
  pointsEarned: number | null;
  acceptedAnswers: string[] | null;
  explanation: string | null;
  selectedOptionIds: string[] | null;
  unsupportedLanguage: boolean;
};
export type Attempt = {
  id: string;
  status: string;
  attemptNumber: number;
  score: number | null;
  percentage: number | null;
  passed: boolean;
  submittedLate: boolean;
  maxScore: number;
  questions: Question[];
};
type Started = {
  startQuizAttempt: {
    resumed: boolean | null;
    attempt: Attempt | null;
    userErrors: { field: string[]; code: string }[];
  };
};
type Submitted = {
  submitQuizAttempt: {
    attempt: Attempt | null;
    enrollment: { status: string; averageQuizScore: number } | null;
    certificate: { courseTitle: string } | null;
    userErrors: { field: string[]; code: string }[];
  };
};

export const start = (s: TestServer, token: string, quizId: string) =>
  s.gql<Started>(START, { input: { quizId: gid("Quiz", quizId) } }, { token });
export const submit = (s: TestServer, token: string, attemptId: string, answers: unknown[]) =>
  s.gql<Submitted>(SUBMIT, { input: { attemptId, answers } }, { token });

/** Answers every question of a started attempt right (using the key from the database). */
export async function rightAnswers(server: TestServer, attempt: Attempt) {
  const p = server.app.prisma;
  return Promise.all(
    attempt.questions.map(async (q) => {
      const row = await p.quizQuestion.findUniqueOrThrow({
        where: { id: Buffer.from(q.questionId, "base64url").toString().split(":")[1]! },
      });
      const options = row.options as { id: string; text: string; is_correct: boolean }[];
      if (q.questionType === "SHORT_ANSWER")
        return { questionId: q.questionId, text: ` ${options[0]!.text.toUpperCase()}. ` };
      return { questionId: q.questionId, optionIds: options.filter((o) => o.is_correct).map((o) => o.id) };
    }),
  );
}

export const mixedQuiz = [
  {
    type: "MULTIPLE_CHOICE" as const,
    points: 2,
    options: [
      ["A", false],
      ["B", true],
      ["C", true],
      ["D", false],
    ] as [string, boolean][],
  },
  {
    type: "TRUE_FALSE" as const,
    options: [
      ["True", true],
      ["False", false],
    ] as [string, boolean][],
  },
  { type: "SHORT_ANSWER" as const, accepted: ["Élan vital"] },
];

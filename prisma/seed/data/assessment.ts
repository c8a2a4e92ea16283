// Quizzes (one question of every QuestionType in the final exam), attempts and the code challenge.
import type { QuestionType, QuizAttemptStatus, QuizType } from "../../../api/src/generated/prisma/enums.js";
import type { PersonKey } from "./people.js";

export type QuestionDef = {
  type: QuestionType;
  text: string;
  points: number;
  options?: ReadonlyArray<readonly [text: string, correct: boolean]>;
  /** SHORT_ANSWER: accepted answer; CODE: expected output of the tests. */
  answer?: string;
  explanation: string;
  code?: {
    language: string;
    template: string;
    tests: ReadonlyArray<readonly [input: string, expected: string]>;
  };
};

export type QuizDef = {
  key: string;
  slug: string;
  /** [module, lesson] of the QUIZ lesson. */
  lesson: readonly [number, number];
  title: string;
  type: QuizType;
  passingScore: number;
  timeLimitMinutes: number | null;
  questions: QuestionDef[];
};

export const quizzes: QuizDef[] = [
  {
    key: "ts-final",
    slug: "typescript-from-zero",
    lesson: [2, 2],
    title: "TypeScript final exam",
    type: "FINAL_EXAM",
    passingScore: 70,
    timeLimitMinutes: 20,
    questions: [
      {
        type: "MULTIPLE_CHOICE",
        text: "Which type is the safest for a value you know nothing about?",
        points: 2,
        options: [
          ["any", false],
          ["unknown", true],
          ["object", false],
          ["never", false],
        ],
        explanation: "unknown forces you to narrow before use.",
      },
      {
        type: "TRUE_FALSE",
        text: "Type annotations are checked at runtime.",
        points: 1,
        options: [
          ["True", false],
          ["False", true],
        ],
        explanation: "Types are erased when compiling.",
      },
      {
        type: "SHORT_ANSWER",
        text: "Which tsconfig flag turns on all strict checks?",
        points: 2,
        answer: "strict",
        explanation: '"strict": true enables the whole family.',
      },
      {
        type: "CODE",
        text: "Write `sum(xs: number[]): number`.",
        points: 5,
        explanation: "reduce with an initial value handles empty arrays.",
        code: {
          language: "typescript",
          template: "export function sum(xs: number[]): number {\n  // TODO\n}\n",
          tests: [
            ["[1,2,3]", "6"],
            ["[]", "0"],
          ],
        },
      },
    ],
  },
  {
    key: "graphql-schema",
    slug: "graphql-api-design",
    lesson: [1, 2],
    title: "Quiz: schema design",
    type: "PRACTICE",
    passingScore: 60,
    timeLimitMinutes: null,
    questions: [
      {
        type: "MULTIPLE_CHOICE",
        text: "What does a connection's pageInfo tell the client?",
        points: 1,
        options: [
          ["The total size in bytes", false],
          ["Whether more pages exist and their cursors", true],
          ["The server's page size limit", false],
        ],
        explanation: "hasNextPage/endCursor drive pagination.",
      },
      {
        type: "TRUE_FALSE",
        text: "Expected validation failures belong in the payload's userErrors.",
        points: 1,
        options: [
          ["True", true],
          ["False", false],
        ],
        explanation: "Top-level errors are for exceptional failures.",
      },
    ],
  },
  {
    key: "bridge-ouverture",
    slug: "bridge-les-bases",
    lesson: [1, 2],
    title: "Quiz : l'ouverture",
    type: "GRADED",
    passingScore: 70,
    timeLimitMinutes: 15,
    questions: [
      {
        type: "MULTIPLE_CHOICE",
        text: "Avec 15 points et une main régulière, j'ouvre de :",
        points: 2,
        options: [
          ["1♣", false],
          ["1SA", true],
          ["2SA", false],
        ],
        explanation: "1SA = 15 à 17 points, main régulière.",
      },
      {
        type: "TRUE_FALSE",
        text: "Il faut une couleur cinquième pour ouvrir de 1♥.",
        points: 1,
        options: [
          ["Vrai", true],
          ["Faux", false],
        ],
        explanation: "Le SEF ouvre les majeures par cinq cartes.",
      },
      {
        type: "SHORT_ANSWER",
        text: "Combien de points d'honneur vaut un Roi ?",
        points: 2,
        answer: "3",
        explanation: "As 4, Roi 3, Dame 2, Valet 1.",
      },
    ],
  },
  {
    key: "python-practice",
    slug: "python-data-analysis",
    lesson: [1, 3],
    title: "Practice quiz",
    type: "PRACTICE",
    passingScore: 50,
    timeLimitMinutes: null,
    questions: [
      {
        type: "MULTIPLE_CHOICE",
        text: "Which method removes rows with missing values?",
        points: 1,
        options: [
          ["df.fillna()", false],
          ["df.dropna()", true],
          ["df.drop_duplicates()", false],
        ],
        explanation: "dropna drops, fillna replaces.",
      },
      {
        type: "TRUE_FALSE",
        text: "groupby returns a DataFrame immediately.",
        points: 1,
        options: [
          ["True", false],
          ["False", true],
        ],
        explanation: "It returns a lazy GroupBy object until you aggregate.",
      },
    ],
  },
];

/** Which questions each attempt got right (by index), so score and percentage are derived. */
export type AttemptDef = {
  who: PersonKey;
  quiz: string;
  number: number;
  status: QuizAttemptStatus;
  correct: number[];
  daysAgo: number;
};

export const attempts: AttemptDef[] = [
  { who: "emma", quiz: "ts-final", number: 1, status: "GRADED", correct: [0, 1], daysAgo: 97 },
  { who: "emma", quiz: "ts-final", number: 2, status: "GRADED", correct: [0, 1, 3], daysAgo: 96 },
  { who: "noah", quiz: "graphql-schema", number: 1, status: "GRADED", correct: [0, 1], daysAgo: 10 },
  { who: "helene", quiz: "bridge-ouverture", number: 1, status: "GRADED", correct: [0, 1, 2], daysAgo: 85 },
  { who: "lucas", quiz: "bridge-ouverture", number: 1, status: "IN_PROGRESS", correct: [], daysAgo: 0 },
];

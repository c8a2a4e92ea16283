import type { AddQuizQuestionInput, QuestionType } from "../../gql/graphql";
import { splitList } from "./course-form";

export const QUESTION_TYPES = [
  "MULTIPLE_CHOICE",
  "TRUE_FALSE",
  "SHORT_ANSWER",
  "CODE",
] as const satisfies readonly QuestionType[];

export type OptionDraft = { text: string; isCorrect: boolean };
export type TestCaseDraft = { input: string; expectedOutput: string };

/** A question as its editor holds it: every type's fields, only the chosen type's are sent. */
export type QuestionDraft = {
  questionType: QuestionType;
  questionText: string;
  points: string;
  hint: string;
  explanation: string;
  options: OptionDraft[];
  correctAnswer: "" | "true" | "false";
  acceptedAnswers: string;
  programmingLanguage: string;
  codeTemplate: string;
  testCases: TestCaseDraft[];
};

export type QuestionField = Exclude<keyof QuestionDraft, "questionType">;

export const emptyQuestionDraft = (questionType: QuestionType = "MULTIPLE_CHOICE"): QuestionDraft => ({
  questionType,
  questionText: "",
  points: "1",
  hint: "",
  explanation: "",
  options: [
    { text: "", isCorrect: false },
    { text: "", isCorrect: false },
  ],
  correctAnswer: "",
  acceptedAnswers: "",
  programmingLanguage: "javascript",
  codeTemplate: "",
  testCases: [{ input: "", expectedOutput: "" }],
});

/** A saved question, as the API shows it to someone who may read the answers. */
export type SavedQuestion = {
  questionType: QuestionType;
  questionText: string;
  points: number;
  hint?: string | null;
  explanation?: string | null;
  options: ReadonlyArray<{ text: string; isCorrect?: boolean | null }>;
  acceptedAnswers?: ReadonlyArray<string> | null;
  programmingLanguage?: string | null;
  codeTemplate?: string | null;
  testCases?: ReadonlyArray<{ input: string; expectedOutput: string }> | null;
};

export function questionDraft(question: SavedQuestion): QuestionDraft {
  const empty = emptyQuestionDraft(question.questionType);
  const trueOption = question.options.find((option) => option.text === "True");
  return {
    ...empty,
    questionText: question.questionText,
    points: String(question.points),
    hint: question.hint ?? "",
    explanation: question.explanation ?? "",
    options:
      question.questionType === "MULTIPLE_CHOICE"
        ? question.options.map((option) => ({ text: option.text, isCorrect: option.isCorrect === true }))
        : empty.options,
    correctAnswer:
      question.questionType === "TRUE_FALSE" && trueOption ? (trueOption.isCorrect ? "true" : "false") : "",
    acceptedAnswers: (question.acceptedAnswers ?? []).join("\n"),
    programmingLanguage: question.programmingLanguage ?? empty.programmingLanguage,
    codeTemplate: question.codeTemplate ?? "",
    testCases: question.testCases?.length
      ? question.testCases.map((testCase) => ({
          input: testCase.input,
          expectedOutput: testCase.expectedOutput,
        }))
      : empty.testCases,
  };
}

const MAX_OPTIONS = 8;

/** Error keys (authoring.errors.*) by field: the API's rules for each type (quiz-question.schema.ts). */
export function validateQuestion(draft: QuestionDraft): Partial<Record<QuestionField, string>> {
  const errors: Partial<Record<QuestionField, string>> = {};
  const text = draft.questionText.trim();
  if (!text) errors.questionText = "required";
  else if (text.length > 2000) errors.questionText = "tooLong";
  if (!/^\d+$/.test(draft.points.trim()) || Number(draft.points) > 1000) errors.points = "points";
  if (draft.hint.trim().length > 1000) errors.hint = "tooLong";
  if (draft.explanation.trim().length > 5000) errors.explanation = "tooLong";
  switch (draft.questionType) {
    case "MULTIPLE_CHOICE": {
      const options = draft.options.filter((option) => option.text.trim());
      if (options.length < 2) errors.options = "twoOptions";
      else if (options.length > MAX_OPTIONS) errors.options = "tooManyOptions";
      else if (!options.some((option) => option.isCorrect)) errors.options = "markCorrect";
      break;
    }
    case "TRUE_FALSE":
      if (!draft.correctAnswer) errors.correctAnswer = "trueOrFalse";
      break;
    case "SHORT_ANSWER":
      if (splitList(draft.acceptedAnswers, /\n/).length === 0) errors.acceptedAnswers = "acceptedAnswer";
      break;
    case "CODE":
      if (!draft.programmingLanguage.trim()) errors.programmingLanguage = "required";
      if (!draft.testCases.some((testCase) => testCase.input.trim() || testCase.expectedOutput.trim()))
        errors.testCases = "testCase";
      break;
  }
  return errors;
}

/** The fields of addQuizQuestion / updateQuizQuestion for the draft's type (empty rows left out). */
export function questionInput(draft: QuestionDraft): Omit<AddQuizQuestionInput, "quizId"> {
  const common = {
    questionType: draft.questionType,
    questionText: draft.questionText.trim(),
    points: Number(draft.points),
    hint: draft.hint.trim() || null,
    explanation: draft.explanation.trim() || null,
  };
  switch (draft.questionType) {
    case "MULTIPLE_CHOICE":
      return {
        ...common,
        options: draft.options
          .filter((option) => option.text.trim())
          .map((option) => ({ text: option.text.trim(), isCorrect: option.isCorrect })),
      };
    case "TRUE_FALSE":
      return { ...common, correctAnswer: draft.correctAnswer === "true" };
    case "SHORT_ANSWER":
      return { ...common, acceptedAnswers: splitList(draft.acceptedAnswers, /\n/) };
    case "CODE":
      return {
        ...common,
        programmingLanguage: draft.programmingLanguage.trim(),
        codeTemplate: draft.codeTemplate.trim() ? draft.codeTemplate : null,
        testCases: draft.testCases.filter(
          (testCase) => testCase.input.trim() || testCase.expectedOutput.trim(),
        ),
      };
  }
}

const FIELDS = new Set<string>(Object.keys(emptyQuestionDraft()));

/** The draft field a userError is about (`["input", "options", "0", "text"]` → options). */
export const questionFieldOf = (path: ReadonlyArray<string> | null | undefined): QuestionField | null => {
  const name = path && path.length > 1 ? path[1] : null;
  return name && name !== "questionType" && FIELDS.has(name) ? (name as QuestionField) : null;
};

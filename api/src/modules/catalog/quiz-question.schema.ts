// Quiz questions of the four types, validated as a whole (type-specific fields included) and
// stored in the seed's shapes: options [{id, text, is_correct}] (a short answer's accepted
// answers are options that are all correct), test cases [{input, expected_output}].
import { z } from "zod";
import { Prisma } from "../../generated/prisma/client.js";
import { optionalText, text, wholeNumber } from "./catalog.schema.js";
import { type QuestionRow, QuestionTypeEnum } from "./quiz.types.js";

const LETTERS = "abcdefgh";

const testCase = z.object({ input: z.string().max(10_000), expectedOutput: z.string().max(10_000) });

export const questionDraftSchema = z
  .object({
    questionText: text("The question", 2000),
    questionType: z.enum(QuestionTypeEnum),
    points: wholeNumber("Points", 1000),
    explanation: optionalText("Explanation", 5000),
    hint: optionalText("Hint", 1000),
    options: z
      .array(z.object({ text: text("An option", 500), isCorrect: z.boolean() }))
      .max(LETTERS.length, `At most ${LETTERS.length} options.`)
      .nullish(),
    correctAnswer: z.boolean().nullish(),
    acceptedAnswers: z
      .array(text("An accepted answer", 200))
      .max(20, "At most 20 accepted answers.")
      .nullish(),
    codeTemplate: optionalText("Code template", 20_000),
    programmingLanguage: optionalText("Language", 30),
    testCases: z.array(testCase).max(50, "At most 50 test cases.").nullish(),
  })
  .superRefine((q, ctx) => {
    const need = (ok: boolean, path: string, message: string) => {
      if (!ok) ctx.addIssue({ code: "custom", path: [path], message });
    };
    switch (q.questionType) {
      case "MULTIPLE_CHOICE":
        need(
          (q.options?.length ?? 0) >= 2,
          "options",
          "A multiple-choice question needs at least two options.",
        );
        need(q.options?.some((o) => o.isCorrect) ?? false, "options", "Mark at least one option as correct.");
        break;
      case "TRUE_FALSE":
        need(q.correctAnswer != null, "correctAnswer", "Say whether the statement is true or false.");
        break;
      case "SHORT_ANSWER":
        need((q.acceptedAnswers?.length ?? 0) > 0, "acceptedAnswers", "Give at least one accepted answer.");
        break;
      case "CODE":
        need(!!q.programmingLanguage, "programmingLanguage", "Name the programming language.");
        need((q.testCases?.length ?? 0) > 0, "testCases", "Give at least one test case.");
        break;
    }
  });

export type QuestionDraft = z.input<typeof questionDraftSchema>;

/** The columns of a validated question; fields of other types are cleared. */
export function questionColumns(q: z.output<typeof questionDraftSchema>) {
  const options =
    q.questionType === "MULTIPLE_CHOICE"
      ? (q.options ?? []).map((o, i) => ({ id: LETTERS[i]!, text: o.text, is_correct: o.isCorrect }))
      : q.questionType === "TRUE_FALSE"
        ? [
            { id: "a", text: "True", is_correct: q.correctAnswer === true },
            { id: "b", text: "False", is_correct: q.correctAnswer === false },
          ]
        : q.questionType === "SHORT_ANSWER"
          ? (q.acceptedAnswers ?? []).map((a, i) => ({ id: String(i + 1), text: a, is_correct: true }))
          : null;
  const code = q.questionType === "CODE";
  return {
    questionText: q.questionText,
    questionType: q.questionType,
    points: q.points,
    explanation: q.explanation ?? null,
    hint: q.hint ?? null,
    options: options ?? Prisma.DbNull,
    codeTemplate: code ? (q.codeTemplate ?? null) : null,
    programmingLanguage: code ? (q.programmingLanguage ?? null) : null,
    testCases: code
      ? (q.testCases ?? []).map((t) => ({ input: t.input, expected_output: t.expectedOutput }))
      : Prisma.DbNull,
  };
}

export interface StoredOption {
  id: string;
  text: string;
  isCorrect: boolean;
}

/** Options as stored (tolerant of rows written by other tools: bad entries are skipped). */
export function storedOptions(json: unknown): StoredOption[] {
  if (!Array.isArray(json)) return [];
  return json.flatMap((o: unknown) => {
    const r = o as { id?: unknown; text?: unknown; is_correct?: unknown };
    return typeof r?.id === "string" && typeof r.text === "string"
      ? [{ id: r.id, text: r.text, isCorrect: r.is_correct === true }]
      : [];
  });
}

export interface StoredTestCase {
  input: string;
  expectedOutput: string;
  isHidden: boolean;
}

export function storedTestCases(json: unknown): StoredTestCase[] {
  if (!Array.isArray(json)) return [];
  return json.flatMap((t: unknown) => {
    const r = t as { input?: unknown; expected_output?: unknown; is_hidden?: unknown };
    return typeof r?.input === "string" && typeof r.expected_output === "string"
      ? [{ input: r.input, expectedOutput: r.expected_output, isHidden: r.is_hidden === true }]
      : [];
  });
}

/** A stored question as a draft, so a partial update can be validated as a whole question. */
export function draftOf(row: QuestionRow): QuestionDraft {
  const options = storedOptions(row.options);
  return {
    questionText: row.questionText,
    questionType: row.questionType as QuestionTypeEnum,
    points: row.points,
    explanation: row.explanation,
    hint: row.hint,
    options:
      row.questionType === "MULTIPLE_CHOICE"
        ? options.map((o) => ({ text: o.text, isCorrect: o.isCorrect }))
        : null,
    correctAnswer:
      row.questionType === "TRUE_FALSE" ? options.find((o) => o.isCorrect)?.text === "True" : null,
    acceptedAnswers: row.questionType === "SHORT_ANSWER" ? options.map((o) => o.text) : null,
    codeTemplate: row.codeTemplate,
    programmingLanguage: row.programmingLanguage,
    testCases: storedTestCases(row.testCases).map((t) => ({
      input: t.input,
      expectedOutput: t.expectedOutput,
    })),
  };
}

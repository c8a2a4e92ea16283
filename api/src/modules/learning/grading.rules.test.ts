import { describe, expect, it } from "vitest";
import {
  type GradableQuestion,
  gradeAttempt,
  isChoiceCorrect,
  isShortAnswerCorrect,
  normalizeAnswerText,
} from "./grading.rules.js";
import { buildLayout, parseLayout, shuffled } from "./quiz-layout.js";

const option = (id: string, isCorrect: boolean, text = id) => ({ id, text, isCorrect });
const mc: GradableQuestion = {
  id: "q1",
  type: "MULTIPLE_CHOICE",
  points: 2,
  options: [option("a", false), option("b", true), option("c", true)],
};
const tf: GradableQuestion = {
  id: "q2",
  type: "TRUE_FALSE",
  points: 1,
  options: [option("a", true), option("b", false)],
};
const short: GradableQuestion = {
  id: "q3",
  type: "SHORT_ANSWER",
  points: 1,
  options: [option("1", true, "Élan vital")],
};
const code: GradableQuestion = { id: "q4", type: "CODE", points: 3, options: [] };
const questions = new Map([mc, tf, short, code].map((q) => [q.id, q]));
const layout = [...questions.keys()].map((questionId) => ({ questionId, optionOrder: null }));

describe("answer checks", () => {
  it("grades choices all-or-nothing", () => {
    expect(isChoiceCorrect(mc, ["c", "b"])).toBe(true);
    expect(isChoiceCorrect(mc, ["b"])).toBe(false);
    expect(isChoiceCorrect(mc, ["a", "b", "c"])).toBe(false);
    expect(isChoiceCorrect(tf, ["a"])).toBe(true);
    expect(isChoiceCorrect(tf, ["a", "b"])).toBe(false);
  });

  it("compares short answers without case, accents, spacing or end punctuation", () => {
    expect(normalizeAnswerText("  ÉLAN   Vital. ")).toBe("elan vital");
    expect(isShortAnswerCorrect(short, "elan vital!")).toBe(true);
    expect(isShortAnswerCorrect(short, "elan")).toBe(false);
    expect(isShortAnswerCorrect(short, "   ")).toBe(false);
  });
});

describe("gradeAttempt", () => {
  const answers = new Map([
    ["q1", { optionIds: ["b", "c"] }],
    ["q2", { optionIds: ["b"] }],
    ["q3", { text: "Elan vital" }],
    ["q4", { code: "export const f = () => 1" }],
  ]);

  it("scores points, percentage and pass/fail, counting code only when the sandbox passed it", () => {
    const graded = gradeAttempt({
      layout,
      questions,
      answers,
      codeVerdicts: new Map([["q4", "passed" as const]]),
      passingScore: 80,
      late: false,
    });
    expect(graded).toMatchObject({ score: 6, maxScore: 7, percentage: 85.71, passed: true });
    expect(graded.entries.map((e) => [e.question_id, e.is_correct, e.points_earned])).toEqual([
      ["q1", true, 2],
      ["q2", false, 0],
      ["q3", true, 1],
      ["q4", true, 3],
    ]);
    expect(graded.entries[0]!.answer).toEqual(["b", "c"]);
    expect(graded.entries[1]!.answer).toBe("b");
  });

  it("never passes code in an unsupported language", () => {
    const graded = gradeAttempt({
      layout,
      questions,
      answers,
      codeVerdicts: new Map([["q4", "unsupported" as const]]),
      passingScore: 50,
      late: false,
    });
    expect(graded.entries[3]).toMatchObject({ is_correct: false, points_earned: 0, unsupported: true });
  });

  it("keeps late answers but counts none of them", () => {
    const graded = gradeAttempt({
      layout,
      questions,
      answers,
      codeVerdicts: new Map(),
      passingScore: 0,
      late: true,
    });
    expect(graded).toMatchObject({ score: 0, percentage: 0, passed: false });
    expect(graded.entries[2]!.answer).toBe("Elan vital");
  });

  it("ignores questions deleted since the attempt started, and passes nothing without questions", () => {
    const graded = gradeAttempt({
      layout: [{ questionId: "gone", optionOrder: null }, ...layout.slice(1, 2)],
      questions,
      answers,
      codeVerdicts: new Map(),
      passingScore: 0,
      late: false,
    });
    expect(graded).toMatchObject({ maxScore: 1, entries: [{ question_id: "q2" }] });
    const empty = gradeAttempt({
      layout: [],
      questions,
      answers,
      codeVerdicts: new Map(),
      passingScore: 0,
      late: false,
    });
    expect(empty).toMatchObject({ maxScore: 0, percentage: 0, passed: false });
  });
});

describe("attempt layout", () => {
  const rows = [
    {
      id: "q1",
      questionType: "MULTIPLE_CHOICE",
      options: [
        { id: "a", text: "A", is_correct: true },
        { id: "b", text: "B", is_correct: false },
        { id: "c", text: "C", is_correct: false },
      ],
    },
    {
      id: "q2",
      questionType: "TRUE_FALSE",
      options: [
        { id: "a", text: "True", is_correct: true },
        { id: "b", text: "False", is_correct: false },
      ],
    },
    { id: "q3", questionType: "SHORT_ANSWER", options: [{ id: "1", text: "x", is_correct: true }] },
  ];
  // Fisher–Yates picking j = i at every step swaps nothing; picking 0 rotates.
  const keep = (n: number) => n - 1;

  it("keeps the authored order unless told to shuffle; true/false choices never move", () => {
    expect(buildLayout(rows, { randomizeQuestions: false, randomizeAnswers: false })).toEqual([
      { questionId: "q1", optionOrder: ["a", "b", "c"] },
      { questionId: "q2", optionOrder: ["a", "b"] },
      { questionId: "q3", optionOrder: null },
    ]);
    const first = () => 0;
    const layout = buildLayout(rows, { randomizeQuestions: true, randomizeAnswers: true }, first);
    expect(layout.map((s) => s.questionId)).toEqual(["q2", "q3", "q1"]);
    expect(layout.find((s) => s.questionId === "q1")!.optionOrder).toEqual(["b", "c", "a"]);
    expect(layout.find((s) => s.questionId === "q2")!.optionOrder).toEqual(["a", "b"]);
    expect(shuffled([1, 2, 3], keep)).toEqual([1, 2, 3]);
  });

  it("reads layouts back, tolerating seeded rows", () => {
    expect(
      parseLayout([{ question_id: "q1", option_order: ["b", "a"] }, { question_id: "q2" }, { nope: 1 }]),
    ).toEqual([
      { questionId: "q1", optionOrder: ["b", "a"] },
      { questionId: "q2", optionOrder: null },
    ]);
    expect(parseLayout(null)).toEqual([]);
  });
});

// Server-side grading of quiz attempts (pure; unit-tested in grading.rules.test.ts). Answers are
// judged against the answer key stored with the questions, never against anything the client sent.
import type { StoredOption } from "../catalog/quiz-question.schema.js";

export type QuestionKind = "MULTIPLE_CHOICE" | "TRUE_FALSE" | "SHORT_ANSWER" | "CODE";

export interface GradableQuestion {
  id: string;
  type: QuestionKind;
  points: number;
  /** Choices with the key (short answers: the accepted answers). */
  options: StoredOption[];
}

export interface GivenAnswer {
  optionIds?: string[] | null;
  text?: string | null;
  code?: string | null;
}

/** Verdict of the sandbox on a CODE answer: all tests passed, or not, or the language cannot run. */
export type CodeVerdict = "passed" | "failed" | "unsupported";

export interface GradedEntry {
  question_id: string;
  option_order: string[] | null;
  answer: string | string[] | null;
  is_correct: boolean;
  points_earned: number;
  /** A CODE answer in a language the judge cannot run: never counted as correct. */
  unsupported?: true;
}

export interface GradedAttempt {
  entries: GradedEntry[];
  score: number;
  maxScore: number;
  percentage: number;
  passed: boolean;
}

/** Lowercase, accents and punctuation at the ends dropped, spaces collapsed: "  Élan. " = "elan". */
export function normalizeAnswerText(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^[\p{P}\s]+|[\p{P}\s]+$/gu, "");
}

/** Choice questions are all-or-nothing: exactly the correct options, no more, no fewer. */
export function isChoiceCorrect(question: GradableQuestion, optionIds: readonly string[]): boolean {
  const chosen = new Set(optionIds);
  const correct = question.options.filter((o) => o.isCorrect).map((o) => o.id);
  if (question.type === "TRUE_FALSE" && chosen.size !== 1) return false;
  return correct.length > 0 && chosen.size === correct.length && correct.every((id) => chosen.has(id));
}

export function isShortAnswerCorrect(question: GradableQuestion, text: string): boolean {
  const given = normalizeAnswerText(text);
  return given !== "" && question.options.some((o) => normalizeAnswerText(o.text) === given);
}

/** What an answer is stored as (seed 002 shape: one option id, several, or the text/code). */
function storedAnswer(q: GradableQuestion, a: GivenAnswer | undefined): string | string[] | null {
  if (!a) return null;
  if (q.type === "MULTIPLE_CHOICE" || q.type === "TRUE_FALSE") {
    const ids = a.optionIds ?? [];
    return ids.length === 0 ? null : ids.length === 1 ? (ids[0] ?? null) : [...ids];
  }
  return (q.type === "CODE" ? a.code : a.text) ?? null;
}

/**
 * Grades every question of the attempt, in the attempt's order. A late attempt (submitted past
 * its deadline) keeps its answers for the record but earns nothing: the time limit is the rule.
 */
export function gradeAttempt(input: {
  layout: { questionId: string; optionOrder: string[] | null }[];
  questions: Map<string, GradableQuestion>;
  answers: Map<string, GivenAnswer>;
  codeVerdicts: Map<string, CodeVerdict>;
  passingScore: number;
  late: boolean;
}): GradedAttempt {
  const entries: GradedEntry[] = [];
  let score = 0;
  let maxScore = 0;
  for (const slot of input.layout) {
    const q = input.questions.get(slot.questionId);
    if (!q) continue; // deleted since the attempt started: it no longer counts either way
    const a = input.answers.get(q.id);
    const verdict = input.codeVerdicts.get(q.id);
    let correct = false;
    if (!input.late && a) {
      if (q.type === "SHORT_ANSWER") correct = isShortAnswerCorrect(q, a.text ?? "");
      else if (q.type === "CODE") correct = verdict === "passed";
      else correct = isChoiceCorrect(q, a.optionIds ?? []);
    }
    const earned = correct ? q.points : 0;
    score += earned;
    maxScore += q.points;
    entries.push({
      question_id: q.id,
      option_order: slot.optionOrder,
      answer: storedAnswer(q, a),
      is_correct: correct,
      points_earned: earned,
      ...(q.type === "CODE" && verdict === "unsupported" ? { unsupported: true as const } : {}),
    });
  }
  const percentage = maxScore === 0 ? 0 : Math.round((10_000 * score) / maxScore) / 100;
  // Late never passes, even a quiz with a passing score of 0.
  const passed = !input.late && maxScore > 0 && percentage >= input.passingScore;
  return { entries, score, maxScore, percentage, passed };
}

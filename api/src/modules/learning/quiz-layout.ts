// The order an attempt presents questions and choices in, fixed when it starts (stored as the
// attempt's `answers` entries, which grading later fills in), so a reload shows the same quiz.
import { randomInt } from "node:crypto";
import { storedOptions } from "../catalog/quiz-question.schema.js";

export interface LayoutSlot {
  questionId: string;
  /** Choice ids in the order shown; null for questions without choices. */
  optionOrder: string[] | null;
}

/** Fisher–Yates with a CSPRNG: the order must not be predictable from earlier attempts. */
export function shuffled<T>(items: readonly T[], random: (n: number) => number = randomInt): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = random(i + 1);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

const hasChoices = (type: string) => type === "MULTIPLE_CHOICE" || type === "TRUE_FALSE";

export function buildLayout(
  questions: readonly { id: string; questionType: string; options: unknown }[],
  settings: { randomizeQuestions: boolean; randomizeAnswers: boolean },
  random?: (n: number) => number,
): LayoutSlot[] {
  const ordered = settings.randomizeQuestions ? shuffled(questions, random) : [...questions];
  return ordered.map((q) => {
    if (!hasChoices(q.questionType)) return { questionId: q.id, optionOrder: null };
    const ids = storedOptions(q.options).map((o) => o.id);
    // True/false keeps True before False: shuffling two fixed words only confuses.
    const shuffle = settings.randomizeAnswers && q.questionType === "MULTIPLE_CHOICE";
    return { questionId: q.id, optionOrder: shuffle ? shuffled(ids, random) : ids };
  });
}

/** The layout as stored in QuizAttempt.answers. */
export const layoutJson = (layout: LayoutSlot[]) =>
  layout.map((s) => ({ question_id: s.questionId, option_order: s.optionOrder }));

/** Reads the layout back from QuizAttempt.answers (tolerant: rows written by the seed have no option_order). */
export function parseLayout(json: unknown): LayoutSlot[] {
  if (!Array.isArray(json)) return [];
  return json.flatMap((entry: unknown) => {
    const e = entry as { question_id?: unknown; option_order?: unknown };
    if (typeof e?.question_id !== "string") return [];
    const order = Array.isArray(e.option_order)
      ? e.option_order.filter((x): x is string => typeof x === "string")
      : null;
    return [{ questionId: e.question_id, optionOrder: order }];
  });
}

/**
 * An attempt stored without a layout (seeded, or written by another tool: seed 002 keeps
 * `answers` empty until submission) presents the quiz's questions in their own order.
 */
export function layoutOrDefault(
  layout: LayoutSlot[],
  quizQuestions: readonly { id: string; questionType: string; options: unknown }[],
): LayoutSlot[] {
  return layout.length > 0
    ? layout
    : buildLayout(quizQuestions, { randomizeQuestions: false, randomizeAnswers: false });
}

// Builds the questions of an attempt as the viewer may see them: the attempt's order and
// choices, the student's answers once submitted, and the correction only as attemptReveal allows.
import { toGlobalId } from "../../graphql/global-id.js";
import type { QuestionRow, QuestionTypeEnum } from "../catalog/quiz.types.js";
import { storedOptions } from "../catalog/quiz-question.schema.js";
import type { Reveal } from "./answer-reveal.js";
import type { AttemptQuestion } from "./quiz-attempt.types.js";
import type { LayoutSlot } from "./quiz-layout.js";

interface StoredEntry {
  question_id?: unknown;
  answer?: unknown;
  is_correct?: unknown;
  points_earned?: unknown;
  unsupported?: unknown;
}

const asIds = (answer: unknown): string[] =>
  typeof answer === "string"
    ? [answer]
    : Array.isArray(answer)
      ? answer.filter((a) => typeof a === "string")
      : [];

export function attemptQuestions(
  attempt: { answers: unknown; status: string },
  layout: LayoutSlot[],
  questions: Map<string, QuestionRow>,
  reveal: Reveal,
): AttemptQuestion[] {
  const submitted = attempt.status !== "IN_PROGRESS";
  const entries = new Map<string, StoredEntry>(
    (Array.isArray(attempt.answers) ? (attempt.answers as StoredEntry[]) : []).map((e) => [
      String(e?.question_id),
      e,
    ]),
  );
  return layout.flatMap((slot, i) => {
    const q = questions.get(slot.questionId);
    if (!q) return [];
    const entry = submitted ? entries.get(q.id) : undefined;
    const stored = storedOptions(q.options);
    const choices = q.questionType === "MULTIPLE_CHOICE" || q.questionType === "TRUE_FALSE";
    const order = slot.optionOrder ?? stored.map((o) => o.id);
    const options = choices
      ? order.flatMap((id) => {
          const o = stored.find((s) => s.id === id);
          return o ? [{ id: o.id, text: o.text, isCorrect: reveal.answerKey ? o.isCorrect : null }] : [];
        })
      : [];
    const answer = entry?.answer;
    return [
      {
        questionId: toGlobalId("QuizQuestion", q.id),
        position: i + 1,
        questionText: q.questionText,
        questionType: q.questionType as QuestionTypeEnum,
        points: q.points,
        hint: q.hint,
        codeTemplate: q.codeTemplate,
        programmingLanguage: q.programmingLanguage,
        options,
        selectedOptionIds: submitted && choices ? asIds(answer) : null,
        answerText: submitted && !choices && typeof answer === "string" ? answer : null,
        isCorrect: reveal.correctness && entry ? entry.is_correct === true : null,
        pointsEarned: reveal.correctness && entry ? Number(entry.points_earned ?? 0) : null,
        acceptedAnswers:
          reveal.answerKey && q.questionType === "SHORT_ANSWER" ? stored.map((o) => o.text) : null,
        explanation: reveal.answerKey ? q.explanation : null,
        unsupportedLanguage: entry?.unsupported === true,
      },
    ];
  });
}

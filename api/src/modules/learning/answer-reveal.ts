import { isSelf } from "../../auth/policy.js";
import type { Viewer } from "../../context.js";
import { type CourseFacts, canReadAnswerKey } from "../catalog/catalog.policy.js";

export interface Reveal {
  /** Whether each answer was right and the points it earned. */
  correctness: boolean;
  /** The correct choices, accepted answers and explanations. */
  answerKey: boolean;
}

/**
 * What of an attempt's correction the viewer may see. The course's instructor and admins read
 * the answer key anyway (catalog canReadAnswerKey). The student sees the correction of a graded
 * attempt unless the quiz says NEVER; IMMEDIATELY and AFTER_SUBMISSION both mean "once graded",
 * because answers are submitted together, and per-question feedback during an attempt would let
 * a student probe the key before answering. Nothing is revealed while an attempt is open.
 */
export function attemptReveal(
  viewer: Viewer | null,
  attempt: { userId: string; status: string },
  quiz: { showCorrectAnswers: string },
  course: CourseFacts | null,
): Reveal {
  if (course && canReadAnswerKey(viewer, course)) return { correctness: true, answerKey: true };
  const allowed =
    isSelf(viewer, attempt.userId) && attempt.status === "GRADED" && quiz.showCorrectAnswers !== "NEVER";
  return { correctness: allowed, answerKey: allowed };
}

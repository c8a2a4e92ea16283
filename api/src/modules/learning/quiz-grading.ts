// What grading an attempt changes besides the attempt: the enrollment's average, the quiz's
// lesson (a passed lesson quiz completes it), course completion (a passed final exam may be
// the last step) and the learner's analytics. Runs in the grading transaction, enrollment locked.
import { storedOptions } from "../catalog/quiz-question.schema.js";
import { recordLearningActivity } from "./analytics.js";
import { type SettledEnrollment, settleEnrollment } from "./completion.js";
import type { EnrollmentRow } from "./enrollment.types.js";
import { type GradableQuestion, type GradedAttempt, gradeAttempt } from "./grading.rules.js";
import type { Tx } from "./learning-transaction.js";
import { applyLessonProgress } from "./progress.apply.js";
import { type AttemptRow, attemptSelect } from "./quiz-attempt.types.js";
import { layoutOrDefault, parseLayout } from "./quiz-layout.js";

/** Answers arriving this long after the deadline still count: the network is not instant. */
export const LATE_GRACE_MS = 30_000;

export const isPastDeadline = (attempt: { deadlineAt: Date | null }, now: Date): boolean =>
  attempt.deadlineAt !== null && now.getTime() > attempt.deadlineAt.getTime() + LATE_GRACE_MS;

export const gradableSelect = {
  id: true,
  questionType: true,
  points: true,
  options: true,
  testCases: true,
  programmingLanguage: true,
} as const;

export function toGradable(row: {
  id: string;
  questionType: string;
  points: number;
  options: unknown;
}): GradableQuestion {
  return {
    id: row.id,
    type: row.questionType as GradableQuestion["type"],
    points: row.points,
    options: storedOptions(row.options),
  };
}

/** The attempt's layout (or the quiz's order, see layoutOrDefault) and the key of its questions. */
export async function gradingQuestions(tx: Pick<Tx, "quizQuestion">, attempt: AttemptRow) {
  const stored = parseLayout(attempt.answers);
  const rows = await tx.quizQuestion.findMany({
    where: stored.length > 0 ? { id: { in: stored.map((s) => s.questionId) } } : { quizId: attempt.quizId },
    orderBy: [{ position: "asc" }, { id: "asc" }],
    select: gradableSelect,
  });
  return { layout: layoutOrDefault(stored, rows), rows };
}

/** Writes a grading result onto the attempt (GRADED, once: the caller holds its row lock). */
export function saveGrade(tx: Tx, attempt: AttemptRow, graded: GradedAttempt, at: Date, late: boolean) {
  return tx.quizAttempt.update({
    where: { id: attempt.id },
    data: {
      status: "GRADED",
      submittedAt: at,
      submittedLate: late,
      timeSpentMinutes: Math.max(0, Math.round((at.getTime() - attempt.startedAt.getTime()) / 60_000)),
      score: graded.score,
      percentage: graded.percentage,
      passed: graded.passed,
      answers: graded.entries.map((e) => ({ ...e })),
    },
    select: attemptSelect,
  });
}

/** Effects of a graded attempt on the enrollment, the quiz's lesson, completion and analytics. */
export async function afterGrading(
  tx: Tx,
  enrollment: EnrollmentRow,
  quiz: { lessonId: string | null },
  graded: { passed: boolean; percentage: number },
  now: Date,
  options: { countActivity: boolean },
): Promise<SettledEnrollment> {
  const [average] = await tx.$queryRaw<{ value: number | null }[]>`
    SELECT round(avg(a.percentage), 2)::float8 AS value FROM quiz_attempts a
    JOIN quizzes q ON q.id = a.quiz_id LEFT JOIN lessons l ON l.id = q.lesson_id
    WHERE a.user_id = ${enrollment.userId}::uuid AND a.status = 'GRADED'
      AND (q.course_id = ${enrollment.courseId}::uuid OR l.course_id = ${enrollment.courseId}::uuid)`;
  let lessonsCompleted = 0;
  if (graded.passed && quiz.lessonId) {
    const applied = await applyLessonProgress(tx, enrollment, quiz.lessonId, { status: "COMPLETED" }, now);
    lessonsCompleted = applied.merged.justCompleted ? 1 : 0;
  }
  const settled = await settleEnrollment(tx, enrollment, now, { averageQuizScore: average?.value ?? null });
  if (options.countActivity)
    await recordLearningActivity(
      tx,
      enrollment.userId,
      { quizPercentage: graded.percentage, lessonsCompleted },
      now,
    );
  return settled;
}

/**
 * Closes the learner's attempts at a quiz whose time ran out without a submission: graded as
 * late (nothing counted), dated at their deadline. Not learning activity: nobody did anything.
 */
export async function closeExpiredAttempts(
  tx: Tx,
  enrollment: EnrollmentRow,
  quiz: { id: string; lessonId: string | null; passingScore: number },
  now: Date,
): Promise<void> {
  const expired = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM quiz_attempts
    WHERE user_id = ${enrollment.userId}::uuid AND quiz_id = ${quiz.id}::uuid AND status = 'IN_PROGRESS'
      AND deadline_at < ${new Date(now.getTime() - LATE_GRACE_MS)}
    FOR UPDATE`;
  for (const { id } of expired) {
    const attempt = await tx.quizAttempt.findUniqueOrThrow({ where: { id }, select: attemptSelect });
    const { layout, rows } = await gradingQuestions(tx, attempt);
    const graded = gradeAttempt({
      layout,
      questions: new Map(rows.map((r) => [r.id, toGradable(r)])),
      answers: new Map(),
      codeVerdicts: new Map(),
      passingScore: quiz.passingScore,
      late: true,
    });
    await saveGrade(tx, attempt, graded, attempt.deadlineAt ?? now, true);
    await afterGrading(tx, enrollment, quiz, graded, now, { countActivity: false });
  }
}

import type { Tx } from "./learning-transaction.js";
import type { ProgressFacts } from "./progress.rules.js";

/**
 * What completion depends on, read in one statement: the course's lessons now, the student's
 * completed ones among them, and the course's final exams (course-level or on a lesson) the
 * student has no passing graded attempt at.
 */
export async function progressFacts(tx: Pick<Tx, "$queryRaw">, userId: string, courseId: string) {
  const [row] = await tx.$queryRaw<ProgressFacts[]>`
    SELECT
      (SELECT count(*)::int FROM lessons l WHERE l.course_id = ${courseId}::uuid) AS "totalLessons",
      (SELECT count(*)::int FROM lesson_progress p
        WHERE p.user_id = ${userId}::uuid AND p.course_id = ${courseId}::uuid AND p.status = 'COMPLETED')
        AS "completedLessons",
      (SELECT count(*)::int FROM quizzes q LEFT JOIN lessons ql ON ql.id = q.lesson_id
        WHERE q.quiz_type = 'FINAL_EXAM' AND (q.course_id = ${courseId}::uuid OR ql.course_id = ${courseId}::uuid)
          AND NOT EXISTS (SELECT 1 FROM quiz_attempts a WHERE a.quiz_id = q.id AND a.user_id = ${userId}::uuid
                            AND a.status = 'GRADED' AND a.passed)) AS "unpassedFinalExams"`;
  return row ?? { totalLessons: 0, completedLessons: 0, unpassedFinalExams: 0 };
}

// Denormalized counters, recomputed from the rows they summarize inside the transaction that
// changed those rows (the caller holds the course row lock, see course-lock.ts), so they are
// exactly consistent. Same definitions as prisma/seed/counters.ts.
import type { Prisma } from "../../generated/prisma/client.js";

type Tx = Pick<Prisma.TransactionClient, "$executeRaw">;

/** Module lesson counts and durations, then the course's lessonCount and totalDurationMinutes. */
export async function refreshCurriculumCounters(tx: Tx, courseId: string): Promise<void> {
  await tx.$executeRaw`
    UPDATE course_modules m SET
      lesson_count = (SELECT count(*)::int FROM lessons l WHERE l.module_id = m.id),
      total_duration_minutes = (SELECT coalesce(sum(l.duration_minutes), 0)::int FROM lessons l WHERE l.module_id = m.id)
    WHERE m.course_id = ${courseId}::uuid`;
  await tx.$executeRaw`
    UPDATE courses c SET
      lesson_count = (SELECT count(*)::int FROM lessons l WHERE l.course_id = c.id),
      total_duration_minutes = (SELECT coalesce(sum(l.duration_minutes), 0)::int FROM lessons l WHERE l.course_id = c.id),
      last_updated_at = now()
    WHERE c.id = ${courseId}::uuid`;
}

/** reviewCount and averageRating (rounded to 2 decimals, 0 without reviews). */
export async function refreshReviewCounters(tx: Tx, courseId: string): Promise<void> {
  await tx.$executeRaw`
    UPDATE courses c SET
      review_count = s.n, average_rating = s.average
    FROM (SELECT count(*)::int AS n, coalesce(round(avg(r.rating), 2), 0) AS average
          FROM course_reviews r WHERE r.course_id = ${courseId}::uuid) s
    WHERE c.id = ${courseId}::uuid`;
}

/**
 * studentCount (enrollments not REVOKED) and completionRate. The learning module calls this in
 * the transaction that creates or changes an enrollment.
 */
export async function refreshStudentCounters(tx: Tx, courseId: string): Promise<void> {
  await tx.$executeRaw`
    UPDATE courses c SET student_count = s.n, completion_rate = s.rate
    FROM (SELECT count(*)::int AS n,
            coalesce(round(count(*) FILTER (WHERE e.status = 'COMPLETED')::numeric / nullif(count(*), 0), 2), 0) AS rate
          FROM enrollments e WHERE e.course_id = ${courseId}::uuid AND e.status <> 'REVOKED') s
    WHERE c.id = ${courseId}::uuid`;
}

/** A resource's favoriteCount. */
export async function refreshFavoriteCount(tx: Tx, resourceId: string): Promise<void> {
  await tx.$executeRaw`
    UPDATE resources r SET favorite_count = (SELECT count(*)::int FROM favorites f WHERE f.resource_id = r.id)
    WHERE r.id = ${resourceId}::uuid`;
}

/** A quiz's questionCount and totalPoints. */
export async function refreshQuizTotals(tx: Tx, quizId: string): Promise<void> {
  await tx.$executeRaw`
    UPDATE quizzes q SET
      question_count = (SELECT count(*)::int FROM quiz_questions x WHERE x.quiz_id = q.id),
      total_points = (SELECT coalesce(sum(x.points), 0)::int FROM quiz_questions x WHERE x.quiz_id = q.id)
    WHERE q.id = ${quizId}::uuid`;
}

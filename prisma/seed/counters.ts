// Denormalized counters recomputed from the rows in SQL, so they are exactly consistent whatever
// was inserted (demo or scale, first or later run). Each UPDATE only touches rows whose value
// differs (IS DISTINCT FROM), so a second run writes nothing. Every row of each table is covered:
// the seed targets development databases, where making API-written counters consistent is harmless.
import type { PrismaClient } from "../../api/src/generated/prisma/client.js";

/** Booking statuses that hold a seat (a PENDING hold counts until the expiry job releases it). */
const HOLDS = `('PENDING', 'CONFIRMED', 'COMPLETED', 'NO_SHOW')`;

const statements: ReadonlyArray<readonly [label: string, sql: string]> = [
  [
    "course modules",
    `UPDATE course_modules m SET lesson_count = s.n, total_duration_minutes = s.minutes
    FROM (SELECT m2.id, count(l.id)::int AS n, coalesce(sum(l.duration_minutes), 0)::int AS minutes
          FROM course_modules m2 LEFT JOIN lessons l ON l.module_id = m2.id GROUP BY m2.id) s
    WHERE m.id = s.id AND (m.lesson_count, m.total_duration_minutes) IS DISTINCT FROM (s.n, s.minutes)`,
  ],
  [
    "course lessons",
    `UPDATE courses c SET lesson_count = s.n, total_duration_minutes = s.minutes
    FROM (SELECT c2.id, count(l.id)::int AS n, coalesce(sum(l.duration_minutes), 0)::int AS minutes
          FROM courses c2 LEFT JOIN lessons l ON l.course_id = c2.id GROUP BY c2.id) s
    WHERE c.id = s.id AND (c.lesson_count, c.total_duration_minutes) IS DISTINCT FROM (s.n, s.minutes)`,
  ],
  [
    "course reviews",
    `UPDATE courses c SET review_count = s.n, average_rating = s.average
    FROM (SELECT c2.id, count(r.id)::int AS n, coalesce(round(avg(r.rating), 2), 0) AS average
          FROM courses c2 LEFT JOIN course_reviews r ON r.course_id = c2.id GROUP BY c2.id) s
    WHERE c.id = s.id AND (c.review_count, c.average_rating) IS DISTINCT FROM (s.n, s.average)`,
  ],
  // studentCount counts every enrollment that still grants or granted access (not REVOKED).
  [
    "course students",
    `UPDATE courses c SET student_count = s.n, completion_rate = s.rate
    FROM (SELECT c2.id, count(e.id)::int AS n,
            coalesce(round(count(e.id) FILTER (WHERE e.status = 'COMPLETED')::numeric / nullif(count(e.id), 0), 2), 0) AS rate
          FROM courses c2 LEFT JOIN enrollments e ON e.course_id = c2.id AND e.status <> 'REVOKED' GROUP BY c2.id) s
    WHERE c.id = s.id AND (c.student_count, c.completion_rate) IS DISTINCT FROM (s.n, s.rate)`,
  ],
  [
    "resource favorites",
    `UPDATE resources r SET favorite_count = s.n
    FROM (SELECT r2.id, count(f.id)::int AS n FROM resources r2 LEFT JOIN favorites f ON f.resource_id = r2.id GROUP BY r2.id) s
    WHERE r.id = s.id AND r.favorite_count IS DISTINCT FROM s.n`,
  ],
  [
    "quizzes",
    `UPDATE quizzes q SET question_count = s.n, total_points = s.points
    FROM (SELECT q2.id, count(x.id)::int AS n, coalesce(sum(x.points), 0)::int AS points
          FROM quizzes q2 LEFT JOIN quiz_questions x ON x.quiz_id = q2.id GROUP BY q2.id) s
    WHERE q.id = s.id AND (q.question_count, q.total_points) IS DISTINCT FROM (s.n, s.points)`,
  ],
  [
    "slots",
    `UPDATE bookable_slots t SET booked_count = s.n,
      status = CASE WHEN t.status IN ('AVAILABLE', 'FULL')
                    THEN (CASE WHEN s.n >= t.capacity THEN 'FULL' ELSE 'AVAILABLE' END)::slot_status ELSE t.status END
    FROM (SELECT t2.id, count(b.id)::int AS n FROM bookable_slots t2
          LEFT JOIN bookings b ON b.slot_id = t2.id AND b.status IN ${HOLDS} GROUP BY t2.id) s
    WHERE t.id = s.id AND (t.booked_count <> s.n
      OR (t.status = 'AVAILABLE' AND s.n >= t.capacity) OR (t.status = 'FULL' AND s.n < t.capacity))`,
  ],
  [
    "schedules",
    `UPDATE course_schedules t SET booked_count = s.n,
      status = CASE WHEN t.status IN ('PUBLISHED', 'FULL')
                    THEN (CASE WHEN s.n >= t.capacity THEN 'FULL' ELSE 'PUBLISHED' END)::schedule_status ELSE t.status END
    FROM (SELECT t2.id, count(b.id)::int AS n FROM course_schedules t2
          LEFT JOIN bookings b ON b.schedule_id = t2.id AND b.status IN ${HOLDS} GROUP BY t2.id) s
    WHERE t.id = s.id AND (t.booked_count <> s.n
      OR (t.status = 'PUBLISHED' AND s.n >= t.capacity) OR (t.status = 'FULL' AND s.n < t.capacity))`,
  ],
  [
    "discount codes",
    `UPDATE discount_codes d SET used_count = s.n
    FROM (SELECT d2.id, count(r.id)::int AS n FROM discount_codes d2
          LEFT JOIN discount_redemptions r ON r.discount_code_id = d2.id GROUP BY d2.id) s
    WHERE d.id = s.id AND d.used_count IS DISTINCT FROM s.n`,
  ],
  // Earnings/spending only add bookings in the profile's currency: the profiles hold one currency.
  [
    "expert profiles",
    `UPDATE expert_profiles p SET total_sessions = s.n, total_earnings_cents = s.earned
    FROM (SELECT p2.id, count(b.id) FILTER (WHERE b.status = 'COMPLETED')::int AS n,
            coalesce(sum(b.amount_captured_cents - b.amount_refunded_cents) FILTER (WHERE b.currency = p2.currency), 0)::int AS earned
          FROM expert_profiles p2 LEFT JOIN bookings b ON b.expert_id = p2.id GROUP BY p2.id) s
    WHERE p.id = s.id AND (p.total_sessions, p.total_earnings_cents) IS DISTINCT FROM (s.n, s.earned)`,
  ],
  [
    "learner profiles",
    `UPDATE learner_profiles p SET total_sessions_booked = s.n, total_spent_cents = s.spent
    FROM (SELECT p2.id, count(b.id) FILTER (WHERE b.status NOT IN ('CANCELLED', 'DECLINED'))::int AS n,
            coalesce(sum(b.amount_captured_cents - b.amount_refunded_cents) FILTER (WHERE b.currency = p2.currency), 0)::int AS spent
          FROM learner_profiles p2 LEFT JOIN bookings b ON b.user_id = p2.user_id AND b.slot_id IS NOT NULL GROUP BY p2.id) s
    WHERE p.id = s.id AND (p.total_sessions_booked, p.total_spent_cents) IS DISTINCT FROM (s.n, s.spent)`,
  ],
  [
    "users",
    `UPDATE users u SET courses_completed = s.done, total_learning_minutes = s.minutes
    FROM (SELECT u2.id,
            (SELECT count(*) FROM enrollments e WHERE e.user_id = u2.id AND e.status = 'COMPLETED')::int AS done,
            (SELECT coalesce(sum(d.minutes_learned), 0) FROM learning_analytics_days d WHERE d.user_id = u2.id)::int AS minutes
          FROM users u2) s
    WHERE u.id = s.id AND (u.courses_completed, u.total_learning_minutes) IS DISTINCT FROM (s.done, s.minutes)`,
  ],
  [
    "email courses",
    `UPDATE email_courses c SET total_emails = s.n
    FROM (SELECT c2.id, count(x.id)::int AS n FROM email_courses c2
          LEFT JOIN email_course_contents x ON x.email_course_id = c2.id GROUP BY c2.id) s
    WHERE c.id = s.id AND c.total_emails IS DISTINCT FROM s.n`,
  ],
  [
    "individual courses",
    `UPDATE individual_courses c SET sessions_completed = s.n, last_session_date = s.last
    FROM (SELECT c2.id, count(x.id)::int AS n, max(x.session_date) AS last FROM individual_courses c2
          LEFT JOIN individual_sessions x ON x.individual_course_id = c2.id AND x.status = 'COMPLETED' GROUP BY c2.id) s
    WHERE c.id = s.id AND (c.sessions_completed, c.last_session_date) IS DISTINCT FROM (s.n, s.last)`,
  ],
  [
    "ai conversations",
    `UPDATE ai_conversations c SET message_count = s.n, last_message_at = s.last
    FROM (SELECT c2.id, count(m.id)::int AS n, max(m.created_at) AS last FROM ai_conversations c2
          LEFT JOIN ai_messages m ON m.conversation_id = c2.id GROUP BY c2.id) s
    WHERE c.id = s.id AND (c.message_count, c.last_message_at) IS DISTINCT FROM (s.n, s.last)`,
  ],
  // The quote counter of each year is the highest number issued that year (IQ-YYYY-NNNN).
  [
    "quote counters",
    `INSERT INTO quote_counters (year, last_number, created_at, updated_at)
    SELECT substring(quote_number from 4 for 4)::int, max(substring(quote_number from 9)::int), now(), now()
    FROM course_quotes GROUP BY 1
    ON CONFLICT (year) DO UPDATE SET last_number = EXCLUDED.last_number, updated_at = now()
    WHERE quote_counters.last_number < EXCLUDED.last_number`,
  ],
];

/** Recomputes every denormalized counter; returns the number of rows changed per counter. */
export async function recomputeCounters(prisma: PrismaClient): Promise<Record<string, number>> {
  const changed: Record<string, number> = {};
  for (const [label, sql] of statements) changed[label] = await prisma.$executeRawUnsafe(sql);
  return changed;
}

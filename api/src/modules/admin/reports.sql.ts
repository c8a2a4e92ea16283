import type { CampusPrisma } from "../../db/client.js";
import { Prisma } from "../../generated/prisma/client.js";

/** A half-open period [from, to) in UTC; either end may be open. */
export interface Period {
  from: Date | null;
  to: Date | null;
}

export type Granularity = "day" | "week" | "month";

const within = (column: Prisma.Sql, p: Period) => Prisma.sql`
  (${p.from}::timestamptz IS NULL OR ${column} >= ${p.from}::timestamptz)
  AND (${p.to}::timestamptz IS NULL OR ${column} < ${p.to}::timestamptz)`;

export interface RevenueRow {
  period: Date;
  currency: string;
  grossCents: number;
  refundedCents: number;
  netCents: number;
  charges: number;
  refunds: number;
}

/**
 * Revenue from the ledger, per period (UTC day, ISO week from Monday, or month) and currency:
 * charged rows (SUCCEEDED, or later refunded in part or whole) at their amount, minus
 * succeeded REFUND rows, each in the period it happened. Uses (status, created_at).
 */
export function revenue(db: CampusPrisma, p: Period, granularity: Granularity) {
  return db.$queryRaw<RevenueRow[]>`
    SELECT date_trunc(${granularity}, t.created_at AT TIME ZONE 'UTC') AT TIME ZONE 'UTC' AS period, t.currency::text AS currency,
      coalesce(sum(t.amount_cents) FILTER (WHERE t.kind <> 'REFUND'), 0)::int AS "grossCents",
      coalesce(sum(t.amount_cents) FILTER (WHERE t.kind = 'REFUND'), 0)::int AS "refundedCents",
      coalesce(sum(CASE WHEN t.kind = 'REFUND' THEN -t.amount_cents ELSE t.amount_cents END), 0)::int AS "netCents",
      count(*) FILTER (WHERE t.kind <> 'REFUND')::int AS charges,
      count(*) FILTER (WHERE t.kind = 'REFUND')::int AS refunds
    FROM payment_transactions t
    WHERE ((t.kind <> 'REFUND' AND t.status IN ('SUCCEEDED', 'PARTIALLY_REFUNDED', 'REFUNDED'))
        OR (t.kind = 'REFUND' AND t.status = 'SUCCEEDED'))
      AND ${within(Prisma.sql`t.created_at`, p)}
    GROUP BY 1, 2 ORDER BY 1, 2`;
}

/** Bookings made in the period, by their current status. */
export function bookingsByStatus(db: CampusPrisma, p: Period) {
  return db.$queryRaw<{ status: string; count: number }[]>`
    SELECT b.status::text AS status, count(*)::int AS count FROM bookings b
    WHERE ${within(Prisma.sql`b.created_at`, p)}
    GROUP BY 1 ORDER BY 1`;
}

export interface OccupancyRow {
  scheduleId: string;
  courseTitle: string;
  startsAt: Date;
  capacity: number;
  booked: number;
  occupancyRate: number;
}

/** Seats taken over capacity for the (not cancelled) schedules starting in the period. */
export function scheduleOccupancy(db: CampusPrisma, p: Period, limit: number) {
  return db.$queryRaw<OccupancyRow[]>`
    SELECT s.id::text AS "scheduleId", c.title AS "courseTitle", s.starts_at AS "startsAt", s.capacity,
      s.booked_count AS booked,
      CASE WHEN s.capacity > 0 THEN round(s.booked_count::numeric / s.capacity, 4)::float8 ELSE 0 END AS "occupancyRate"
    FROM course_schedules s JOIN courses c ON c.id = s.course_id
    WHERE s.status <> 'CANCELLED' AND ${within(Prisma.sql`s.starts_at`, p)}
    ORDER BY s.starts_at, s.id LIMIT ${limit}`;
}

export interface TopCourseRow {
  courseId: string;
  title: string;
  enrollments: number;
  bookings: number;
  revenueCents: number;
  currency: string;
}

/**
 * Courses ranked by enrolments plus seat bookings made in the period; revenue is the net
 * ledger amount attributed to the course in its own currency over the same period.
 */
export function topCourses(db: CampusPrisma, p: Period, limit: number) {
  return db.$queryRaw<TopCourseRow[]>`
    WITH e AS (SELECT course_id, count(*)::int AS n FROM enrollments WHERE ${within(Prisma.sql`created_at`, p)} GROUP BY 1),
    b AS (SELECT s.course_id, count(*)::int AS n FROM bookings bk JOIN course_schedules s ON s.id = bk.schedule_id
          WHERE bk.status NOT IN ('CANCELLED', 'DECLINED') AND ${within(Prisma.sql`bk.created_at`, p)} GROUP BY 1),
    r AS (SELECT t.course_id, t.currency,
            sum(CASE WHEN t.kind = 'REFUND' THEN -t.amount_cents ELSE t.amount_cents END)::int AS cents
          FROM payment_transactions t
          WHERE t.course_id IS NOT NULL AND ${within(Prisma.sql`t.created_at`, p)}
            AND ((t.kind <> 'REFUND' AND t.status IN ('SUCCEEDED', 'PARTIALLY_REFUNDED', 'REFUNDED'))
              OR (t.kind = 'REFUND' AND t.status = 'SUCCEEDED'))
          GROUP BY 1, 2)
    SELECT c.id::text AS "courseId", c.title, coalesce(e.n, 0) AS enrollments, coalesce(b.n, 0) AS bookings,
      coalesce(r.cents, 0) AS "revenueCents", c.currency::text AS currency
    FROM courses c
    LEFT JOIN e ON e.course_id = c.id LEFT JOIN b ON b.course_id = c.id
    LEFT JOIN r ON r.course_id = c.id AND r.currency = c.currency
    WHERE coalesce(e.n, 0) + coalesce(b.n, 0) > 0
    ORDER BY coalesce(e.n, 0) + coalesce(b.n, 0) DESC, coalesce(r.cents, 0) DESC, c.id
    LIMIT ${limit}`;
}

/**
 * visitors (distinct analytics sessions) → sign-ups → users who enrolled or booked → users
 * who paid, all within the period. Steps are counted independently, so a later step can
 * include people whose earlier step fell before the period.
 */
export async function conversionFunnel(db: CampusPrisma, p: Period) {
  const [row] = await db.$queryRaw<{ visitors: number; signups: number; engaged: number; paying: number }[]>`
    SELECT
      (SELECT count(DISTINCT session_id)::int FROM analytics_events WHERE session_id IS NOT NULL AND ${within(Prisma.sql`created_at`, p)}) AS visitors,
      (SELECT count(*)::int FROM users WHERE ${within(Prisma.sql`created_at`, p)}) AS signups,
      (SELECT count(DISTINCT user_id)::int FROM (
         SELECT user_id FROM enrollments WHERE ${within(Prisma.sql`created_at`, p)}
         UNION ALL SELECT user_id FROM bookings WHERE ${within(Prisma.sql`created_at`, p)}) x) AS engaged,
      (SELECT count(DISTINCT user_id)::int FROM payment_transactions
         WHERE kind <> 'REFUND' AND status IN ('SUCCEEDED', 'PARTIALLY_REFUNDED', 'REFUNDED')
           AND ${within(Prisma.sql`created_at`, p)}) AS paying`;
  return row ?? { visitors: 0, signups: 0, engaged: 0, paying: 0 };
}

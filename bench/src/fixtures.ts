// Rows the write workloads use, picked (and reset where needed) straight from the bench database.
import { withDb } from "./db.js";

export interface Fixtures {
  learners: string[];
  /** Two published future schedules with 100 seats and none booked (API run, baseline run). */
  schedules: [string, string];
  /** Free one-seat slots: the first half for the API, the second for the baseline. */
  slots: string[];
  /** Soak: slots only for the soak, and courses to wishlist. */
  soakSlots: string[];
  courses: string[];
  fanoutSchedule: string;
}

const ids = (rows: { id: string }[]) => rows.map((r) => r.id);

export async function pickFixtures(slotCount: number, soakSlots: number): Promise<Fixtures> {
  return withDb(async (c) => {
    const learners = ids(
      (
        await c.query<{ id: string }>(
          `SELECT id FROM users WHERE email LIKE 'learner.%' ORDER BY id LIMIT 5000`,
        )
      ).rows,
    );
    // Every seeded schedule has bookings: copy one into fresh, empty ones, far from any other at its venue.
    const schedules = ids(
      (
        await c.query<{ id: string }>(
          `INSERT INTO course_schedules (id, course_id, venue_id, instructor_id, starts_at, ends_at, status, capacity,
                                         booked_count, price_cents, currency, created_by_id, updated_at)
           SELECT gen_random_uuid(), s.course_id, s.venue_id, s.instructor_id,
                  s.starts_at + make_interval(days => 3650 + (SELECT count(*)::int FROM course_schedules) * 3 + k),
                  s.ends_at + make_interval(days => 3650 + (SELECT count(*)::int FROM course_schedules) * 3 + k),
                  'PUBLISHED', CASE WHEN k < 2 THEN 100 ELSE s.capacity END, 0, s.price_cents, s.currency,
                  s.created_by_id, now()
             FROM (SELECT * FROM course_schedules WHERE status = 'PUBLISHED' ORDER BY id LIMIT 1) s,
                  generate_series(0, 2) k
           RETURNING id`,
        )
      ).rows,
    );
    const [a, b, f] = schedules;
    if (!a || !b || !f) throw new Error("bench data: could not create schedules");
    const slots = ids(
      (
        await c.query<{ id: string }>(
          `SELECT id FROM bookable_slots
            WHERE status = 'AVAILABLE' AND booked_count = 0 AND capacity = 1 AND starts_at > now() + interval '3 days'
            ORDER BY md5(id::text) LIMIT $1`,
          [slotCount * 2 + soakSlots],
        )
      ).rows,
    );
    const courses = ids(
      (
        await c.query<{ id: string }>(
          `SELECT id FROM courses WHERE status = 'PUBLISHED' ORDER BY id LIMIT 2000`,
        )
      ).rows,
    );
    return {
      learners,
      schedules: [a, b],
      slots: slots.slice(0, slotCount * 2),
      soakSlots: slots.slice(slotCount * 2),
      courses,
      fanoutSchedule: f,
    };
  });
}

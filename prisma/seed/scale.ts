// Benchmark data on top of the demo data: many courses with lessons, experts with slots, and
// bookings with their ledger. Deterministic (ids from indexes), batched (one INSERT per up to
// 5,000 rows, scale-sql.ts), resumable and idempotent (batches whose rows exist are skipped; a
// larger run only adds rows), then the demo seed's counter recomputation, so counters match.
import type { PrismaClient } from "../../api/src/generated/prisma/client.js";
import { recomputeCounters } from "./counters.js";
import type { ProgressListener } from "./scale-batches.js";
import { expertLoad, seedScaleSlotBookings } from "./scale-bookings.js";
import { seedScaleCourses, seedScaleUsers } from "./scale-catalog.js";
import { learnersFor } from "./scale-layout.js";
import { seedScaleSeatBookings } from "./scale-schedules.js";
import { seedScaleExperts } from "./scale-tutoring.js";
import { startOfUtcDay } from "./time.js";

export type { ScaleProgress } from "./scale-batches.js";

export type ScaleOptions = {
  /** Extra courses (10% in-person, 10% live, 10% individual, the rest self-paced). */
  courses?: number;
  /** Lessons per course, in modules of five (default 5). */
  lessonsPerCourse?: number;
  /** Experts, each with one session and hourly slots 09:00-17:00 local for two weeks. */
  experts?: number;
  /** Bookings: half on expert slots when there are experts, the rest on in-person seats. */
  bookings?: number;
  onProgress?: ProgressListener;
  now?: Date;
};

export type ScaleSummary = { inserted: number; durationMs: number };

/** Slot bookings are dealt round-robin over the experts, so their number must not change. */
async function assertSameExperts(prisma: PrismaClient, experts: number): Promise<void> {
  const [row] = await prisma.$queryRawUnsafe<Array<{ experts: number; bookings: number }>>(
    `SELECT (SELECT count(*)::int FROM users WHERE email LIKE 'expert.%@scale.campus.test') AS experts,
            (SELECT count(*)::int FROM bookings WHERE reference LIKE 'BK-________' AND slot_id IS NOT NULL) AS bookings`,
  );
  if (row && row.bookings > 0 && row.experts !== experts) {
    throw new Error(
      `Scale slot bookings exist for ${row.experts} experts: rerun with --experts ${row.experts} or reset the database.`,
    );
  }
}

/**
 * Expects the demo data (seedDemoData) to exist: without in-person scale courses, class seats are
 * sold on the demo first-aid courses.
 */
export async function seedScale(prisma: PrismaClient, options: ScaleOptions): Promise<ScaleSummary> {
  const started = Date.now();
  const now = options.now ?? new Date();
  const today = startOfUtcDay(now);
  const progress = options.onProgress ?? (() => {});
  const courses = Math.max(0, options.courses ?? 0);
  const lessonsPerCourse = Math.max(1, options.lessonsPerCourse ?? 5);
  const experts = Math.max(0, options.experts ?? 0);
  const bookings = Math.max(0, options.bookings ?? 0);
  const slotBookings = experts > 0 ? Math.floor(bookings / 2) : 0;
  const seats = bookings - slotBookings;
  if (experts > 0) await assertSameExperts(prisma, experts);

  const people = {
    courses,
    lessonsPerCourse,
    experts,
    instructors: Math.max(1, Math.ceil(courses / 25)),
    learners: learnersFor(Math.max(slotBookings, seats)),
  };
  let inserted = await seedScaleUsers(prisma, people, today, progress);
  inserted += await seedScaleCourses(prisma, people, today, progress);
  inserted += await seedScaleExperts(prisma, experts, expertLoad(experts, slotBookings), today, progress);
  inserted += await seedScaleSlotBookings(
    prisma,
    { experts, slotBookings, total: bookings },
    now,
    today,
    progress,
  );
  inserted += await seedScaleSeatBookings(
    prisma,
    { courses, seats, first: slotBookings, total: bookings },
    now,
    today,
    progress,
  );
  progress({ phase: "counters", done: 0, total: 1 });
  await recomputeCounters(prisma);
  progress({ phase: "counters", done: 1, total: 1 });
  return { inserted, durationMs: Date.now() - started };
}

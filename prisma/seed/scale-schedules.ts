// Scale seed, in-person side: venues with one class per day each (so the no-overlap exclusion
// constraint holds by construction), ten booked seats per class of twelve. Class j always lands
// on the same venue and day (scale-layout.ts), so larger runs only add classes.
import type { Prisma, PrismaClient } from "../../api/src/generated/prisma/client.js";
import { courseDef } from "./data/courses.js";
import { seedId } from "./ids.js";
import { courseId } from "./refs.js";
import type { ProgressListener } from "./scale-batches.js";
import { addScaleBooking, type BookingBatch, bookingsExist, writeBookings } from "./scale-bookings.js";
import { scaleCourseId, scaleFormat, scalePrice, scaleStatus } from "./scale-catalog.js";
import { scheduleColumns, venueColumns } from "./scale-columns.js";
import { isCancelled, SCHEDULES_PER_VENUE, SEATS_PER_SCHEDULE, schedulePosition } from "./scale-layout.js";
import { bulkInsert } from "./scale-sql.js";
import { addLocalDays, DAY_MS, type LocalDate, localDateOf, zonedInstant } from "./time.js";

const ZONE = "Europe/Paris";
const CITIES = ["Paris", "Lyon", "Marseille", "Toulouse", "Nantes", "Lille", "Bordeaux", "Nice"];
const BATCH = 250;

/** Courses the classes teach: the published in-person scale courses, else the demo first-aid ones. */
function inPersonCourses(courses: number): Array<{ id: string; price: number }> {
  const list: Array<{ id: string; price: number }> = [];
  for (let i = 7; i < courses; i += 10) {
    if (scaleFormat(i) === "IN_PERSON" && scaleStatus(i) === "PUBLISHED") {
      list.push({ id: scaleCourseId(i), price: scalePrice(i) });
    }
  }
  if (list.length > 0) return list;
  return ["emergency-first-aid-at-work", "first-aid-at-work", "paediatric-first-aid"].map((slug) => ({
    id: courseId(slug),
    price: courseDef(slug).priceCents,
  }));
}

export type SeatBookingPlan = { courses: number; seats: number; first: number; total: number };

export async function seedScaleSeatBookings(
  prisma: PrismaClient,
  p: SeatBookingPlan,
  now: Date,
  today: Date,
  progress: ProgressListener,
): Promise<number> {
  const count = Math.ceil(p.seats / SEATS_PER_SCHEDULE);
  if (count === 0) return 0;
  const venues = Math.ceil(count / SCHEDULES_PER_VENUE);
  const courses = inPersonCourses(p.courses);
  const firstDay = localDateOf(ZONE, today);
  const venueRows = Array.from({ length: venues }, (_, v) => ({
    id: seedId(`scale:venue:${v}`),
    name: `Training room ${v + 1}`,
    addressLine1: `${v + 1} rue de la Formation`,
    city: CITIES[v % CITIES.length] ?? "Paris",
    postcode: "75000",
    capacity: 16,
    timezone: ZONE,
    createdAt: today,
    updatedAt: today,
  }));
  let inserted = await bulkInsert(prisma, "venues", venueColumns, venueRows);
  const classes = { courses, firstDay, seats: p.seats, now };
  for (let j0 = 0; j0 < count; j0 += BATCH) {
    const j1 = Math.min(count, j0 + BATCH);
    const last = Math.min(p.seats, j1 * SEATS_PER_SCHEDULE);
    // Classes are written with their seats, so existing seats mean existing classes too.
    if (!(await bookingsExist(prisma, "seat", j0 * SEATS_PER_SCHEDULE, last))) {
      const { schedules, batch } = classBatch(classes, j0, j1);
      inserted += await bulkInsert(prisma, "course_schedules", scheduleColumns, schedules);
      inserted += await writeBookings(prisma, batch);
    }
    progress({ phase: "bookings", done: p.first + last, total: p.total });
  }
  return inserted;
}

type Classes = {
  courses: Array<{ id: string; price: number }>;
  firstDay: LocalDate;
  seats: number;
  now: Date;
};

/** Classes j0..j1-1 with their booked seats and ledger rows. */
function classBatch(c: Classes, j0: number, j1: number) {
  const schedules: Prisma.CourseScheduleCreateManyInput[] = [];
  const batch: BookingBatch = { bookings: [], ledger: [] };
  for (let j = j0; j < j1; j += 1) {
    const { venue, day } = schedulePosition(j);
    const date = addLocalDays(c.firstDay, day);
    const startsAt = zonedInstant(ZONE, date, 9 * 60);
    const endsAt = zonedInstant(ZONE, date, 17 * 60);
    const course = c.courses[j % c.courses.length] ?? { id: "", price: 0 };
    const scheduleId = seedId(`scale:schedule:${j}`);
    let held = 0;
    for (let t = j * SEATS_PER_SCHEDULE; t < Math.min(c.seats, (j + 1) * SEATS_PER_SCHEDULE); t += 1) {
      if (!isCancelled(t)) held += 1;
      addScaleBooking(
        batch,
        "seat",
        t,
        { scheduleId, startsAt, endsAt, price: course.price, currency: "EUR" },
        c.now,
      );
    }
    const created = new Date(startsAt.getTime() - 60 * DAY_MS);
    schedules.push({
      id: scheduleId,
      courseId: course.id,
      venueId: seedId(`scale:venue:${venue}`),
      startsAt,
      endsAt,
      status: startsAt < c.now ? "COMPLETED" : "PUBLISHED",
      capacity: 12,
      bookedCount: held,
      createdAt: created,
      updatedAt: created,
    });
  }
  return { schedules, batch };
}

// Proves the rules of prisma/sql/constraints.sql hold in the real database,
// whatever the application code does (DESIGN.md: constraints Prisma cannot express).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../../test/database.js";
import { createCourse, createUser } from "../../test/factories.js";
import { scheduleOverlapUserError } from "../modules/training/schedule.errors.js";
import { type CampusDatabase, createPrismaClient } from "./client.js";
import { classifyDatabaseError } from "./errors.js";

let database: TestDatabase;
let db: CampusDatabase;

beforeAll(async () => {
  database = await createTestDatabase();
  db = await createPrismaClient({ kind: "postgres", url: database.url, poolSize: 50 });
});
afterAll(async () => {
  await db?.disconnect();
  await database?.drop();
});

const at = (iso: string) => new Date(iso);

async function venueAndCourse() {
  const prisma = db.prisma;
  const venue = await prisma.venue.create({
    data: {
      name: "Salle Lumière",
      addressLine1: "1 rue de la Paix",
      city: "Paris",
      postcode: "75002",
      capacity: 20,
    },
  });
  const course = await createCourse(prisma, { title: "React Fast Training" });
  return { venue, course };
}

async function expectViolation(work: Promise<unknown>, kind: string, constraint: string) {
  const error = await work.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error, `expected ${constraint} to be violated`).not.toBeNull();
  expect(classifyDatabaseError(error)).toMatchObject({ kind, constraint });
}

describe("schedules never overlap at one venue", () => {
  it("lets exactly 1 of 50 concurrent overlapping inserts succeed; the rest fail with the constraint", async () => {
    const { venue, course } = await venueAndCourse();
    const attempts = Array.from({ length: 50 }, (_, i) =>
      db.prisma.courseSchedule.create({
        data: {
          courseId: course.id,
          venueId: venue.id,
          // All overlap 2027-03-01 10:00–12:00 UTC, each shifted by a minute.
          startsAt: new Date(at("2027-03-01T09:00:00Z").getTime() + i * 60_000),
          endsAt: new Date(at("2027-03-01T12:00:00Z").getTime() + i * 60_000),
          capacity: 10,
          status: "PUBLISHED",
        },
      }),
    );
    const results = await Promise.allSettled(attempts);
    const won = results.filter((r) => r.status === "fulfilled");
    const lost = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(49);
    for (const failure of lost) {
      expect(classifyDatabaseError(failure.reason)).toMatchObject({
        kind: "exclusion",
        constraint: "course_schedules_no_overlap_per_venue",
      });
      expect(scheduleOverlapUserError(failure.reason)).toMatchObject({
        code: "CONFLICT",
        field: ["input", "startsAt"],
      });
    }
    expect(await db.prisma.courseSchedule.count({ where: { venueId: venue.id } })).toBe(1);
  });

  it("allows back-to-back schedules, other venues and overlaps with cancelled schedules", async () => {
    const { venue, course } = await venueAndCourse();
    const other = await db.prisma.venue.create({
      data: {
        name: "Lyon Confluence",
        addressLine1: "2 quai",
        city: "Lyon",
        postcode: "69002",
        capacity: 30,
      },
    });
    const base = { courseId: course.id, capacity: 10 };
    const cancelled = await db.prisma.courseSchedule.create({
      data: {
        ...base,
        venueId: venue.id,
        startsAt: at("2027-04-01T09:00:00Z"),
        endsAt: at("2027-04-01T12:00:00Z"),
        status: "CANCELLED",
      },
    });
    await db.prisma.courseSchedule.create({
      data: {
        ...base,
        venueId: venue.id,
        startsAt: at("2027-04-01T09:00:00Z"),
        endsAt: at("2027-04-01T12:00:00Z"),
      },
    });
    await db.prisma.courseSchedule.create({
      data: {
        ...base,
        venueId: venue.id,
        startsAt: at("2027-04-01T12:00:00Z"),
        endsAt: at("2027-04-01T15:00:00Z"),
      },
    });
    await db.prisma.courseSchedule.create({
      data: {
        ...base,
        venueId: other.id,
        startsAt: at("2027-04-01T10:00:00Z"),
        endsAt: at("2027-04-01T11:00:00Z"),
      },
    });
    // Re-activating the cancelled schedule would now overlap: refused.
    await expectViolation(
      db.prisma.courseSchedule.update({ where: { id: cancelled.id }, data: { status: "PUBLISHED" } }),
      "exclusion",
      "course_schedules_no_overlap_per_venue",
    );
  });

  it("refuses end before start and more booked seats than capacity", async () => {
    const { venue, course } = await venueAndCourse();
    await expectViolation(
      db.prisma.courseSchedule.create({
        data: {
          courseId: course.id,
          venueId: venue.id,
          startsAt: at("2027-05-01T12:00:00Z"),
          endsAt: at("2027-05-01T09:00:00Z"),
          capacity: 5,
        },
      }),
      "check",
      "course_schedules_time_range_check",
    );
    const schedule = await db.prisma.courseSchedule.create({
      data: {
        courseId: course.id,
        venueId: venue.id,
        startsAt: at("2027-05-02T09:00:00Z"),
        endsAt: at("2027-05-02T12:00:00Z"),
        capacity: 2,
      },
    });
    await expectViolation(
      db.prisma.courseSchedule.update({ where: { id: schedule.id }, data: { bookedCount: 3 } }),
      "check",
      "course_schedules_booked_count_range_check",
    );
  });
});

describe("bookings, reviews and money", () => {
  async function schedule() {
    const { venue, course } = await venueAndCourse();
    return db.prisma.courseSchedule.create({
      data: {
        courseId: course.id,
        venueId: venue.id,
        startsAt: at("2027-06-01T09:00:00Z"),
        endsAt: at("2027-06-01T12:00:00Z"),
        capacity: 5,
      },
    });
  }
  const booking = (userId: string, extra: Record<string, unknown>) => ({
    reference: `BK-${Math.random().toString(36).slice(2, 10).toUpperCase()}`,
    userId,
    startsAt: at("2027-06-01T09:00:00Z"),
    endsAt: at("2027-06-01T12:00:00Z"),
    priceCents: 10_000,
    paymentAmountCents: 10_000,
    currency: "EUR",
    ...extra,
  });

  it("a booking targets exactly one of slot or schedule", async () => {
    const user = await createUser(db.prisma);
    await expectViolation(
      db.prisma.booking.create({ data: booking(user.id, {}) }),
      "check",
      "bookings_exactly_one_target_check",
    );
    const s = await schedule();
    await expect(
      db.prisma.booking.create({ data: booking(user.id, { scheduleId: s.id }) }),
    ).resolves.toBeTruthy();
  });

  it("refuses negative amounts and refunds above what was captured", async () => {
    const user = await createUser(db.prisma);
    const s = await schedule();
    await expectViolation(
      db.prisma.booking.create({
        data: booking(user.id, { scheduleId: s.id, priceCents: -1, paymentAmountCents: 0 }),
      }),
      "check",
      "bookings_amounts_non_negative_check",
    );
    await expectViolation(
      db.prisma.booking.create({
        data: booking(user.id, { scheduleId: s.id, amountCapturedCents: 100, amountRefundedCents: 101 }),
      }),
      "check",
      "bookings_refund_within_capture_check",
    );
    await expectViolation(
      db.prisma.course.create({
        data: { slug: "negative-price", title: "x", description: "x", priceCents: -5, currency: "EUR" },
      }),
      "check",
      "courses_price_non_negative_check",
    );
  });

  it.each([0, 6])("refuses a review rating of %i", async (rating) => {
    const user = await createUser(db.prisma);
    const course = await createCourse(db.prisma);
    await expectViolation(
      db.prisma.courseReview.create({
        data: { userId: user.id, courseId: course.id, rating, content: "Out of range" },
      }),
      "check",
      "course_reviews_rating_range_check",
    );
  });
});

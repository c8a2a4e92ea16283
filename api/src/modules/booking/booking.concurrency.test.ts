// DESIGN.md "Correctness under concurrency": a slot or a schedule never holds
// more bookings than its capacity, whatever the interleaving. Counts are
// asserted, never timings (the machine is shared).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createExpert,
  createInPersonCourse,
  createSchedule,
  createSlot,
  createTutoringSession,
  DAY,
  gid,
  type Person,
  students,
} from "../../../test/scheduling.js";
import { startTestServer, type TestServer } from "../../../test/server.js";

let server: TestServer;
let crowd: Person[];

beforeAll(async () => {
  server = await startTestServer();
  crowd = await students(server, 200);
});
afterAll(() => server?.close());

type Result = {
  booking: { id: string; status: string } | null;
  userErrors: { code: string; field: string[] | null }[];
};
const BOOK_SLOT = `mutation ($input: BookSlotInput!) { bookSlot(input: $input) { booking { id status } userErrors { code field } } }`;
const BOOK_SEAT = `mutation ($input: BookScheduleSeatInput!) { bookScheduleSeat(input: $input) { booking { id status } userErrors { code field } } }`;
const CANCEL = `mutation ($input: CancelBookingInput!) { cancelBooking(input: $input) { booking { id status } userErrors { code } } }`;

async function bookAll(
  query: string,
  field: "bookSlot" | "bookScheduleSeat",
  input: object,
  people: Person[],
) {
  const responses = await Promise.all(
    people.map((p) => server.gql<Record<string, Result>>(query, { input }, { token: p.token })),
  );
  for (const r of responses) {
    expect(r.status).toBe(200);
    expect(r.errors).toBeUndefined();
  }
  return responses.map((r) => r.data![field]!);
}

async function activeBookings(where: { slotId?: string; scheduleId?: string }) {
  return server.app.prisma.booking.count({ where: { ...where, status: { in: ["PENDING", "CONFIRMED"] } } });
}

describe("bookSlot under contention", () => {
  it("200 concurrent bookings of a one-seat slot: exactly 1 wins, 199 get a userError", async () => {
    const expert = await createExpert(server);
    const session = await createTutoringSession(server.app.prisma, expert.profile.id, { maxParticipants: 1 });
    const slot = await createSlot(server.app.prisma, session, new Date(Date.now() + 3 * DAY));
    const results = await bookAll(BOOK_SLOT, "bookSlot", { slotId: gid("BookableSlot", slot.id) }, crowd);
    const winners = results.filter((r) => r.booking);
    const losers = results.filter((r) => !r.booking);
    expect(winners).toHaveLength(1);
    expect(losers).toHaveLength(199);
    for (const loser of losers)
      expect(loser.userErrors[0]).toMatchObject({ code: "UNAVAILABLE", field: ["input", "slotId"] });
    expect(await activeBookings({ slotId: slot.id })).toBe(1);
    expect(await server.app.prisma.bookableSlot.findUniqueOrThrow({ where: { id: slot.id } })).toMatchObject({
      bookedCount: 1,
      status: "FULL",
    });
  });
});

describe("bookScheduleSeat under contention", () => {
  it("200 concurrent bookings of a 12-seat class: exactly 12 win", async () => {
    const prisma = server.app.prisma;
    const course = await createInPersonCourse(prisma);
    const venue = await prisma.venue.create({
      data: { name: "Crowd hall", addressLine1: "1 Way", city: "Leeds", postcode: "LS1", capacity: 30 },
    });
    const schedule = await createSchedule(prisma, { courseId: course.id, venueId: venue.id, capacity: 12 });
    const results = await bookAll(
      BOOK_SEAT,
      "bookScheduleSeat",
      { scheduleId: gid("CourseSchedule", schedule.id) },
      crowd,
    );
    expect(results.filter((r) => r.booking)).toHaveLength(12);
    const losers = results.filter((r) => !r.booking);
    expect(losers).toHaveLength(188);
    for (const loser of losers) expect(loser.userErrors[0]?.code).toBe("UNAVAILABLE");
    expect(await activeBookings({ scheduleId: schedule.id })).toBe(12);
    expect(await prisma.courseSchedule.findUniqueOrThrow({ where: { id: schedule.id } })).toMatchObject({
      bookedCount: 12,
      status: "FULL",
    });
  });
});

describe("cancel and re-book races", () => {
  it("3 cancellations racing 50 bookings of a full class leave the seat count exact", async () => {
    const prisma = server.app.prisma;
    const course = await createInPersonCourse(prisma);
    const venue = await prisma.venue.create({
      data: { name: "Race hall", addressLine1: "2 Way", city: "York", postcode: "YO1", capacity: 30 },
    });
    const schedule = await createSchedule(prisma, { courseId: course.id, venueId: venue.id, capacity: 12 });
    const scheduleId = gid("CourseSchedule", schedule.id);
    const holders = crowd.slice(0, 12);
    const held = await bookAll(BOOK_SEAT, "bookScheduleSeat", { scheduleId }, holders);
    expect(held.every((r) => r.booking)).toBe(true);

    const leaving = held.slice(0, 3).map((r, i) => ({ id: r.booking!.id, person: holders[i]! }));
    const [cancels, rebooks] = await Promise.all([
      Promise.all(
        leaving.map((l) =>
          server.gql<{ cancelBooking: Result }>(
            CANCEL,
            { input: { bookingId: l.id, reason: "Plans changed" } },
            { token: l.person.token },
          ),
        ),
      ),
      bookAll(BOOK_SEAT, "bookScheduleSeat", { scheduleId }, crowd.slice(100, 150)),
    ]);
    for (const c of cancels) expect(c.data!.cancelBooking.userErrors).toEqual([]);
    const won = rebooks.filter((r) => r.booking).length;
    expect(won).toBeLessThanOrEqual(3);
    const after = await prisma.courseSchedule.findUniqueOrThrow({ where: { id: schedule.id } });
    const active = await activeBookings({ scheduleId: schedule.id });
    expect(after.bookedCount).toBe(active);
    expect(active).toBe(12 - 3 + won);
    expect(after.status).toBe(active === 12 ? "FULL" : "PUBLISHED");
  });

  it("a cancellation racing 50 bookings of a one-seat slot leaves at most one booking, counted exactly", async () => {
    const prisma = server.app.prisma;
    const expert = await createExpert(server);
    const session = await createTutoringSession(prisma, expert.profile.id);
    const slot = await createSlot(prisma, session, new Date(Date.now() + 4 * DAY));
    const slotId = gid("BookableSlot", slot.id);
    const [first] = await bookAll(BOOK_SLOT, "bookSlot", { slotId }, [crowd[199]!]);
    const [cancel, rebooks] = await Promise.all([
      server.gql<{ cancelBooking: Result }>(
        CANCEL,
        { input: { bookingId: first!.booking!.id, reason: "Ill" } },
        { token: crowd[199]!.token },
      ),
      bookAll(BOOK_SLOT, "bookSlot", { slotId }, crowd.slice(150, 199)),
    ]);
    expect(cancel.data!.cancelBooking.userErrors).toEqual([]);
    const won = rebooks.filter((r) => r.booking).length;
    expect(won).toBeLessThanOrEqual(1);
    const after = await prisma.bookableSlot.findUniqueOrThrow({ where: { id: slot.id } });
    expect(after.bookedCount).toBe(await activeBookings({ slotId: slot.id }));
    expect(after.bookedCount).toBe(won);
    expect(after.status).toBe(won ? "FULL" : "AVAILABLE");
  });
});

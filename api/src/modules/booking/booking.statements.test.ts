import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createExpert,
  createInPersonCourse,
  createSchedule,
  createSlot,
  createTutoringSession,
  createVenue,
  DAY,
  gid,
  person,
} from "../../../test/scheduling.js";
import { startTestServer, type TestServer } from "../../../test/server.js";

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.close());

const BOOK_SEAT = `mutation ($input: BookScheduleSeatInput!) { bookScheduleSeat(input: $input) { booking { id reference status } userErrors { code } } }`;
const BOOK_SLOT = `mutation ($input: BookSlotInput!) { bookSlot(input: $input) { booking { id reference status } userErrors { code } } }`;

type Booked = Record<string, { booking: { status: string } | null; userErrors: { code: string }[] }>;

// The statements of one paid booking (bench/RESULTS.md, "Changes"): a booking under contention
// pays each round trip, the seat's while holding its row lock. BEGIN/COMMIT are not counted.
describe("SQL statements of one booking", () => {
  it("books a paid seat in at most 13 statements and refuses a full class in at most 3", async () => {
    const prisma = server.app.prisma;
    const venue = await createVenue(prisma);
    const course = await createInPersonCourse(prisma, { priceCents: 9500 });
    const schedule = await createSchedule(prisma, { courseId: course.id, venueId: venue.id, capacity: 1 });
    const [first, second] = [await person(server), await person(server)];
    const input = { scheduleId: gid("CourseSchedule", schedule.id) };
    const booked = await server.gql<Booked>(BOOK_SEAT, { input }, { token: first.token });
    expect(booked.data?.bookScheduleSeat?.userErrors).toEqual([]);
    expect(booked.data?.bookScheduleSeat?.booking?.status).toBe("PENDING");
    // viewer; schedule+course; booking, ledger row, notification, activity; seat UPDATE, duplicate
    // check; then the payment intent (3 with the offline gateway) and its 2 row updates.
    expect(booked.extensions?.sqlStatements).toBeLessThanOrEqual(13);
    const refused = await server.gql<Booked>(BOOK_SEAT, { input }, { token: second.token });
    expect(refused.data?.bookScheduleSeat?.userErrors.map((e) => e.code)).toEqual(["UNAVAILABLE"]);
    expect(refused.extensions?.sqlStatements).toBeLessThanOrEqual(3);
  });

  it("books a paid slot in at most 15 statements", async () => {
    const prisma = server.app.prisma;
    const expert = await createExpert(server);
    const session = await createTutoringSession(prisma, expert.profile.id, { priceCents: 5000 });
    const slot = await createSlot(prisma, session, new Date(Date.now() + 3 * DAY));
    const learner = await person(server);
    const booked = await server.gql<Booked>(
      BOOK_SLOT,
      { input: { slotId: gid("BookableSlot", slot.id) } },
      { token: learner.token },
    );
    expect(booked.data?.bookSlot?.userErrors).toEqual([]);
    // As a seat, plus the expert's notification and the blocking of their overlapping slots.
    expect(booked.extensions?.sqlStatements).toBeLessThanOrEqual(15);
  });
});

// Subscriptions across two API replicas sharing PostgreSQL and Redis (DESIGN.md:
// a subscriber on replica A receives events caused on replica B).
import type { Client } from "graphql-ws";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Subscription, settle, subscribe, wsClient } from "../../../test/realtime.js";
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

const REDIS_URL = process.env.TEST_REDIS_URL ?? "redis://127.0.0.1:6379";

let a: TestServer;
let b: TestServer;
const clients: Client[] = [];
const client = (server: TestServer, token?: string) => {
  const c = wsClient(server.wsUrl, token);
  clients.push(c);
  return c;
};

beforeAll(async () => {
  a = await startTestServer({ REDIS_URL });
  b = await startTestServer({ REDIS_URL }, { database: a.database });
});
afterAll(async () => {
  await Promise.all(clients.map((c) => c.dispose()));
  await b?.close();
  await a?.close();
});

const BOOK_SLOT = `mutation ($input: BookSlotInput!) { bookSlot(input: $input) { booking { id reference status } userErrors { code } } }`;
const CANCEL = `mutation ($input: CancelBookingInput!) { cancelBooking(input: $input) { booking { id status } userErrors { code } } }`;
type Booked = { bookSlot: { booking: { id: string; reference: string; status: string } } };

describe("across two replicas sharing Redis", () => {
  it("a subscriber on A gets slotAvailabilityChanged within 1 s of a booking made on B", async () => {
    const expert = await createExpert(a);
    const session = await createTutoringSession(a.app.prisma, expert.profile.id);
    const slot = await createSlot(a.app.prisma, session, new Date(Date.now() + 3 * DAY));
    type Change = { reason: string; slot: { id: string; status: string; seatsLeft: number } | null };
    const changes: Subscription<Change> = subscribe(
      client(a),
      `subscription ($id: ID) { slotAvailabilityChanged(tutoringSessionId: $id) { reason slot { id status seatsLeft } } }`,
      { id: gid("TutoringSession", session.id) },
    );
    await settle();
    const learner = await person(b);
    const booked = await b.gql<Booked>(
      BOOK_SLOT,
      { input: { slotId: gid("BookableSlot", slot.id) } },
      { token: learner.token },
    );
    const committedAt = Date.now();
    expect(booked.data!.bookSlot.booking.status).toBe("PENDING");
    const change = await changes.next(1_000);
    expect(Date.now() - committedAt).toBeLessThan(1_000);
    expect(change).toEqual({
      reason: "BOOKED",
      slot: { id: gid("BookableSlot", slot.id), status: "FULL", seatsLeft: 0 },
    });
  });

  it("bookingUpdated reaches the booking's learner and expert, never another student", async () => {
    const expert = await createExpert(a);
    const session = await createTutoringSession(a.app.prisma, expert.profile.id);
    const slot = await createSlot(a.app.prisma, session, new Date(Date.now() + 4 * DAY));
    const [alice, bob] = [await person(a), await person(a)];
    const UPDATED = `subscription { bookingUpdated { reference status learner { id } } }`;
    type Update = { reference: string; status: string; learner: { id: string } };
    const forAlice = subscribe<Update>(client(a, alice.token), UPDATED);
    const forBob = subscribe<Update>(client(a, bob.token), UPDATED);
    const forExpert = subscribe<Update>(client(b, expert.token), UPDATED);
    await settle();
    const booked = await b.gql<Booked>(
      BOOK_SLOT,
      { input: { slotId: gid("BookableSlot", slot.id) } },
      { token: alice.token },
    );
    const { reference, id } = booked.data!.bookSlot.booking;
    expect(await forAlice.next(1_000)).toEqual({ reference, status: "PENDING", learner: { id: alice.gid } });
    expect((await forExpert.next(1_000)).reference).toBe(reference);
    await b.gql(CANCEL, { input: { bookingId: id, reason: "Changed my mind" } }, { token: alice.token });
    expect((await forAlice.next(1_000)).status).toBe("CANCELLED");
    expect((await forExpert.next(1_000)).status).toBe("CANCELLED");
    expect(await forBob.during(500)).toEqual([]);
    expect(forBob.errors).toEqual([]);
  });

  it("notificationAdded and scheduleSeatsChanged cross replicas too", async () => {
    const prisma = a.app.prisma;
    const venue = await createVenue(prisma);
    const course = await createInPersonCourse(prisma, { priceCents: 0 });
    const schedule = await createSchedule(prisma, { courseId: course.id, venueId: venue.id, capacity: 5 });
    const learner = await person(a);
    const seats = subscribe<{ seatsLeft: number; status: string }>(
      client(a),
      `subscription ($id: ID!) { scheduleSeatsChanged(scheduleId: $id) { seatsLeft status } }`,
      { id: gid("CourseSchedule", schedule.id) },
    );
    const inbox = subscribe<{ title: string; read: boolean }>(
      client(a, learner.token),
      `subscription { notificationAdded { title read } }`,
    );
    await settle();
    await b.gql(
      `mutation ($input: BookScheduleSeatInput!) { bookScheduleSeat(input: $input) { userErrors { code } } }`,
      { input: { scheduleId: gid("CourseSchedule", schedule.id) } },
      { token: learner.token },
    );
    expect(await seats.next(1_000)).toEqual({ seatsLeft: 4, status: "PUBLISHED" });
    expect(await inbox.next(1_000)).toEqual({ title: "Seat confirmed", read: false });
  });
});

describe("subscription authorization", () => {
  it("refuses bookingUpdated and notificationAdded to anonymous sockets, and hidden objects to everyone", async () => {
    const anonymous = subscribe(client(a), `subscription { bookingUpdated { id } }`);
    await expect(anonymous.next(2_000)).rejects.toThrow(/UNAUTHENTICATED|signed in/);
    const expert = await createExpert(a);
    const inactive = await createTutoringSession(a.app.prisma, expert.profile.id, { isActive: false });
    const hidden = subscribe(
      client(a),
      `subscription ($id: ID) { slotAvailabilityChanged(tutoringSessionId: $id) { reason } }`,
      { id: gid("TutoringSession", inactive.id) },
    );
    await expect(hidden.next(2_000)).rejects.toThrow(/NOT_FOUND|not found/);
  });
});

// PostgreSQL crashes and comes back while clients book slots and browse: every
// request during the outage fails fast with a coded error, the API answers again
// within 5 s of PostgreSQL's return, and every booking is whole or absent.
// The PostgreSQL here is this file's own (private-postgres.ts): the shared one
// serves the test files running beside this one.
import { afterAll, beforeAll, expect, it } from "vitest";
import { createExpert, createTutoringSession, DAY, gid, students } from "../scheduling.js";
import { startTestServer, type TestServer } from "../server.js";
import { type PrivatePostgres, startPrivatePostgres } from "./private-postgres.js";

let postgres: PrivatePostgres;
let server: TestServer;

beforeAll(async () => {
  postgres = await startPrivatePostgres();
  server = await startTestServer(
    // A request that queued for a connection would wait this long: "fail fast" is well under it.
    { DATABASE_POOL_SIZE: "10", DATABASE_POOL_TIMEOUT_MS: "10000" },
    { database: postgres.database },
  );
});
afterAll(async () => {
  await server?.close();
  await postgres?.destroy();
});

const BOOK = `mutation ($input: BookSlotInput!) {
  bookSlot(input: $input) { booking { id } userErrors { code message } }
}`;
const BROWSE = `{ courses(first: 5) { totalCount nodes { id title } } }`;

interface Outcome {
  kind: "book" | "browse";
  slot?: number;
  startedAt: number;
  ms: number;
  status: number;
  codes: string[];
  bookingId?: string;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

it("fails fast with SERVICE_UNAVAILABLE during the outage, recovers within 5 s, writes no half booking", async () => {
  const prisma = server.app.prisma;
  const expert = await createExpert(server);
  const session = await createTutoringSession(prisma, expert.profile.id, { priceCents: 4000 });
  // Each booking attempt uses a slot up, failed or not: enough for the outage's fast failures.
  const SLOTS = 600;
  const slots = await prisma.bookableSlot.createManyAndReturn({
    data: Array.from({ length: SLOTS }, (_, i) => {
      const startsAt = new Date(Date.now() + 3 * DAY + i * 2 * 3_600_000);
      return {
        tutoringSessionId: session.id,
        expertId: expert.profile.id,
        startsAt,
        endsAt: new Date(startsAt.getTime() + 60 * 60_000),
        capacity: 1,
      };
    }),
    select: { id: true },
  });
  const learners = await students(server, SLOTS);

  // Warm the code paths first: a cold first request is slow enough to still be in flight at the crash.
  expect((await server.gql(BROWSE)).errors).toBeUndefined();
  const warm = await server.gql(
    BOOK,
    { input: { slotId: gid("BookableSlot", slots[0]!.id) } },
    { token: learners[0]!.token },
  );
  expect(warm.errors).toBeUndefined();
  const outcomes: Outcome[] = [];
  let next = 1;
  let running = true;
  const worker = async (w: number) => {
    while (running && next < SLOTS) {
      const browse = w % 4 === 0;
      const i = browse ? undefined : next++;
      const startedAt = Date.now();
      const res = browse
        ? await server.gql(BROWSE)
        : await server.gql<{ bookSlot: { booking: { id: string } | null } }>(
            BOOK,
            { input: { slotId: gid("BookableSlot", slots[i!]!.id) } },
            { token: learners[i!]!.token },
          );
      outcomes.push({
        kind: browse ? "browse" : "book",
        slot: i,
        startedAt,
        ms: Date.now() - startedAt,
        status: res.status,
        codes: (res.errors ?? []).map((e) => String(e.extensions?.code)),
        bookingId: (res.data as { bookSlot?: { booking: { id: string } | null } } | undefined)?.bookSlot
          ?.booking?.id,
      });
      await sleep(10);
    }
  };
  const load = Promise.all(Array.from({ length: 8 }, (_, w) => worker(w)));

  while (outcomes.filter((o) => o.bookingId).length < 10) await sleep(20);
  const crashing = Date.now();
  await postgres.crash(); // returns once PostgreSQL is down
  const crashedAt = Date.now();
  await sleep(1_200);
  const restartAt = Date.now();
  await postgres.start();
  const readyAt = Date.now();

  // The API answers again once PostgreSQL does: poll like a client would.
  let recoveredAt: number | undefined;
  while (recoveredAt === undefined && Date.now() - readyAt < 5_000) {
    const res = await server.gql(BROWSE);
    if (!res.errors && res.data) recoveredAt = Date.now();
    else await sleep(50);
  }
  // Bookings go on until a few made after the restart have gone through.
  const bookedSinceRestart = () => outcomes.filter((o) => o.bookingId && o.startedAt > restartAt).length;
  while (bookedSinceRestart() < 5 && Date.now() - readyAt < 10_000) await sleep(20);
  running = false;
  await load;

  expect(recoveredAt, "the API answered within 5 s of PostgreSQL's return").toBeDefined();
  expect(recoveredAt! - readyAt).toBeLessThanOrEqual(5_000);

  // Nothing hung and nothing leaked: every error is coded, none is a bare 500.
  // (Bounds are loose: the machine may be busy with other test files.)
  expect(Math.max(...outcomes.map((o) => o.ms))).toBeLessThan(10_000);
  expect(outcomes.every((o) => o.status === 200)).toBe(true);
  const codes = new Set(outcomes.flatMap((o) => o.codes));
  expect([...codes].filter((c) => c !== "SERVICE_UNAVAILABLE")).toEqual([]);

  // Requests while PostgreSQL was down got SERVICE_UNAVAILABLE, quickly.
  const during = outcomes.filter((o) => o.startedAt > crashedAt && o.startedAt + o.ms < restartAt);
  expect(during.length).toBeGreaterThanOrEqual(3);
  for (const o of during) {
    expect(o.codes).toEqual(["SERVICE_UNAVAILABLE"]);
    expect(o.ms).toBeLessThan(3_000);
  }
  // And load before and after the outage went through.
  const booked = outcomes.filter((o) => o.bookingId);
  expect(booked.some((o) => o.startedAt < crashing)).toBe(true);
  expect(bookedSinceRestart()).toBeGreaterThanOrEqual(5);

  // All or nothing: a booking has its seat taken and its payment recorded; a slot's
  // count is its bookings; every booking a client was told about exists.
  const rows = await prisma.bookableSlot.findMany({
    where: { id: { in: slots.map((s) => s.id) } },
    select: {
      id: true,
      bookedCount: true,
      status: true,
      bookings: {
        where: { status: { in: ["PENDING", "CONFIRMED"] } },
        select: { id: true, paymentTransactions: { where: { kind: "BOOKING" }, select: { id: true } } },
      },
    },
  });
  for (const slot of rows) {
    expect(slot.bookings.length, `slot ${slot.id}`).toBe(slot.bookedCount);
    expect(slot.status, `slot ${slot.id}`).toBe(slot.bookedCount === 1 ? "FULL" : "AVAILABLE");
    for (const booking of slot.bookings)
      expect(booking.paymentTransactions, `booking ${booking.id}`).toHaveLength(1);
  }
  const stored = new Set(rows.flatMap((s) => s.bookings.map((b) => gid("Booking", b.id))));
  for (const o of booked) expect(stored.has(o.bookingId!)).toBe(true);
}, 45_000);

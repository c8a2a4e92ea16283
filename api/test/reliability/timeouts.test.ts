// Slow statements, an exhausted pool and slow requests end in coded errors, not
// hangs. A transaction of the test's own holds a slot's row lock, so the API's
// booking of that slot blocks in PostgreSQL exactly as behind a slow writer.
import pg from "pg";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import {
  createExpert,
  createSlot,
  createTutoringSession,
  DAY,
  gid,
  type Person,
  person,
} from "../scheduling.js";
import { startTestServer, type TestServer } from "../server.js";

const BOOK = `mutation ($input: BookSlotInput!) {
  bookSlot(input: $input) { booking { id } userErrors { code } }
}`;
const BROWSE = `{ courses(first: 5) { totalCount } }`;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A slot to book, and a transaction elsewhere holding its row lock until released. */
async function lockedSlot(server: TestServer) {
  const prisma = server.app.prisma;
  const expert = await createExpert(server);
  const session = await createTutoringSession(prisma, expert.profile.id);
  const slot = await createSlot(prisma, session, new Date(Date.now() + 5 * DAY));
  const holder = new pg.Client({ connectionString: server.database.url, application_name: "lock-holder" });
  await holder.connect();
  await holder.query("BEGIN");
  await holder.query("SELECT 1 FROM bookable_slots WHERE id = $1 FOR UPDATE", [slot.id]);
  return {
    slotGid: gid("BookableSlot", slot.id),
    async release() {
      await holder.query("ROLLBACK").catch(() => undefined);
      await holder.end();
    },
  };
}

/** API connections waiting on a lock (pg_stat_activity), to know the pool is taken. */
async function waitingOnLock(server: TestServer): Promise<number> {
  const client = new pg.Client({ connectionString: server.database.url });
  await client.connect();
  try {
    const { rows } = await client.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM pg_stat_activity
        WHERE datname = current_database() AND application_name = 'campus-api' AND wait_event_type = 'Lock'`,
    );
    return rows[0]!.n;
  } finally {
    await client.end();
  }
}

describe("statement timeout and pool exhaustion", () => {
  let server: TestServer;
  let learners: Person[];
  let release: (() => Promise<void>) | undefined;

  beforeAll(async () => {
    server = await startTestServer({
      DATABASE_POOL_SIZE: "2",
      // Long enough to open a connection on a busy machine, short enough to fail well
      // before the blocked statements' timeout gives the connections back.
      DATABASE_POOL_TIMEOUT_MS: "1000",
      DATABASE_STATEMENT_TIMEOUT_MS: "4000",
    });
    learners = [await person(server), await person(server), await person(server)];
  });
  afterEach(() => release?.());
  afterAll(() => server?.close());

  it("answers SERVICE_UNAVAILABLE when no connection frees up, TIMEOUT when a statement runs too long", async () => {
    const lock = await lockedSlot(server);
    release = lock.release;
    const started = Date.now();
    // Two bookings take both pooled connections and block on the lock …
    const bookings = learners.slice(0, 2).map((learner) =>
      server.gql(BOOK, { input: { slotId: lock.slotGid } }, { token: learner.token }).then((res) => ({
        res,
        ms: Date.now() - started,
      })),
    );
    for (let i = 0; i < 100 && (await waitingOnLock(server)) < 2; i += 1) await sleep(50);
    expect(await waitingOnLock(server)).toBe(2);

    // … so a third request finds the pool empty: it fails after the pool timeout, coded.
    const queued = Date.now();
    const starved = await server.gql(BROWSE);
    expect(Date.now() - queued).toBeLessThan(3_000);
    expect(starved.status).toBe(200);
    expect(starved.errors?.map((e) => [e.extensions?.code, e.message])).toEqual([
      ["SERVICE_UNAVAILABLE", "The database is unavailable. Try again in a few seconds."],
    ]);

    // The blocked statements are cancelled by statement_timeout (4 s), coded TIMEOUT.
    for (const { res, ms } of await Promise.all(bookings)) {
      expect(res.errors?.map((e) => e.extensions?.code)).toEqual(["TIMEOUT"]);
      expect(res.errors![0]!.message).toBe(
        "The database took too long to answer, so the request was cancelled.",
      );
      expect(res.errors![0]!.path).toEqual(["bookSlot"]);
      expect(ms).toBeGreaterThanOrEqual(3_900);
      expect(ms).toBeLessThan(12_000);
    }

    // With the connections back, the API serves again; the lock holder still has the slot.
    expect((await server.gql(BROWSE)).errors).toBeUndefined();
    await lock.release();
    release = undefined;
    const after = await server.gql<{ bookSlot: { booking: { id: string } | null } }>(
      BOOK,
      { input: { slotId: lock.slotGid } },
      { token: learners[2]!.token },
    );
    expect(after.errors).toBeUndefined();
    expect(after.data!.bookSlot.booking).not.toBeNull();
  });
});

describe("request timeout", () => {
  let server: TestServer;
  let learner: Person;

  beforeAll(async () => {
    server = await startTestServer({ REQUEST_TIMEOUT_MS: "1500", DATABASE_STATEMENT_TIMEOUT_MS: "20000" });
    learner = await person(server);
  });
  afterAll(() => server?.close());

  it.each([
    ["application/json", "application/json"],
    ["application/graphql-response+json", "application/graphql-response+json"],
  ])("answers 503 TIMEOUT (Accept: %s) when a request outlives REQUEST_TIMEOUT_MS", async (accept, type) => {
    const lock = await lockedSlot(server);
    try {
      const started = Date.now();
      const res = await fetch(`${server.url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json", accept, authorization: `Bearer ${learner.token}` },
        body: JSON.stringify({ query: BOOK, variables: { input: { slotId: lock.slotGid } } }),
      });
      const ms = Date.now() - started;
      expect(res.status).toBe(503);
      expect(res.headers.get("content-type")).toBe(`${type}; charset=utf-8`);
      expect(await res.json()).toEqual({
        errors: [
          {
            message: "The request took longer than 1500 ms and was stopped.",
            extensions: { code: "TIMEOUT" },
          },
        ],
      });
      expect(ms).toBeGreaterThanOrEqual(1_450);
      expect(ms).toBeLessThan(6_000);
    } finally {
      // The booking goes on once the lock is gone; Apollo's late answer must go nowhere, harmlessly.
      await lock.release();
    }
    await sleep(300);
    const res = await server.gql(BROWSE);
    expect(res.status).toBe(200);
    expect(res.errors).toBeUndefined();
  });
});

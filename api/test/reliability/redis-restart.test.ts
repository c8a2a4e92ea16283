// Redis dies and comes back under two API replicas: HTTP on both goes on as if
// nothing happened (reads, signed-in requests that spend cost budget, rate-limited
// logins, persisted queries), fast, and a graphql-ws subscriber on one replica
// hears events caused on the other again once Redis is back.
import { createHash, randomUUID } from "node:crypto";
import type { Client } from "graphql-ws";
import { afterAll, beforeAll, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../database.js";
import { settle, subscribe, wsClient } from "../realtime.js";
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
import { type PrivateRedis, startPrivateRedis } from "./private-redis.js";

let redis: PrivateRedis;
let database: TestDatabase;
let a: TestServer;
let b: TestServer;
let ws: Client;

beforeAll(async () => {
  redis = await startPrivateRedis();
  database = await createTestDatabase();
  const env = { REDIS_URL: redis.url };
  [a, b] = await Promise.all([startTestServer(env, { database }), startTestServer(env, { database })]);
  ws = wsClient(b.wsUrl);
});
afterAll(async () => {
  await ws?.dispose();
  await Promise.all([a?.close(), b?.close()]);
  await database?.drop();
  await redis?.kill();
});

const BOOK = `mutation ($input: BookSlotInput!) { bookSlot(input: $input) { booking { id } userErrors { code } } }`;
const BROWSE = `{ courses(first: 3) { totalCount } }`;
const VIEWER = `{ viewer { id } }`;
const LOG_IN = `mutation ($input: LogInInput!) { logIn(input: $input) { userErrors { code } } }`;

/** Everything HTTP does that touches Redis, on one replica; each must answer as usual, quickly. */
async function httpWorks(server: TestServer, viewer: Person) {
  const timed = async <T>(work: () => Promise<T>) => {
    const started = Date.now();
    const result = await work();
    expect(Date.now() - started, "answered without waiting on Redis").toBeLessThan(3_000);
    return result;
  };
  const browse = await timed(() => server.gql(BROWSE));
  expect(browse.errors).toBeUndefined();
  const me = await timed(() => server.gql<{ viewer: { id: string } }>(VIEWER, {}, { token: viewer.token }));
  expect(me.errors).toBeUndefined();
  expect(me.data!.viewer.id).toBe(viewer.gid);
  const login = await timed(() =>
    server.gql(LOG_IN, {
      input: { email: `nobody-${randomUUID()}@campus.test`, password: "wrong-password" },
    }),
  );
  expect(login.errors).toBeUndefined();
  expect(login.data).toEqual({ logIn: { userErrors: [{ code: "INVALID_CREDENTIALS" }] } });
  // A persisted query sent with its text registers (or fails to, silently) and runs.
  const query = `{ courses(first: 1) { totalCount } } # ${randomUUID()}`;
  const sha256Hash = createHash("sha256").update(query).digest("hex");
  const persisted = await timed(() =>
    fetch(`${server.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query, extensions: { persistedQuery: { version: 1, sha256Hash } } }),
    }).then((res) => res.json() as Promise<{ errors?: unknown; data?: unknown }>),
  );
  expect(persisted.errors).toBeUndefined();
  expect(persisted.data).toEqual({ courses: { totalCount: 0 } });
  expect((await timed(() => fetch(`${server.url}/readyz`))).status).toBe(200);
}

it("keeps HTTP working while Redis is down and resumes subscription events when it returns", async () => {
  const prisma = a.app.prisma;
  const expert = await createExpert(a);
  const session = await createTutoringSession(prisma, expert.profile.id);
  const slots = await Promise.all(
    Array.from({ length: 40 }, (_, i) => createSlot(prisma, session, new Date(Date.now() + (3 + i) * DAY))),
  );
  const learner = await person(a);
  let nextSlot = 0;
  const book = async () => {
    const slotId = gid("BookableSlot", slots[nextSlot++]!.id);
    const res = await a.gql(BOOK, { input: { slotId } }, { token: learner.token });
    expect(res.errors).toBeUndefined();
    return slotId;
  };
  type Change = { reason: string; slot: { id: string } | null };
  const changes = subscribe<Change>(
    ws,
    `subscription ($id: ID) { slotAvailabilityChanged(expertId: $id) { reason slot { id } } }`,
    { id: expert.profileGid },
  );
  await settle();

  // Redis carries the event from replica a to the subscriber on replica b.
  const first = await book();
  expect(await changes.next(5_000)).toEqual({ reason: "BOOKED", slot: { id: first } });

  await redis.kill();
  await httpWorks(a, learner);
  await httpWorks(b, learner);
  await book(); // publishing while Redis is down neither fails nor blocks the booking

  await redis.start();
  const back = Date.now();
  // ioredis reconnects (backoff ≤ 2 s) and re-subscribes; events published meanwhile may be
  // lost or arrive late, so book until this booking's own event comes through.
  let resumed = false;
  while (!resumed && Date.now() - back < 15_000) {
    const slotId = await book();
    const deadline = Date.now() + 1_000;
    while (!resumed && Date.now() < deadline) {
      const event = await changes.next(deadline - Date.now()).catch(() => undefined);
      if (!event) break;
      resumed = event.slot?.id === slotId;
    }
  }
  expect(resumed, "an event crossed replicas again after Redis returned").toBe(true);
  expect(Date.now() - back).toBeLessThan(10_000);
  expect(changes.errors).toEqual([]);
  // And HTTP still works with Redis back.
  await httpWorks(a, learner);
}, 60_000);

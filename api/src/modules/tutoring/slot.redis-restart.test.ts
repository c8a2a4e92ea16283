// A subscription survives a Redis restart, and HTTP keeps working while Redis is
// down. Uses its own redis-server on a random port, so the shared one is untouched.
import { type ChildProcess, spawn } from "node:child_process";
import type { Client } from "graphql-ws";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { settle, subscribe, wsClient } from "../../../test/realtime.js";
import {
  createExpert,
  createSlot,
  createTutoringSession,
  DAY,
  gid,
  person,
} from "../../../test/scheduling.js";
import { startTestServer, type TestServer } from "../../../test/server.js";

const port = 6390 + Math.floor(Math.random() * 500);
let redis: ChildProcess | undefined;
let server: TestServer;
let ws: Client;

async function startRedis() {
  redis = spawn(
    "redis-server",
    ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--daemonize", "no"],
    {
      stdio: "ignore",
    },
  );
  // Ready when it accepts connections.
  const { Redis } = await import("ioredis");
  for (let i = 0; i < 50; i += 1) {
    const probe = new Redis({
      port,
      host: "127.0.0.1",
      lazyConnect: true,
      maxRetriesPerRequest: 0,
      retryStrategy: () => null,
    });
    probe.on("error", () => {});
    try {
      await probe.connect();
      await probe.ping();
      probe.disconnect();
      return;
    } catch {
      probe.disconnect();
      await settle(100);
    }
  }
  throw new Error("redis-server did not start");
}

async function stopRedis() {
  const child = redis;
  if (!child || child.exitCode !== null) return;
  await new Promise<void>((resolve) => {
    child.once("exit", () => resolve());
    child.kill("SIGKILL");
  });
}

beforeAll(async () => {
  await startRedis();
  server = await startTestServer({ REDIS_URL: `redis://127.0.0.1:${port}` });
  ws = wsClient(server.wsUrl);
});
afterAll(async () => {
  await ws?.dispose();
  await server?.close();
  await stopRedis();
});

const BOOK = `mutation ($input: BookSlotInput!) { bookSlot(input: $input) { booking { id } userErrors { code } } }`;

describe("Redis restart", () => {
  it("keeps serving HTTP while Redis is down and resumes subscription events when it is back", async () => {
    const prisma = server.app.prisma;
    const expert = await createExpert(server);
    const session = await createTutoringSession(prisma, expert.profile.id);
    const slots = await Promise.all(
      Array.from({ length: 30 }, (_, i) => createSlot(prisma, session, new Date(Date.now() + (3 + i) * DAY))),
    );
    const learner = await person(server);
    const book = (i: number) =>
      server.gql<{ bookSlot: { booking: { id: string } | null } }>(
        BOOK,
        { input: { slotId: gid("BookableSlot", slots[i]!.id) } },
        { token: learner.token },
      );
    type Change = { reason: string; slot: { id: string } | null };
    const changes = subscribe<Change>(
      ws,
      `subscription ($id: ID) { slotAvailabilityChanged(expertId: $id) { reason slot { id } } }`,
      {
        id: expert.profileGid,
      },
    );
    await settle();
    expect((await book(0)).data!.bookSlot.booking).not.toBeNull();
    expect((await changes.next(2_000)).slot?.id).toBe(gid("BookableSlot", slots[0]!.id));

    await stopRedis();
    // Bookings (which publish) and reads still work without Redis.
    const whileDown = await book(1);
    expect(whileDown.status).toBe(200);
    expect(whileDown.data!.bookSlot.booking).not.toBeNull();
    const health = await fetch(`${server.url}/healthz`);
    expect(health.status).toBe(200);

    await startRedis();
    // ioredis reconnects and re-subscribes within its 2 s backoff; book until an event flows again.
    let resumed: Change | undefined;
    for (let i = 2; i < 30 && !resumed; i += 1) {
      await book(i);
      resumed = await changes.next(1_000).catch(() => undefined);
      while (resumed && resumed.slot?.id !== gid("BookableSlot", slots[i]!.id)) {
        // Events queued while Redis was down may arrive first; skip to this booking's.
        resumed = await changes.next(1_000).catch(() => undefined);
      }
    }
    expect(resumed?.reason).toBe("BOOKED");
    expect(changes.errors).toEqual([]);
  }, 60_000);
});

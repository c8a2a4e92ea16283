// Clients that abuse the graphql-ws endpoint are cut off by the configured limits
// (WS_MAX_SUBSCRIPTIONS_PER_CONNECTION, WS_MAX_PAYLOAD_BYTES,
// WS_CONNECTION_INIT_TIMEOUT_MS), while a well-behaved client on the same server
// keeps its subscription and its events.
import type { Client } from "graphql-ws";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import WebSocket from "ws";
import { type Subscription, settle, subscribe, wsClient } from "../realtime.js";
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

const INIT_TIMEOUT_MS = 500;
let server: TestServer;
let good: Client;
let changes: Subscription<{ reason: string; slot: { id: string } | null }>;
let learner: Person;
let slotIds: string[];
let booked = 0;

const CHANGES = `subscription ($id: ID) { slotAvailabilityChanged(expertId: $id) { reason slot { id } } }`;
let expertGid: string;

beforeAll(async () => {
  // The subscription and payload limits keep their defaults (100, 256 KiB): those are what is tested.
  server = await startTestServer({ WS_CONNECTION_INIT_TIMEOUT_MS: String(INIT_TIMEOUT_MS) });
  const prisma = server.app.prisma;
  const expert = await createExpert(server);
  expertGid = expert.profileGid;
  const session = await createTutoringSession(prisma, expert.profile.id);
  const slots = await Promise.all(
    Array.from({ length: 4 }, (_, i) => createSlot(prisma, session, new Date(Date.now() + (3 + i) * DAY))),
  );
  slotIds = slots.map((s) => gid("BookableSlot", s.id));
  learner = await person(server);
  good = wsClient(server.wsUrl);
  changes = subscribe(good, CHANGES, { id: expertGid });
  await settle();
});
afterAll(async () => {
  await good?.dispose();
  await server?.close();
});

/** Books the next slot and expects the well-behaved subscriber to hear of it. */
async function expectGoodClientServed() {
  const slotId = slotIds[booked++]!;
  const res = await server.gql(
    `mutation ($input: BookSlotInput!) { bookSlot(input: $input) { booking { id } } }`,
    { input: { slotId } },
    { token: learner.token },
  );
  expect(res.errors).toBeUndefined();
  const event = await changes.next(5_000);
  expect(event).toEqual({ reason: "BOOKED", slot: { id: slotId } });
  expect(changes.errors).toEqual([]);
}

interface RawSocket {
  socket: WebSocket;
  messages: { type: string; id?: string; payload?: unknown }[];
  closed: Promise<{ code: number; reason: string; afterMs: number }>;
}

/** A bare graphql-transport-ws socket, to send what no well-behaved client would. */
async function rawSocket(): Promise<RawSocket> {
  const socket = new WebSocket(server.wsUrl, "graphql-transport-ws");
  const opened = Date.now();
  const messages: RawSocket["messages"] = [];
  socket.on("message", (data) => messages.push(JSON.parse(String(data))));
  socket.on("error", () => {}); // the close below is what is checked
  // A server that never cuts the client off fails the test here, not at the test timeout.
  const closed = new Promise<{ code: number; reason: string; afterMs: number }>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error("the server did not close the socket within 10 s")),
      10_000,
    );
    socket.once("close", (code, reason) => {
      clearTimeout(timer);
      resolve({ code, reason: String(reason), afterMs: Date.now() - opened });
    });
  });
  closed.catch(() => {});
  await new Promise<void>((resolve, reject) => {
    socket.once("open", () => resolve());
    socket.once("error", reject);
  });
  return { socket, messages, closed };
}

async function acknowledged(raw: RawSocket) {
  raw.socket.send(JSON.stringify({ type: "connection_init", payload: {} }));
  for (let i = 0; i < 100 && !raw.messages.some((m) => m.type === "connection_ack"); i += 1) await settle(20);
  expect(raw.messages.map((m) => m.type)).toContain("connection_ack");
}

describe("graphql-ws limits", () => {
  it("the well-behaved client is served before any abuse", async () => {
    await expectGoodClientServed();
  });

  it("closes a connection that opens 10,000 subscriptions with 1008 after the 100th", async () => {
    const raw = await rawSocket();
    await acknowledged(raw);
    let sent = 0;
    for (; sent < 10_000 && raw.socket.readyState === WebSocket.OPEN; sent += 1) {
      raw.socket.send(
        JSON.stringify({
          id: String(sent),
          type: "subscribe",
          payload: { query: CHANGES, variables: { id: expertGid } },
        }),
      );
      if (sent % 500 === 499) await settle(1); // let the close arrive
    }
    const closed = await raw.closed;
    expect(closed).toMatchObject({ code: 1008, reason: "Too many subscriptions on one connection" });
    // The first 100 were running subscriptions; it was cut off well before 10,000.
    expect(sent).toBeGreaterThan(100);
    expect(sent).toBeLessThan(10_000);
    await expectGoodClientServed();
  });

  it("closes a connection that sends a frame over 256 KiB with 1009 Message Too Big", async () => {
    const raw = await rawSocket();
    await acknowledged(raw);
    const padding = "x".repeat(300 * 1024);
    raw.socket.send(
      JSON.stringify({
        id: "big",
        type: "subscribe",
        payload: { query: CHANGES, variables: { id: padding } },
      }),
    );
    expect(await raw.closed).toMatchObject({ code: 1009 });
    expect(raw.messages.filter((m) => m.id === "big")).toEqual([]);
    await expectGoodClientServed();
  });

  it("accepts a frame just under the limit (the control for the test above)", async () => {
    const raw = await rawSocket();
    await acknowledged(raw);
    const padding = "x".repeat(200 * 1024);
    raw.socket.send(
      JSON.stringify({
        id: "fits",
        type: "subscribe",
        payload: {
          query: `query ($pad: String!) { __type(name: $pad) { name } }`,
          variables: { pad: padding },
        },
      }),
    );
    for (let i = 0; i < 100 && !raw.messages.some((m) => m.id === "fits"); i += 1) await settle(20);
    expect(raw.messages.find((m) => m.id === "fits")).toEqual({
      id: "fits",
      type: "next",
      payload: { data: { __type: null } },
    });
    raw.socket.close();
    await raw.closed;
  });

  it("closes a connection that never sends connection_init with 4408 after WS_CONNECTION_INIT_TIMEOUT_MS", async () => {
    const raw = await rawSocket();
    const closed = await raw.closed;
    expect(closed).toMatchObject({ code: 4408, reason: "Connection initialisation timeout" });
    expect(closed.afterMs).toBeGreaterThanOrEqual(INIT_TIMEOUT_MS - 50);
    expect(closed.afterMs).toBeLessThan(INIT_TIMEOUT_MS + 3_000);
    await expectGoodClientServed();
  });

  it("closes a connection that subscribes before connection_init with 4401", async () => {
    const raw = await rawSocket();
    raw.socket.send(JSON.stringify({ id: "1", type: "subscribe", payload: { query: CHANGES } }));
    expect(await raw.closed).toMatchObject({ code: 4401, reason: "Unauthorized" });
  });
});

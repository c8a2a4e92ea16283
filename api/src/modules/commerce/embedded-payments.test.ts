// The offline gateway on the embedded PGlite (one connection): a gateway call
// made inside a booking's transaction must not open a second one, and the
// expiry job must not hold a transaction while other requests wait.
import { mkdtemp, rm } from "node:fs/promises";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  BOOK_SLOT,
  CANCEL_BOOKING,
  type CheckoutPayload,
  CONFIRM_BOOKING,
  DECLINE_BOOKING,
  pricedSlot,
  uuidOf,
} from "../../../test/payments.js";
import { DAY, gid, person } from "../../../test/scheduling.js";
import type { TestServer } from "../../../test/server.js";
import { createApp } from "../../app.js";
import { loadConfig } from "../../config.js";
import { createLogger } from "../../logger.js";
import { buildCampusSchema } from "../../schema.js";
import { createCampusServer } from "../../server.js";
import { releaseLapsedPayments } from "./payment-expiry.job.js";

let dataDir: string;
let server: TestServer;

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), "campus-embedded-payments-"));
  const config = loadConfig({
    NODE_ENV: "test",
    DATA_DIR: dataDir,
    LOG_LEVEL: "silent",
    SEED_ON_FIRST_START: "false",
    WEB_DIST_DIR: "/nonexistent",
  });
  expect(config.database.kind).toBe("pglite");
  const app = await createApp(config, createLogger("silent"));
  const http = await createCampusServer(app, await buildCampusSchema(app.pubsub));
  await new Promise<void>((resolve) => http.httpServer.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(http.httpServer.address() as AddressInfo).port}`;
  server = {
    app,
    url,
    wsUrl: url.replace("http", "ws"),
    database: undefined as never,
    async gql(query, variables, options = {}) {
      const response = await fetch(`${url}/graphql`, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
        },
        body: JSON.stringify({ query, variables }),
      });
      return { ...(await response.json()), status: response.status, headers: response.headers } as never;
    },
    async close() {
      await http.stop();
      await app.close();
    },
  };
}, 60_000);
afterAll(async () => {
  await server?.close();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

type Changed = Record<string, { booking: Record<string, unknown> | null; userErrors: unknown[] }>;

async function book(slotId: string, token: string, paymentMethodId?: string) {
  const res = await server.gql<{ bookSlot: CheckoutPayload }>(
    BOOK_SLOT,
    { input: { slotId: gid("BookableSlot", slotId), paymentMethodId } },
    { token },
  );
  expect(res.errors).toBeUndefined();
  expect(res.data?.bookSlot.userErrors).toEqual([]);
  return res.data!.bookSlot;
}

/** A booking mutation, answered without errors well within PGlite's stall window. */
async function act(doc: string, input: Record<string, unknown>, token: string) {
  const started = Date.now();
  const res = await server.gql<Changed>(doc, { input }, { token });
  expect(res.errors).toBeUndefined();
  expect(Date.now() - started).toBeLessThan(5_000);
  const payload = Object.values(res.data!)[0]!;
  expect(payload.userErrors).toEqual([]);
  return payload;
}

describe("offline payments on the embedded PGlite", () => {
  it("cancels a paid tutoring booking with a refund, and declines an authorized one", async () => {
    const paid = await pricedSlot(server, { startsInHours: 5 * 24 });
    const learner = await person(server);
    const booked = await book(paid.slot.id, learner.token, "pm_card_visa");
    expect(booked.booking).toMatchObject({ paymentStatus: "AUTHORIZED" });
    const confirmed = await act(CONFIRM_BOOKING, { bookingId: booked.booking!.id }, paid.expert.token);
    expect(confirmed.booking).toMatchObject({ status: "CONFIRMED", paymentStatus: "PAID" });
    const cancelled = await act(
      CANCEL_BOOKING,
      { bookingId: booked.booking!.id, reason: "Plans changed" },
      learner.token,
    );
    expect(cancelled.booking).toMatchObject({
      status: "CANCELLED",
      paymentStatus: "REFUNDED",
      amountRefunded: { amountCents: 5000 },
    });

    const other = await pricedSlot(server, { startsInHours: 5 * 24 });
    const authorized = await book(other.slot.id, learner.token, "pm_card_visa");
    const declined = await act(
      DECLINE_BOOKING,
      { bookingId: authorized.booking!.id, reason: "Away" },
      other.expert.token,
    );
    expect(declined.booking).toMatchObject({ status: "DECLINED", paymentStatus: "RELEASED" });
    const [payment] = await server.app.prisma.paymentTransaction.findMany({
      where: { bookingId: uuidOf(authorized.booking!.id) },
    });
    expect(payment?.status).toBe("CANCELLED");
    expect(
      await server.app.prisma.offlinePaymentIntent.findUniqueOrThrow({
        where: { id: payment?.providerPaymentIntentId as string },
      }),
    ).toMatchObject({ status: "canceled" });
  });

  it("runs the expiry job while another request is answered promptly", async () => {
    const learner = await person(server);
    const authorized = await pricedSlot(server, { startsInHours: 12 * 24 });
    const unpaid = await pricedSlot(server, { startsInHours: 12 * 24 });
    const a = await book(authorized.slot.id, learner.token, "pm_card_visa");
    const u = await book(unpaid.slot.id, learner.token);

    const job = releaseLapsedPayments({ ...server.app.services.lapses, now: new Date(Date.now() + 8 * DAY) });
    const started = Date.now();
    const res = await server.gql("{ courses(first: 1) { totalCount } }");
    expect(res.errors).toBeUndefined();
    expect(Date.now() - started).toBeLessThan(3_000);
    const run = await job;
    expect(run).toMatchObject({ ran: true, holdsExpired: 1, authorizationsReleased: 1 });
    const prisma = server.app.prisma;
    expect(await prisma.booking.findUniqueOrThrow({ where: { id: uuidOf(u.booking!.id) } })).toMatchObject({
      status: "CANCELLED",
      paymentStatus: "RELEASED",
    });
    expect(await prisma.booking.findUniqueOrThrow({ where: { id: uuidOf(a.booking!.id) } })).toMatchObject({
      status: "CANCELLED",
      paymentStatus: "RELEASED",
    });
    // Nothing left to do on a second run.
    const again = await releaseLapsedPayments({
      ...server.app.services.lapses,
      now: new Date(Date.now() + 8 * DAY),
    });
    expect(again).toMatchObject({ ran: true, holdsExpired: 0, authorizationsReleased: 0 });
  });
});

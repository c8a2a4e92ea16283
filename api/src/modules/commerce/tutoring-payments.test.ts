// The tutoring money flow through the real Stripe SDK against the local fake
// (test/stripe-fake.ts): what the ledger, the booking and Stripe saw must agree.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  BOOK_SLOT,
  type BookingView,
  CANCEL_BOOKING,
  CAPTURE_BOOKING,
  type CheckoutPayload,
  CONFIRM_BOOKING,
  DECLINE_BOOKING,
  pricedSlot,
  REFUND_BOOKING,
  type UserErrors,
  uuidOf,
} from "../../../test/payments.js";
import { DAY, gid, person } from "../../../test/scheduling.js";
import { startTestServer, type TestServer } from "../../../test/server.js";
import { deliverWebhook, StripeFake, stripeEnv } from "../../../test/stripe-fake.js";
import { releaseLapsedPayments } from "./payment-expiry.job.js";

let fake: StripeFake;
let server: TestServer;

beforeAll(async () => {
  fake = await StripeFake.start();
  server = await startTestServer(stripeEnv(fake));
});
afterAll(async () => {
  await server?.close();
  await fake?.close();
});

type Changed = Record<string, { booking: BookingView | null; userErrors: UserErrors }>;

async function book(slotId: string, token: string, paymentMethodId?: string) {
  const res = await server.gql<{ bookSlot: CheckoutPayload }>(
    BOOK_SLOT,
    { input: { slotId: gid("BookableSlot", slotId), paymentMethodId } },
    { token },
  );
  expect(res.data?.bookSlot.userErrors).toEqual([]);
  return res.data!.bookSlot;
}

async function act(doc: string, input: Record<string, unknown>, token: string) {
  const res = await server.gql<Changed>(doc, { input }, { token });
  expect(res.errors).toBeUndefined();
  return Object.values(res.data!)[0]!;
}

const ledgerOf = (bookingId: string) =>
  server.app.prisma.paymentTransaction.findMany({ where: { bookingId }, orderBy: { createdAt: "asc" } });

describe("tutoring booking money (Stripe)", () => {
  it("authorize → capture on confirm → late cancellation refunds half: ledger, booking and Stripe agree", async () => {
    const { expert, slot } = await pricedSlot(server, { startsInHours: 5 }); // inside the 24 h window: late
    const learner = await person(server);
    const booked = await book(slot.id, learner.token);
    expect(booked.booking).toMatchObject({ status: "PENDING", paymentStatus: "PENDING" });
    expect(booked.paymentAction).toMatchObject({ provider: "STRIPE", payment: { status: "PENDING" } });
    const bookingId = uuidOf(booked.booking!.id);
    const [create] = fake
      .requestsTo(/^\/v1\/payment_intents$/)
      .filter((r) => (r.params.metadata as Record<string, string>).bookingId === bookingId);
    expect(create).toMatchObject({ params: { amount: "5000", currency: "eur", capture_method: "manual" } });
    const paymentId = uuidOf(booked.paymentAction!.payment.id);
    expect(create?.idempotencyKey).toBe(`payment:${paymentId}`);
    const intentId = booked.paymentAction!.clientSecret.split("_secret_")[0] as string;

    // The learner confirms the card in the browser; Stripe tells us by webhook.
    fake.confirmClientSide(intentId);
    const hook = await deliverWebhook(
      server.url,
      fake.event("payment_intent.amount_capturable_updated", intentId),
    );
    expect(hook.status).toBe(200);
    expect(await server.app.prisma.booking.findUniqueOrThrow({ where: { id: bookingId } })).toMatchObject({
      paymentStatus: "AUTHORIZED",
      amountAuthorizedCents: 5000,
      expiresAt: null,
    });

    const confirmed = await act(CONFIRM_BOOKING, { bookingId: booked.booking!.id }, expert.token);
    expect(confirmed.booking).toMatchObject({
      status: "CONFIRMED",
      paymentStatus: "PAID",
      amountPaid: { amountCents: 5000 },
    });
    const captures = fake.requestsTo(new RegExp(`${intentId}/capture$`));
    expect(captures.map((r) => [r.idempotencyKey, r.params.amount_to_capture])).toEqual([
      [`capture:${bookingId}`, "5000"],
    ]);

    const cancelled = await act(
      CANCEL_BOOKING,
      { bookingId: booked.booking!.id, reason: "Ill" },
      learner.token,
    );
    expect(cancelled.booking).toMatchObject({
      status: "CANCELLED",
      paymentStatus: "PARTIALLY_REFUNDED",
      amountPaid: { amountCents: 5000 },
      amountRefunded: { amountCents: 2500 },
    });
    const refunds = fake.requestsTo(/^\/v1\/refunds$/).filter((r) => r.params.payment_intent === intentId);
    expect(refunds.map((r) => [r.idempotencyKey, r.params.amount])).toEqual([
      [`refund:${bookingId}:cancellation`, "2500"],
    ]);

    const ledger = await ledgerOf(bookingId);
    expect(ledger.map((t) => [t.kind, t.status, t.amountCents, t.providerPaymentIntentId])).toEqual([
      ["BOOKING", "PARTIALLY_REFUNDED", 5000, intentId],
      ["REFUND", "SUCCEEDED", 2500, intentId],
    ]);
    expect(ledger[1]?.parentTransactionId).toBe(ledger[0]?.id);
    expect(ledger[1]?.providerRefundId).toMatch(/^re_fake_/);
    // Stripe's own view: captured and refunded match the booking.
    expect(fake.intents.get(intentId)).toMatchObject({
      status: "succeeded",
      amount_received: 5000,
      amount_refunded: 2500,
    });
  });

  it("gives the slot back with a PAYMENT_FAILED userError when Stripe refuses to create the intent", async () => {
    const { slot } = await pricedSlot(server);
    const learner = await person(server);
    fake.refuseNext(/^\/v1\/payment_intents$/);
    const res = await server.gql<{ bookSlot: CheckoutPayload }>(
      BOOK_SLOT,
      { input: { slotId: gid("BookableSlot", slot.id) } },
      { token: learner.token },
    );
    expect(res.data!.bookSlot).toMatchObject({ booking: null, userErrors: [{ code: "PAYMENT_FAILED" }] });
    const prisma = server.app.prisma;
    expect(await prisma.bookableSlot.findUniqueOrThrow({ where: { id: slot.id } })).toMatchObject({
      bookedCount: 0,
      status: "AVAILABLE",
    });
    const booking = await prisma.booking.findFirstOrThrow({ where: { slotId: slot.id } });
    expect(booking).toMatchObject({
      status: "CANCELLED",
      cancelledByRole: "SYSTEM",
      paymentStatus: "FAILED",
    });
    expect((await ledgerOf(booking.id)).map((t) => [t.status, t.failureReason])).toEqual([
      ["FAILED", "Refused (fake)."],
    ]);
  });

  it("a decline releases the authorization", async () => {
    const { expert, slot } = await pricedSlot(server);
    const learner = await person(server);
    const booked = await book(slot.id, learner.token, "pm_card_visa");
    expect(booked.booking).toMatchObject({
      paymentStatus: "AUTHORIZED",
      amountAuthorized: { amountCents: 5000 },
    });
    expect(booked.paymentAction).toBeNull();
    const bookingId = uuidOf(booked.booking!.id);
    const declined = await act(
      DECLINE_BOOKING,
      { bookingId: booked.booking!.id, reason: "Away" },
      expert.token,
    );
    expect(declined.booking).toMatchObject({
      status: "DECLINED",
      paymentStatus: "RELEASED",
      amountPaid: { amountCents: 0 },
    });
    const intentId = (await ledgerOf(bookingId))[0]?.providerPaymentIntentId as string;
    expect(fake.requestsTo(new RegExp(`${intentId}/cancel$`)).map((r) => r.idempotencyKey)).toEqual([
      `cancel:${bookingId}`,
    ]);
    expect(fake.intents.get(intentId)?.status).toBe("canceled");
    expect((await ledgerOf(bookingId)).map((t) => t.status)).toEqual(["CANCELLED"]);
  });

  it("the expiry job releases an authorization past 7 days, and an unpaid hold past 30 minutes (fake clock)", async () => {
    const prisma = server.app.prisma;
    const authorized = await pricedSlot(server, { startsInHours: 12 * 24 });
    const unpaid = await pricedSlot(server, { startsInHours: 12 * 24 });
    const learner = await person(server);
    const a = await book(authorized.slot.id, learner.token, "pm_card_visa");
    const u = await book(unpaid.slot.id, learner.token);
    const [aId, uId] = [uuidOf(a.booking!.id), uuidOf(u.booking!.id)];

    const soon = await releaseLapsedPayments({
      ...server.app.services.lapses,
      now: new Date(Date.now() + 2 * DAY),
    });
    expect(soon.authorizationsReleased).toBe(0);
    expect(await prisma.booking.findUniqueOrThrow({ where: { id: uId } })).toMatchObject({
      status: "CANCELLED",
      cancelledByRole: "SYSTEM",
      paymentStatus: "RELEASED",
    });
    expect(await prisma.bookableSlot.findUniqueOrThrow({ where: { id: unpaid.slot.id } })).toMatchObject({
      bookedCount: 0,
    });
    const unpaidIntent = (await ledgerOf(uId))[0]?.providerPaymentIntentId as string;
    expect(fake.intents.get(unpaidIntent)?.status).toBe("canceled");

    const later = new Date(Date.now() + 8 * DAY);
    const run = await releaseLapsedPayments({ ...server.app.services.lapses, now: later });
    expect(run).toMatchObject({ ran: true, authorizationsReleased: 1 });
    const released = await prisma.booking.findUniqueOrThrow({ where: { id: aId } });
    expect(released).toMatchObject({
      paymentStatus: "RELEASED",
      status: "CANCELLED",
      authorizationExpiredAt: later,
    });
    const intentId = (await ledgerOf(aId))[0]?.providerPaymentIntentId as string;
    expect((await ledgerOf(aId)).map((t) => t.status)).toEqual(["EXPIRED"]);
    expect(fake.requestsTo(new RegExp(`${intentId}/cancel$`)).map((r) => r.idempotencyKey)).toEqual([
      `cancel:${aId}`,
    ]);
    expect(
      await prisma.notification.count({
        where: { title: "Card authorization expired", metadata: { path: ["bookingId"], equals: aId } },
      }),
    ).toBe(2);
    // Idempotent: a second run finds nothing to do and calls Stripe no more.
    const again = await releaseLapsedPayments({ ...server.app.services.lapses, now: later });
    expect(again.authorizationsReleased).toBe(0);
    expect(fake.requestsTo(new RegExp(`${intentId}/cancel$`))).toHaveLength(1);
  });

  it("refuses a refund above what was captured before calling Stripe", async () => {
    const { expert, slot } = await pricedSlot(server);
    const learner = await person(server);
    const admin = await person(server, ["ADMIN"]);
    const booked = await book(slot.id, learner.token, "pm_card_visa");
    await act(CONFIRM_BOOKING, { bookingId: booked.booking!.id }, expert.token);
    const refundsBefore = fake.requestsTo(/^\/v1\/refunds$/).length;
    const refund = (amountCents: number) =>
      act(REFUND_BOOKING, { bookingId: booked.booking!.id, amountCents, reason: "Goodwill" }, admin.token);
    const tooMuch = await refund(5001);
    expect(tooMuch.userErrors).toMatchObject([{ code: "INVALID", field: ["input", "amountCents"] }]);
    expect(fake.requestsTo(/^\/v1\/refunds$/)).toHaveLength(refundsBefore);
    expect((await refund(1000)).booking).toMatchObject({
      paymentStatus: "PARTIALLY_REFUNDED",
      amountRefunded: { amountCents: 1000 },
    });
    expect((await refund(4001)).userErrors[0]?.code).toBe("INVALID");
    expect(fake.requestsTo(/^\/v1\/refunds$/)).toHaveLength(refundsBefore + 1);
    expect((await refund(4000)).booking).toMatchObject({
      paymentStatus: "REFUNDED",
      amountRefunded: { amountCents: 5000 },
    });
    expect(
      await server.app.prisma.auditLog.count({
        where: { action: "booking.refund", entityId: uuidOf(booked.booking!.id) },
      }),
    ).toBe(2);
    const byLearner = await server.gql<Changed>(
      REFUND_BOOKING,
      { input: { bookingId: booked.booking!.id, amountCents: 1, reason: "x" } },
      { token: learner.token },
    );
    expect(byLearner.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });
});

describe("capture at completion (BOOKING_CAPTURE_ON=completion)", () => {
  let completion: TestServer;
  beforeAll(async () => {
    completion = await startTestServer(stripeEnv(fake, { BOOKING_CAPTURE_ON: "completion" }));
  });
  afterAll(() => completion?.close());

  it("retrying captureBooking sends one capture to Stripe, under one idempotency key", async () => {
    const { expert, slot } = await pricedSlot(completion);
    const learner = await person(completion);
    const res = await completion.gql<{ bookSlot: CheckoutPayload }>(
      BOOK_SLOT,
      { input: { slotId: gid("BookableSlot", slot.id), paymentMethodId: "pm_card_visa" } },
      { token: learner.token },
    );
    const id = res.data!.bookSlot.booking!.id;
    const confirmed = await completion.gql<Changed>(
      CONFIRM_BOOKING,
      { input: { bookingId: id } },
      { token: expert.token },
    );
    expect(confirmed.data!.confirmBooking!.booking).toMatchObject({
      status: "CONFIRMED",
      paymentStatus: "AUTHORIZED",
    });

    // The first answer is lost on the way back: the SDK retries with the same key and Stripe replays it.
    fake.loseNextAnswer(/\/capture$/);
    const capture = () =>
      completion.gql<Changed>(CAPTURE_BOOKING, { input: { bookingId: id } }, { token: expert.token });
    const first = await capture();
    expect(first.data!.captureBooking!.booking).toMatchObject({
      paymentStatus: "PAID",
      amountPaid: { amountCents: 5000 },
    });
    const retries = await Promise.all(Array.from({ length: 5 }, capture));
    for (const r of retries)
      expect(r.data!.captureBooking).toMatchObject({ userErrors: [], booking: { paymentStatus: "PAID" } });

    const bookingId = uuidOf(id);
    const captures = fake.requests.filter(
      (r) => r.path.endsWith("/capture") && r.idempotencyKey?.endsWith(bookingId),
    );
    expect(new Set(captures.map((r) => r.idempotencyKey))).toEqual(new Set([`capture:${bookingId}`]));
    // Two requests reached Stripe (the lost one and the SDK's retry), one capture was made.
    expect(captures).toHaveLength(2);
    expect(captures.filter((r) => !r.replayed)).toHaveLength(1);
    expect(
      await completion.app.prisma.paymentTransaction.count({ where: { bookingId, status: "SUCCEEDED" } }),
    ).toBe(1);
  });
});

// Stripe webhooks at /webhooks/stripe (real SDK signatures against the local
// fake): verified on the raw body, applied once, out of order handled by
// reading the intent's current state; and the course purchase race.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCourse } from "../../../test/factories.js";
import {
  BOOK_SEAT,
  CANCEL_BOOKING,
  type CheckoutPayload,
  CONFIRM_PAYMENT,
  PURCHASE_COURSE,
  uuidOf,
} from "../../../test/payments.js";
import {
  createInPersonCourse,
  createSchedule,
  createVenue,
  DAY,
  gid,
  person,
} from "../../../test/scheduling.js";
import { startTestServer, type TestServer } from "../../../test/server.js";
import { deliverWebhook, StripeFake, stripeEnv } from "../../../test/stripe-fake.js";

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

type Purchase = {
  purchaseCourse: {
    payment: { id: string; status: string; providerPaymentIntentId: string | null } | null;
    paymentAction: { clientSecret: string } | null;
    userErrors: { code: string }[];
  };
};

async function startPurchase(priceCents = 4900) {
  const course = await createCourse(server.app.prisma, { priceCents });
  const learner = await person(server);
  const res = await server.gql<Purchase>(
    PURCHASE_COURSE,
    { input: { courseId: gid("Course", course.id) } },
    { token: learner.token },
  );
  const { payment, paymentAction, userErrors } = res.data!.purchaseCourse;
  expect(userErrors).toEqual([]);
  expect(paymentAction?.clientSecret).toMatch(/^pi_fake_\d+_secret_/);
  return { course, learner, paymentId: payment!.id, intentId: payment!.providerPaymentIntentId as string };
}

const count = () => server.app.prisma.stripeEvent.count();

describe("course purchase", () => {
  it("grants exactly one enrollment when the synchronous confirmation races ten webhook deliveries", async () => {
    const prisma = server.app.prisma;
    const { course, learner, paymentId, intentId } = await startPurchase();
    expect(await prisma.enrollment.count({ where: { courseId: course.id } })).toBe(0);
    fake.confirmClientSide(intentId); // the card is confirmed in the browser
    const event = fake.event("payment_intent.succeeded", intentId);
    const [sync, ...hooks] = await Promise.all([
      server.gql<{ confirmPayment: { payment: { status: string } } }>(
        CONFIRM_PAYMENT,
        { input: { paymentId } },
        { token: learner.token },
      ),
      ...Array.from({ length: 10 }, () => deliverWebhook(server.url, event)),
      deliverWebhook(server.url, fake.event("payment_intent.succeeded", intentId)), // a second event, same intent
    ]);
    expect(sync.data!.confirmPayment.payment.status).toBe("SUCCEEDED");
    expect(hooks.map((h) => h.status)).toEqual(Array(11).fill(200));
    expect(hooks.filter((h) => h.body.duplicate === false)).toHaveLength(2);
    const enrollments = await prisma.enrollment.findMany({ where: { courseId: course.id } });
    expect(enrollments.map((e) => [e.userId, e.accessType, e.status, e.paymentAmountCents])).toEqual([
      [learner.id, "PURCHASED", "ACTIVE", 4900],
    ]);
    expect((await prisma.course.findUniqueOrThrow({ where: { id: course.id } })).studentCount).toBe(1);
    expect(
      await prisma.paymentTransaction.findUniqueOrThrow({ where: { id: uuidOf(paymentId) } }),
    ).toMatchObject({
      status: "SUCCEEDED",
      enrollmentId: enrollments[0]?.id,
    });
    expect(
      await prisma.notification.count({ where: { userId: learner.id, title: "Payment received" } }),
    ).toBe(1);
    const again = await server.gql<Purchase>(
      PURCHASE_COURSE,
      { input: { courseId: gid("Course", course.id) } },
      { token: learner.token },
    );
    expect(again.data!.purchaseCourse.userErrors[0]?.code).toBe("TAKEN");
  });

  it("a retried purchase meets its own checkout: one intent", async () => {
    const course = await createCourse(server.app.prisma, { priceCents: 1500 });
    const learner = await person(server);
    const buy = () =>
      server.gql<Purchase>(
        PURCHASE_COURSE,
        { input: { courseId: gid("Course", course.id) } },
        { token: learner.token },
      );
    const results = await Promise.all([buy(), buy(), buy()]);
    const ids = new Set(results.map((r) => r.data!.purchaseCourse.payment?.id));
    expect(ids.size).toBe(1);
    expect(await server.app.prisma.paymentTransaction.count({ where: { courseId: course.id } })).toBe(1);
    const intentIds = new Set(results.map((r) => r.data!.purchaseCourse.payment?.providerPaymentIntentId));
    expect(intentIds.size).toBe(1);
  });
});

describe("webhook delivery", () => {
  it("applies the same event once whether delivered twice or ten times in parallel", async () => {
    const prisma = server.app.prisma;
    const { course, intentId } = await startPurchase();
    fake.confirmClientSide(intentId);
    const event = fake.event("payment_intent.succeeded", intentId);
    const before = await count();
    const first = await deliverWebhook(server.url, event);
    const second = await deliverWebhook(server.url, event);
    expect([first.body.duplicate, second.body.duplicate]).toEqual([false, true]);
    const parallel = await Promise.all(Array.from({ length: 10 }, () => deliverWebhook(server.url, event)));
    expect(parallel.every((r) => r.status === 200 && r.body.duplicate === true)).toBe(true);
    expect(await count()).toBe(before + 1);
    expect(await prisma.enrollment.count({ where: { courseId: course.id } })).toBe(1);
  });

  it.each([
    ["a bad signature", { secret: "whsec_not_the_right_one" }],
    ["a modified body", { tamper: (body: string) => body.replace('"amount":4900', '"amount":1') }],
    ["a timestamp older than the tolerance", { timestamp: Math.floor(Date.now() / 1000) - 301 }],
  ])("answers 400 to %s and changes nothing", async (_label, options) => {
    const prisma = server.app.prisma;
    const { course, paymentId, intentId } = await startPurchase();
    fake.confirmClientSide(intentId);
    const before = await count();
    const res = await deliverWebhook(server.url, fake.event("payment_intent.succeeded", intentId), options);
    expect(res.status).toBe(400);
    expect(await count()).toBe(before);
    expect(
      (await prisma.paymentTransaction.findUniqueOrThrow({ where: { id: uuidOf(paymentId) } })).status,
    ).toBe("PENDING");
    expect(await prisma.enrollment.count({ where: { courseId: course.id } })).toBe(0);
  });

  it("acknowledges unknown event types and ignores them", async () => {
    const res = await deliverWebhook(server.url, {
      id: "evt_unknown_1",
      object: "event",
      type: "customer.created",
      data: { object: { id: "cus_1", object: "customer" } },
    });
    expect(res).toMatchObject({ status: 200, body: { received: true, ignored: true } });
  });

  it("applies the intent's current state, so a late stale event cannot undo a payment (seat booking)", async () => {
    const prisma = server.app.prisma;
    const venue = await createVenue(prisma);
    const course = await createInPersonCourse(prisma, { priceCents: 9500 });
    const schedule = await createSchedule(prisma, {
      courseId: course.id,
      venueId: venue.id,
      startsAt: new Date(Date.now() + 20 * DAY),
    });
    const learner = await person(server);
    const res = await server.gql<{ bookScheduleSeat: CheckoutPayload }>(
      BOOK_SEAT,
      { input: { scheduleId: gid("CourseSchedule", schedule.id) } },
      { token: learner.token },
    );
    const booking = res.data!.bookScheduleSeat.booking!;
    expect(booking).toMatchObject({ status: "PENDING", paymentStatus: "PENDING" });
    const intentId = res.data!.bookScheduleSeat.paymentAction!.clientSecret.split("_secret_")[0] as string;
    const failed = fake.event("payment_intent.payment_failed", intentId); // captured before the card went through
    fake.confirmClientSide(intentId);
    await deliverWebhook(server.url, fake.event("payment_intent.succeeded", intentId));
    await deliverWebhook(server.url, failed);
    const id = uuidOf(booking.id);
    expect(await prisma.booking.findUniqueOrThrow({ where: { id } })).toMatchObject({
      status: "CONFIRMED",
      paymentStatus: "PAID",
      amountCapturedCents: 9500,
    });
    // Cancelled more than 7 days ahead: the whole seat price comes back.
    const cancelled = await server.gql<{ cancelBooking: CheckoutPayload }>(
      CANCEL_BOOKING,
      { input: { bookingId: booking.id, reason: "Moved" } },
      { token: learner.token },
    );
    expect(cancelled.data!.cancelBooking.booking).toMatchObject({
      paymentStatus: "REFUNDED",
      amountRefunded: { amountCents: 9500 },
    });
    expect(fake.intents.get(intentId)?.amount_refunded).toBe(9500);
  });
});

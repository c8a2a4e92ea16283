// The whole product on the offline gateway, with no Stripe configuration:
// simulated intents (pi_offline_…), the same state machine, the same ledger.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCourse } from "../../../test/factories.js";
import {
  BOOK_SEAT,
  BOOK_SLOT,
  CANCEL_BOOKING,
  type CheckoutPayload,
  CONFIRM_BOOKING,
  CONFIRM_PAYMENT,
  PURCHASE_COURSE,
  pricedSlot,
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

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.close());

type Confirmed = {
  confirmPayment: {
    payment: { status: string; failureReason: string | null } | null;
    booking: Record<string, unknown> | null;
    userErrors: { code: string }[];
  };
};

const confirmPayment = (paymentId: string, token: string, paymentMethodId?: string) =>
  server.gql<Confirmed>(CONFIRM_PAYMENT, { input: { paymentId, paymentMethodId } }, { token });

describe("offline gateway", () => {
  it("runs a tutoring booking end to end: decline, retry, authorize, capture, early-cancel full refund", async () => {
    const prisma = server.app.prisma;
    const { expert, slot } = await pricedSlot(server, { startsInHours: 5 * 24 });
    const learner = await person(server);
    const res = await server.gql<{ bookSlot: CheckoutPayload }>(
      BOOK_SLOT,
      { input: { slotId: gid("BookableSlot", slot.id) } },
      { token: learner.token },
    );
    const { booking, paymentAction } = res.data!.bookSlot;
    expect(paymentAction).toMatchObject({
      provider: "OFFLINE",
      clientSecret: expect.stringMatching(/^pi_offline_[0-9a-f]+_secret_/),
    });
    const paymentId = paymentAction!.payment.id;

    const declined = await confirmPayment(paymentId, learner.token, "pm_card_chargeDeclined");
    expect(declined.data!.confirmPayment).toMatchObject({
      payment: { status: "FAILED", failureReason: "Your card was declined." },
      booking: { paymentStatus: "FAILED" },
    });
    const ok = await confirmPayment(paymentId, learner.token, "pm_card_visa");
    expect(ok.data!.confirmPayment.booking).toMatchObject({
      paymentStatus: "AUTHORIZED",
      amountAuthorized: { amountCents: 5000 },
    });

    const stranger = await person(server);
    expect((await confirmPayment(paymentId, stranger.token)).data!.confirmPayment.userErrors[0]?.code).toBe(
      "NOT_FOUND",
    );

    await server.gql(CONFIRM_BOOKING, { input: { bookingId: booking!.id } }, { token: expert.token });
    const cancelled = await server.gql<{ cancelBooking: CheckoutPayload }>(
      CANCEL_BOOKING,
      { input: { bookingId: booking!.id, reason: "Plans changed" } },
      { token: learner.token },
    );
    expect(cancelled.data!.cancelBooking.booking).toMatchObject({
      status: "CANCELLED",
      paymentStatus: "REFUNDED",
      amountPaid: { amountCents: 5000 },
      amountRefunded: { amountCents: 5000 },
    });
    const ledger = await prisma.paymentTransaction.findMany({
      where: { bookingId: uuidOf(booking!.id) },
      orderBy: { createdAt: "asc" },
    });
    expect(ledger.map((t) => [t.kind, t.status, t.amountCents, t.provider])).toEqual([
      ["BOOKING", "REFUNDED", 5000, "OFFLINE"],
      ["REFUND", "SUCCEEDED", 5000, "OFFLINE"],
    ]);
    expect(ledger[1]?.providerRefundId).toMatch(/^re_offline_/);
    const intent = await prisma.offlinePaymentIntent.findUniqueOrThrow({
      where: { id: ledger[0]?.providerPaymentIntentId as string },
    });
    expect(intent).toMatchObject({
      status: "succeeded",
      amountReceivedCents: 5000,
      amountRefundedCents: 5000,
    });
  });

  it("confirms a class seat paid at booking", async () => {
    const prisma = server.app.prisma;
    const venue = await createVenue(prisma);
    const course = await createInPersonCourse(prisma, { priceCents: 12000 });
    const schedule = await createSchedule(prisma, {
      courseId: course.id,
      venueId: venue.id,
      startsAt: new Date(Date.now() + 30 * DAY),
    });
    const learner = await person(server);
    const res = await server.gql<{ bookScheduleSeat: CheckoutPayload }>(
      BOOK_SEAT,
      { input: { scheduleId: gid("CourseSchedule", schedule.id), paymentMethodId: "pm_card_visa" } },
      { token: learner.token },
    );
    expect(res.data!.bookScheduleSeat).toMatchObject({
      booking: { status: "CONFIRMED", paymentStatus: "PAID", amountPaid: { amountCents: 12000 } },
      paymentAction: null,
    });
  });

  it("sells a course: the enrollment appears when the payment succeeds, and the ledger reads as revenue", async () => {
    const prisma = server.app.prisma;
    const course = await createCourse(prisma, { priceCents: 4900 });
    const learner = await person(server);
    const bought = await server.gql<{
      purchaseCourse: { payment: { id: string; status: string; simulated: boolean } };
    }>(PURCHASE_COURSE, { input: { courseId: gid("Course", course.id) } }, { token: learner.token });
    const payment = bought.data!.purchaseCourse.payment;
    expect(payment).toMatchObject({ status: "PENDING", simulated: true });
    expect(await prisma.enrollment.count({ where: { courseId: course.id } })).toBe(0);
    expect(
      (await confirmPayment(payment.id, learner.token, "pm_card_visa")).data!.confirmPayment.payment?.status,
    ).toBe("SUCCEEDED");
    expect(
      await prisma.enrollment.findFirst({ where: { courseId: course.id, userId: learner.id } }),
    ).toMatchObject({ accessType: "PURCHASED", status: "ACTIVE" });

    const MINE = `{ myPayments(first: 10) { totalCount nodes { kind status amount { formatted } course { id } } } }`;
    const mine = await server.gql<{ myPayments: { totalCount: number; nodes: unknown[] } }>(
      MINE,
      {},
      { token: learner.token },
    );
    expect(mine.data!.myPayments).toMatchObject({
      totalCount: 1,
      nodes: [
        {
          kind: "COURSE_PURCHASE",
          status: "SUCCEEDED",
          amount: { formatted: "€49.00" },
          course: { id: gid("Course", course.id) },
        },
      ],
    });
    const admin = await person(server, ["ADMIN"]);
    const REVENUE = `query ($input: RevenueInput!) { revenue(input: $input) { kind currency paymentCount gross { amountCents } net { amountCents } } }`;
    const period = {
      from: new Date(Date.now() - DAY).toISOString(),
      to: new Date(Date.now() + DAY).toISOString(),
    };
    const simulated = await server.gql<{
      revenue: { kind: string; currency: string; gross: { amountCents: number } }[];
    }>(REVENUE, { input: { ...period, includeSimulated: true } }, { token: admin.token });
    expect(
      simulated.data!.revenue.find((l) => l.kind === "COURSE_PURCHASE" && l.currency === "EUR")?.gross
        .amountCents,
    ).toBeGreaterThanOrEqual(4900);
    const real = await server.gql<{ revenue: unknown[] }>(REVENUE, { input: period }, { token: admin.token });
    expect(real.data!.revenue).toEqual([]);
    expect(
      (await server.gql(REVENUE, { input: period }, { token: learner.token })).errors?.[0]?.extensions?.code,
    ).toBe("FORBIDDEN");
  });

  it("pays an accepted quote: one custom-priced subscription, activated by the payment", async () => {
    const prisma = server.app.prisma;
    const student = await person(server);
    const individual = await prisma.individualCourse.create({
      data: { studentId: student.id, currency: "EUR", quotedPriceCents: 60000, status: "QUOTED" },
    });
    const quote = await prisma.courseQuote.create({
      data: {
        individualCourseId: individual.id,
        quoteNumber: `IQ-2026-${String((Date.now() % 9000) + 1000)}`,
        totalPriceCents: 60000,
        hourlyRateCents: 5000,
        estimatedHours: 12,
        currency: "EUR",
        status: "ACCEPTED",
        validUntil: new Date(Date.now() + 30 * DAY),
      },
    });
    const accepted = {
      quoteId: quote.id,
      quoteNumber: quote.quoteNumber,
      individualCourseId: individual.id,
      studentId: student.id,
      amountCents: 60000,
      currency: "EUR",
      paymentTerms: null,
    };
    const [first, second] = await Promise.all([
      server.app.services.quotePayments.openPayment(accepted),
      server.app.services.quotePayments.openPayment(accepted),
    ]);
    expect([first.status, second.status]).toEqual(["REQUIRES_ACTION", "REQUIRES_ACTION"]);
    const payments = await prisma.paymentTransaction.findMany({
      where: { individualCourseId: individual.id },
    });
    expect(payments).toHaveLength(1);
    const subscription = await prisma.subscription.findUniqueOrThrow({
      where: { id: payments[0]?.subscriptionId as string },
    });
    expect(subscription).toMatchObject({
      status: "INCOMPLETE",
      isIndividualCourse: true,
      customPriceCents: 60000,
      customDurationHours: 12,
      interval: "ONE_TIME",
    });

    const paymentId = gid("Payment", payments[0]?.id as string);
    const action = await server.gql<{ paymentAction: { clientSecret: string } | null }>(
      `query ($id: ID!) { paymentAction(paymentId: $id) { clientSecret provider } }`,
      { id: paymentId },
      { token: student.token },
    );
    expect(action.data!.paymentAction?.clientSecret).toMatch(/^pi_offline_/);
    expect(
      (await confirmPayment(paymentId, student.token, "pm_card_visa")).data!.confirmPayment.payment?.status,
    ).toBe("SUCCEEDED");
    expect((await prisma.subscription.findUniqueOrThrow({ where: { id: subscription.id } })).status).toBe(
      "ACTIVE",
    );
    expect(
      (await prisma.individualCourse.findUniqueOrThrow({ where: { id: individual.id } })).paymentStatus,
    ).toBe("PAID");
  });

  it("has no webhook endpoint without Stripe configuration", async () => {
    const res = await fetch(`${server.url}/webhooks/stripe`, { method: "POST", body: "{}" });
    expect(res.status).toBe(404);
  });
});

describe("ledger constraints (migration payments_gateway)", () => {
  const violates = async (work: Promise<unknown>, constraint: string) => {
    const error = await work.then(
      () => null,
      (e: unknown) => e,
    );
    expect(String((error as Error | null)?.message ?? "")).toContain(constraint);
  };

  it("allow one open checkout per learner and course, one open payment per booking, no orphan refund", async () => {
    const prisma = server.app.prisma;
    const course = await createCourse(prisma, { priceCents: 1000 });
    const learner = await person(server);
    const open = {
      userId: learner.id,
      kind: "COURSE_PURCHASE" as const,
      amountCents: 1000,
      currency: "EUR",
      provider: "OFFLINE" as const,
      courseId: course.id,
    };
    await prisma.paymentTransaction.create({ data: open });
    await violates(
      prisma.paymentTransaction.create({ data: open }),
      "payment_transactions_one_open_course_purchase",
    );
    await prisma.paymentTransaction.create({ data: { ...open, status: "EXPIRED" } });
    await violates(
      prisma.paymentTransaction.create({ data: { ...open, kind: "REFUND", status: "SUCCEEDED" } }),
      "payment_transactions_refund_has_parent_check",
    );
    const { slot } = await pricedSlot(server);
    const booked = await server.gql<{ bookSlot: CheckoutPayload }>(
      BOOK_SLOT,
      { input: { slotId: gid("BookableSlot", slot.id) } },
      { token: learner.token },
    );
    const bookingId = uuidOf(booked.data!.bookSlot.booking!.id);
    await violates(
      prisma.paymentTransaction.create({ data: { ...open, kind: "BOOKING", courseId: null, bookingId } }),
      "payment_transactions_one_open_payment_per_booking",
    );
    await violates(
      prisma.offlinePaymentIntent.create({
        data: {
          id: "pi_123",
          status: "succeeded",
          captureMethod: "automatic",
          amountCents: 100,
          currency: "EUR",
          clientSecret: "x",
        },
      }),
      "offline_payment_intents_id_prefix_check",
    );
  });
});

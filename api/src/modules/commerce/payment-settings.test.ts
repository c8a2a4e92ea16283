// `paymentSettings`: what a web checkout reads to choose between Stripe Elements
// and the offline gateway's test cards; and, with Stripe, the flow Elements
// relies on: the card confirmed in the browser, then `confirmPayment` without
// a payment method reads the intent's state and applies it.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCourse } from "../../../test/factories.js";
import {
  BOOK_SLOT,
  type CheckoutPayload,
  CONFIRM_PAYMENT,
  PURCHASE_COURSE,
  pricedSlot,
} from "../../../test/payments.js";
import { gid, person } from "../../../test/scheduling.js";
import { startTestServer, type TestServer } from "../../../test/server.js";
import { StripeFake, stripeEnv } from "../../../test/stripe-fake.js";

const SETTINGS = "{ paymentSettings { provider publishableKey } }";
const PUBLISHABLE_KEY = "pk_test_campus_elements";

type Settings = { paymentSettings: { provider: string; publishableKey: string | null } };
type Confirmed = {
  confirmPayment: {
    payment: { id: string; status: string; failureReason: string | null } | null;
    booking: { paymentStatus: string } | null;
    userErrors: { code: string }[];
  };
};
type Purchase = {
  purchaseCourse: {
    payment: { id: string; status: string; providerPaymentIntentId: string | null } | null;
    paymentAction: { clientSecret: string; provider: string } | null;
    userErrors: { code: string }[];
  };
};

let fake: StripeFake;
let offline: TestServer;
let stripe: TestServer;
let stripeWithoutKey: TestServer;

beforeAll(async () => {
  fake = await StripeFake.start();
  offline = await startTestServer();
  // Same database: only the payment configuration differs between the three.
  const shared = { database: offline.database };
  stripe = await startTestServer(stripeEnv(fake, { STRIPE_PUBLISHABLE_KEY: PUBLISHABLE_KEY }), shared);
  stripeWithoutKey = await startTestServer(stripeEnv(fake), shared);
}, 60_000);
afterAll(async () => {
  await stripe?.close();
  await stripeWithoutKey?.close();
  await offline?.close();
  await fake?.close();
});

describe("paymentSettings", () => {
  it("is OFFLINE without a key when Stripe is not configured, and anyone may read it", async () => {
    const res = await offline.gql<Settings>(SETTINGS);
    expect(res.errors).toBeUndefined();
    expect(res.data?.paymentSettings).toEqual({ provider: "OFFLINE", publishableKey: null });
  });

  it("is STRIPE with the publishable key (never the secret one) when both keys are configured", async () => {
    const res = await stripe.gql<Settings>(SETTINGS);
    expect(res.errors).toBeUndefined();
    expect(res.data?.paymentSettings).toEqual({ provider: "STRIPE", publishableKey: PUBLISHABLE_KEY });
    expect(JSON.stringify(res.data)).not.toContain("sk_");
  });

  it("is STRIPE without a key when only the secret key is configured (clients fall back to payment method ids)", async () => {
    const res = await stripeWithoutKey.gql<Settings>(SETTINGS);
    expect(res.data?.paymentSettings).toEqual({ provider: "STRIPE", publishableKey: null });
  });
});

describe("the Stripe Elements checkout: confirmed in the browser, then confirmPayment", () => {
  async function purchase() {
    const course = await createCourse(stripe.app.prisma, { priceCents: 4900 });
    const learner = await person(stripe);
    const res = await stripe.gql<Purchase>(
      PURCHASE_COURSE,
      { input: { courseId: gid("Course", course.id) } },
      { token: learner.token },
    );
    const { payment, paymentAction, userErrors } = res.data!.purchaseCourse;
    expect(userErrors).toEqual([]);
    // What the web hands to Elements: a Stripe intent's client secret.
    expect(paymentAction).toMatchObject({
      provider: "STRIPE",
      clientSecret: expect.stringMatching(/_secret_/),
    });
    expect(payment?.status).toBe("PENDING");
    return { course, learner, paymentId: payment!.id, intentId: payment!.providerPaymentIntentId as string };
  }

  const confirm = (paymentId: string, token: string) =>
    stripe.gql<Confirmed>(CONFIRM_PAYMENT, { input: { paymentId } }, { token });

  it("grants the course once the card was confirmed client-side", async () => {
    const { course, learner, paymentId, intentId } = await purchase();
    fake.confirmClientSide(intentId);
    const res = await confirm(paymentId, learner.token);
    expect(res.data?.confirmPayment.userErrors).toEqual([]);
    expect(res.data?.confirmPayment.payment?.status).toBe("SUCCEEDED");
    const enrollment = await stripe.app.prisma.enrollment.findFirst({
      where: { courseId: course.id, userId: learner.id },
    });
    expect(enrollment?.status).toBe("ACTIVE");
  });

  it("reports a card declined in the browser as FAILED with Stripe's reason, and grants nothing", async () => {
    const { course, learner, paymentId, intentId } = await purchase();
    fake.confirmClientSide(intentId, "pm_card_chargeDeclined");
    const res = await confirm(paymentId, learner.token);
    expect(res.data?.confirmPayment.payment).toMatchObject({
      status: "FAILED",
      failureReason: expect.stringMatching(/declined/i),
    });
    expect(await stripe.app.prisma.enrollment.count({ where: { courseId: course.id } })).toBe(0);
  });

  it("leaves the payment PENDING when nothing was confirmed yet", async () => {
    const { learner, paymentId } = await purchase();
    const res = await confirm(paymentId, learner.token);
    expect(res.data?.confirmPayment.payment?.status).toBe("PENDING");
  });

  it("refuses to confirm someone else's payment", async () => {
    const { paymentId, intentId } = await purchase();
    fake.confirmClientSide(intentId);
    const stranger = await person(stripe);
    const res = await confirm(paymentId, stranger.token);
    expect(res.data?.confirmPayment.userErrors.map((e) => e.code)).toEqual(["NOT_FOUND"]);
  });

  it("authorizes a tutoring slot booked without a payment method once its card is confirmed", async () => {
    const { slot } = await pricedSlot(stripe);
    const learner = await person(stripe);
    const res = await stripe.gql<{ bookSlot: CheckoutPayload }>(
      BOOK_SLOT,
      { input: { slotId: gid("BookableSlot", slot.id) } },
      { token: learner.token },
    );
    const { booking, paymentAction } = res.data!.bookSlot;
    expect(paymentAction?.provider).toBe("STRIPE");
    const paymentId = paymentAction!.payment.id;
    const intent = [...fake.intents.values()].find((i) => i.client_secret === paymentAction!.clientSecret);
    fake.confirmClientSide(intent!.id);
    const confirmed = await confirm(paymentId, learner.token);
    expect(confirmed.data?.confirmPayment.payment?.status).toBe("AUTHORIZED");
    expect(confirmed.data?.confirmPayment.booking?.paymentStatus).toBe("AUTHORIZED");
    expect(booking?.paymentStatus).not.toBe("AUTHORIZED");
  });
});

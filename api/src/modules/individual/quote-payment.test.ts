// Accepting a quote hands the client the payment it opened and the web page to pay
// it on; the student pays it there (offline gateway), and only the student sees it.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CONFIRM_PAYMENT } from "../../../test/payments.js";
import { DAY, type Person, person } from "../../../test/scheduling.js";
import { startTestServer, type TestServer } from "../../../test/server.js";
import { linkToken, gql as q } from "./individual.test-helpers.js";

let s: TestServer;
let instructor: Person;
let student: Person;
let stranger: Person;
beforeAll(async () => {
  s = await startTestServer();
  instructor = await person(s, ["INSTRUCTOR"]);
  student = await person(s);
  stranger = await person(s);
});
afterAll(async () => {
  await s?.close();
});

const RESPOND = `mutation ($input: RespondToCourseQuoteInput!) { respondToCourseQuote(input: $input) {
  quote { status }
  payment { status message checkoutUrl paymentId payment { id status amount { amountCents currency } productName } }
  userErrors { code field message } } }`;
const ACTION = `query ($id: ID!) { paymentAction(paymentId: $id) { provider clientSecret payment { id status } } }`;
const MY_PAYMENTS = `query { myPayments(first: 5) {
  nodes { id status kind amount { amountCents } individualCourse { paymentStatus } } } }`;

type Opened = {
  respondToCourseQuote: {
    quote: { status: string } | null;
    payment: {
      status: string;
      message: string;
      checkoutUrl: string | null;
      paymentId: string | null;
      payment: { id: string; status: string; amount: { amountCents: number; currency: string } } | null;
    } | null;
    userErrors: { code: string }[];
  };
};
type Confirmed = {
  confirmPayment: {
    payment: { id: string; status: string; failureReason: string | null } | null;
    userErrors: { code: string; field: string[] | null }[];
  };
};

/** A sent quote of 2 h at 50 € for the student; its id and the emailed link's token. */
async function sentQuote() {
  const c = await s.gql<{ createIndividualCourse: { individualCourse: { id: string } } }>(
    q.createCourse,
    { input: { studentId: student.gid } },
    { token: instructor.token },
  );
  const d = await s.gql<{ createCourseQuote: { quote: { id: string } } }>(
    q.createQuote,
    {
      input: {
        individualCourseId: c.data!.createIndividualCourse.individualCourse.id,
        hourlyRateCents: 5000,
        estimatedHours: 2,
        validUntil: new Date(Date.now() + 7 * DAY).toISOString(),
      },
    },
    { token: instructor.token },
  );
  const quoteId = d.data!.createCourseQuote.quote.id;
  await s.gql(q.send, { input: { quoteId } }, { token: instructor.token });
  const mail = await s.app.prisma.emailLog.findUniqueOrThrow({
    where: { idempotencyKey: `quote_sent:${Buffer.from(quoteId, "base64url").toString().split(":")[1]}` },
  });
  return { quoteId, token: linkToken(mail.textBody) };
}

const confirm = (paymentId: string, token: string, paymentMethodId?: string) =>
  s.gql<Confirmed>(CONFIRM_PAYMENT, { input: { paymentId, paymentMethodId } }, { token });

describe("the payment of an accepted quote", () => {
  it("is handed to the signed-in student with a link to its page, and is paid there", async () => {
    const { quoteId } = await sentQuote();
    const res = await s.gql<Opened>(
      RESPOND,
      { input: { quoteId, decision: "ACCEPT" } },
      { token: student.token },
    );
    const opened = res.data!.respondToCourseQuote;
    expect(opened.userErrors).toEqual([]);
    const paymentId = opened.payment?.paymentId as string;
    expect(opened.payment).toMatchObject({
      status: "REQUIRES_ACTION",
      checkoutUrl: `${s.app.config.publicUrl}/payments/${paymentId}`,
      payment: { id: paymentId, status: "PENDING", amount: { amountCents: 10_000, currency: "EUR" } },
    });

    // Only the student (and admins) can go on: for anyone else it does not exist.
    expect((await s.gql(ACTION, { id: paymentId }, { token: stranger.token })).data).toEqual({
      paymentAction: null,
    });
    expect((await confirm(paymentId, stranger.token, "pm_card_visa")).data!.confirmPayment).toMatchObject({
      payment: null,
      userErrors: [{ code: "NOT_FOUND", field: ["input", "paymentId"] }],
    });
    expect((await s.gql(ACTION, { id: paymentId })).errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");

    const action = await s.gql<{ paymentAction: { provider: string; payment: { id: string } } | null }>(
      ACTION,
      { id: paymentId },
      { token: student.token },
    );
    expect(action.data!.paymentAction).toMatchObject({ provider: "OFFLINE", payment: { id: paymentId } });

    const declined = await confirm(paymentId, student.token, "pm_card_chargeDeclined");
    expect(declined.data!.confirmPayment.payment).toMatchObject({
      status: "FAILED",
      failureReason: expect.stringContaining("declined"),
    });
    const paid = await confirm(paymentId, student.token, "pm_card_visa");
    expect(paid.data!.confirmPayment.payment).toMatchObject({ id: paymentId, status: "SUCCEEDED" });
    // Nothing is due any more: no action, and the course is paid.
    expect((await s.gql(ACTION, { id: paymentId }, { token: student.token })).data).toEqual({
      paymentAction: null,
    });
    const mine = await s.gql<{ myPayments: { nodes: { id: string; status: string; kind: string }[] } }>(
      MY_PAYMENTS,
      {},
      { token: student.token },
    );
    expect(mine.data!.myPayments.nodes).toContainEqual(
      expect.objectContaining({
        id: paymentId,
        status: "SUCCEEDED",
        kind: "INDIVIDUAL_COURSE",
        individualCourse: { paymentStatus: "PAID" },
      }),
    );
  });

  it("by the emailed link gives the payment's id and page but not the payment itself", async () => {
    const { token } = await sentQuote();
    const res = await s.gql<Opened>(RESPOND, { input: { token, decision: "ACCEPT" } });
    const opened = res.data!.respondToCourseQuote.payment;
    expect(opened).toMatchObject({ status: "REQUIRES_ACTION", payment: null });
    expect(opened?.paymentId).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(opened?.checkoutUrl).toBe(`${s.app.config.publicUrl}/payments/${opened?.paymentId}`);
    // The student, once signed in, finds it due.
    const action = await s.gql<{ paymentAction: { payment: { status: string } } | null }>(
      ACTION,
      { id: opened?.paymentId },
      { token: student.token },
    );
    expect(action.data!.paymentAction?.payment.status).toBe("PENDING");
  });

  it("is absent when the quote is rejected or cannot be answered", async () => {
    const { quoteId } = await sentQuote();
    const rejected = await s.gql<Opened>(
      RESPOND,
      { input: { quoteId, decision: "REJECT" } },
      { token: student.token },
    );
    expect(rejected.data!.respondToCourseQuote).toMatchObject({
      quote: { status: "REJECTED" },
      payment: null,
    });
    const again = await s.gql<Opened>(
      RESPOND,
      { input: { quoteId, decision: "ACCEPT" } },
      { token: student.token },
    );
    expect(again.data!.respondToCourseQuote.payment).toBeNull();
    expect(again.data!.respondToCourseQuote.userErrors).toHaveLength(1);
  });
});

import type {
  PayDuePaymentMutation,
  PaymentRow_PaymentFragment,
  PaymentStatus,
  PayPageQuery,
} from "../../gql/graphql";
import { money } from "../../test/api";

type Wire<T> = T & { __typename: string };

/** A normalized object as the API sends it: its fields plus __typename, which graphcache needs. */
export const entity = <T extends object>(__typename: string, fields: T): Wire<T> => ({
  __typename,
  ...fields,
});

export const PAYMENT_ID = "UGF5bWVudDpxdW90ZQ";
export const INDIVIDUAL_COURSE_ID = "SW5kaXZpZHVhbENvdXJzZTox";
const QUOTE_PRODUCT = "Individual course, quote IQ-2030-0007";

/** The payment an accepted quote opened, as a row of My payments (wire format). */
export function paymentRowFixture(
  overrides: Partial<PaymentRow_PaymentFragment> = {},
): Wire<PaymentRow_PaymentFragment> {
  return entity("Payment", {
    id: PAYMENT_ID,
    kind: "INDIVIDUAL_COURSE",
    status: "PENDING",
    productName: QUOTE_PRODUCT,
    createdAt: "2030-03-01T10:00:00.000Z",
    simulated: true,
    providerPaymentIntentId: "pi_offline_1a2b3c",
    failureReason: null,
    promotionalCode: null,
    amount: money(63000),
    discount: money(0),
    refunds: [],
    original: null,
    course: null,
    booking: null,
    individualCourse: entity("IndividualCourse", { id: INDIVIDUAL_COURSE_ID }),
    ...overrides,
  });
}

/** A page of `myPayments`. */
export function myPaymentsPage(
  nodes: Array<Wire<PaymentRow_PaymentFragment>>,
  { endCursor = null, hasNextPage = false }: { endCursor?: string | null; hasNextPage?: boolean } = {},
) {
  return {
    data: {
      myPayments: {
        __typename: "PaymentConnection",
        totalCount: nodes.length,
        pageInfo: { __typename: "PageInfo", hasNextPage, endCursor },
        nodes,
      },
    },
  };
}

type PayPagePayment = Extract<NonNullable<PayPageQuery["payment"]>, { __typename: "Payment" }>;

/** The PayPage query's answer: the payment, and its client secret while it is due. */
export function payPageAnswer(
  overrides: Partial<PayPagePayment> = {},
  { due = true }: { due?: boolean } = {},
): { data: PayPageQuery } {
  const payment: PayPagePayment = {
    __typename: "Payment",
    id: PAYMENT_ID,
    kind: "INDIVIDUAL_COURSE",
    status: "PENDING",
    productName: QUOTE_PRODUCT,
    failureReason: null,
    updatedAt: "2030-03-01T10:00:00.000Z",
    amount: money(63000),
    individualCourse: entity("IndividualCourse", { id: INDIVIDUAL_COURSE_ID }),
    ...overrides,
  };
  const paymentAction = due
    ? entity("PaymentAction", {
        provider: "OFFLINE" as const,
        clientSecret: "pi_offline_1a2b3c_secret_d4e5",
        payment: entity("Payment", { id: PAYMENT_ID, amount: money(63000) }),
      })
    : null;
  return { data: { payment, paymentAction } };
}

/** `confirmPayment`'s answer for the payment, now in `status`. */
export function confirmedAnswer(
  status: PaymentStatus,
  failureReason: string | null = null,
): { data: PayDuePaymentMutation } {
  return {
    data: {
      confirmPayment: entity("ConfirmPaymentPayload", {
        payment: entity("Payment", {
          id: PAYMENT_ID,
          status,
          failureReason,
          updatedAt: new Date().toISOString(),
          providerPaymentIntentId: "pi_offline_1a2b3c",
          individualCourse: entity("IndividualCourse", {
            id: INDIVIDUAL_COURSE_ID,
            paymentStatus: status === "SUCCEEDED" ? ("PAID" as const) : ("PENDING" as const),
          }),
          course: null,
        }),
        booking: null,
        userErrors: [],
      }),
    },
  };
}

/** Payment settings of the offline gateway (the embedded default). */
export const offlineSettings = () => ({
  data: { paymentSettings: { __typename: "PaymentSettings", provider: "OFFLINE", publishableKey: null } },
});

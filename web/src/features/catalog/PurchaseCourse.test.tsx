import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { fakeApi, money, on } from "../../test/api";
import { PurchaseCourse } from "./PurchaseCourse";

// js.stripe.com cannot be reached from tests: a fake Stripe whose card confirmation succeeds.
const stripe = vi.hoisted(() => {
  const element = { mount: vi.fn(), destroy: vi.fn(), on: vi.fn(), off: vi.fn(), update: vi.fn() };
  const elements = { create: vi.fn(() => element), update: vi.fn() };
  return {
    elements: vi.fn(() => elements),
    createToken: vi.fn(),
    createPaymentMethod: vi.fn(),
    confirmCardPayment: vi.fn(),
    confirmPayment: vi.fn(async () => ({ paymentIntent: { id: "pi_1", status: "succeeded" } })),
  };
});
vi.mock("../payments/stripe-loader", () => ({ stripeFor: async () => stripe }));

const course = {
  id: "Q291cnNlOjE=",
  slug: "graphql-api-design",
  title: "Designing GraphQL APIs",
  price: money(7900, "USD"),
};
const courseAfter = (enrolled: boolean) => ({
  __typename: "Course",
  id: course.id,
  viewerIsEnrolled: enrolled,
  viewerCanEnroll: !enrolled,
  studentCount: enrolled ? 13 : 12,
});

describe("PurchaseCourse with Stripe Elements", () => {
  it("creates the payment, confirms the card with Stripe, applies it and opens the course", async () => {
    const api = fakeApi(
      on("PaymentSettings", () => ({
        data: {
          paymentSettings: { __typename: "PaymentSettings", provider: "STRIPE", publishableKey: "pk_test_1" },
        },
      })),
      on("PurchaseCourse", () => ({
        data: {
          purchaseCourse: {
            __typename: "PurchaseCoursePayload",
            payment: {
              __typename: "Payment",
              id: "UGF5bWVudDox",
              status: "PENDING",
              failureReason: null,
              course: courseAfter(false),
            },
            paymentAction: {
              __typename: "PaymentAction",
              provider: "STRIPE",
              clientSecret: "pi_1_secret_x",
              payment: { __typename: "Payment", id: "UGF5bWVudDox", amount: money(7110, "USD") },
            },
            userErrors: [],
          },
        },
      })),
      on("ConfirmCardPayment", () => ({
        data: {
          confirmPayment: {
            __typename: "ConfirmPaymentPayload",
            payment: {
              __typename: "Payment",
              id: "UGF5bWVudDox",
              status: "SUCCEEDED",
              failureReason: null,
              course: courseAfter(true),
            },
            booking: null,
            userErrors: [],
          },
        },
      })),
    );
    const { router } = api.render(<PurchaseCourse course={course} />, {
      path: "/courses/graphql-api-design",
      route: "/courses/:slug",
    });

    fireEvent.click(screen.getByRole("button", { name: "Buy this course" }));
    const dialog = await screen.findByRole("dialog", { name: "Confirm and pay" });
    fireEvent.change(within(dialog).getByLabelText("Discount code (optional)"), {
      target: { value: "WELCOME10" },
    });
    fireEvent.click(await within(dialog).findByRole("button", { name: "Continue to payment" }));
    fireEvent.click(await within(dialog).findByRole("button", { name: "Pay $71.10" }));

    await waitFor(() => expect(router.state.location.pathname).toBe("/learning/courses/graphql-api-design"));
    const purchase = api.requests.find((r) => r.operationName === "PurchaseCourse");
    expect(purchase?.variables).toEqual({
      input: { courseId: course.id, discountCode: "WELCOME10", paymentMethodId: null },
    });
    expect(stripe.elements).toHaveBeenCalledWith(expect.objectContaining({ clientSecret: "pi_1_secret_x" }));
    expect(api.requests.filter((r) => r.operationName === "ConfirmCardPayment")).toHaveLength(1);
  });
});

import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { fakeApi, on } from "../../test/api";
import { PayPage } from "./PayPage";
import {
  confirmedAnswer,
  INDIVIDUAL_COURSE_ID,
  offlineSettings,
  PAYMENT_ID,
  payPageAnswer,
} from "./payment.fixtures";

// js.stripe.com cannot be reached from tests: a fake Stripe records what the page asks of it.
const stripe = vi.hoisted(() => {
  const element = { mount: vi.fn(), destroy: vi.fn(), on: vi.fn(), off: vi.fn(), update: vi.fn() };
  const elements = { create: vi.fn(() => element), update: vi.fn(), getElement: vi.fn(() => element) };
  // The methods Elements checks to recognise a Stripe instance.
  const instance = {
    elements: vi.fn(() => elements),
    createToken: vi.fn(),
    createPaymentMethod: vi.fn(),
    confirmCardPayment: vi.fn(),
    confirmPayment: vi.fn(),
  };
  return { elements, instance, load: vi.fn(async (_key: string) => instance) };
});
vi.mock("./stripe-loader", () => ({ stripeFor: stripe.load }));

const ROUTE = "/payments/:paymentId";
const PATH = `/payments/${PAYMENT_ID}`;

function payPage(...handlers: Parameters<typeof fakeApi>) {
  const api = fakeApi(on("PaymentSettings", offlineSettings), ...handlers);
  api.render(<PayPage />, { path: PATH, route: ROUTE });
  return api;
}

const payButton = () => screen.findByRole("button", { name: "Pay €630.00" });

describe("PayPage", () => {
  it("pays a payment due with the offline test card and shows the outcome", async () => {
    const api = payPage(
      on("PayPage", () => payPageAnswer()),
      on("PayDuePayment", () => confirmedAnswer("SUCCEEDED")),
    );
    expect(await screen.findByText("Due: €630.00 for Individual course, quote IQ-2030-0007.")).toBeTruthy();
    expect(screen.getByText(/Offline payment: a simulated card/)).toBeTruthy();
    fireEvent.click(await payButton());

    const outcome = await screen.findByText(
      "Paid: €630.00 for Individual course, quote IQ-2030-0007. Thank you!",
    );
    expect(outcome.closest("[role=status]")).toBeTruthy();
    expect(screen.getByRole("link", { name: "Go to your individual course" }).getAttribute("href")).toBe(
      `/individual-courses/${INDIVIDUAL_COURSE_ID}`,
    );
    expect(screen.queryByRole("button", { name: /Pay/ })).toBeNull();
    expect(api.requests.find((r) => r.operationName === "PayDuePayment")?.variables).toEqual({
      input: { paymentId: PAYMENT_ID, paymentMethodId: "pm_card_visa" },
    });
  });

  it("shows why a declined test card failed, then pays with another card", async () => {
    const api = payPage(
      on("PayPage", () => payPageAnswer()),
      on("PayDuePayment", (variables) =>
        (variables.input as { paymentMethodId: string }).paymentMethodId === "pm_card_chargeDeclined"
          ? confirmedAnswer("FAILED", "Your card was declined.")
          : confirmedAnswer("SUCCEEDED"),
      ),
    );
    fireEvent.change(await screen.findByLabelText("Test card"), {
      target: { value: "pm_card_chargeDeclined" },
    });
    fireEvent.click(await payButton());

    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toBe("Your card was declined. Choose another card and try again.");
    expect(screen.getByText("Declined")).toBeTruthy();

    fireEvent.change(screen.getByLabelText("Test card"), { target: { value: "pm_card_visa" } });
    fireEvent.click(await payButton());
    await screen.findByText(/Paid: €630.00/);
    expect(screen.queryByRole("alert")).toBeNull();
    expect(
      api.requests
        .filter((r) => r.operationName === "PayDuePayment")
        .map((r) => (r.variables.input as { paymentMethodId: string }).paymentMethodId),
    ).toEqual(["pm_card_chargeDeclined", "pm_card_visa"]);
  });

  it("with Stripe and a publishable key: pays the due payment with Stripe Elements", async () => {
    let paid = false;
    const due = payPageAnswer();
    const stripeAction = {
      ...due.data.paymentAction!,
      provider: "STRIPE" as const,
      clientSecret: "pi_9_secret_z",
    };
    const api = fakeApi(
      on("PaymentSettings", () => ({
        data: {
          paymentSettings: {
            __typename: "PaymentSettings",
            provider: "STRIPE",
            publishableKey: "pk_test_campus",
          },
        },
      })),
      on("PayPage", () =>
        paid
          ? payPageAnswer({ status: "SUCCEEDED" }, { due: false })
          : { data: { ...due.data, paymentAction: stripeAction } },
      ),
      on("ConfirmCardPayment", () => {
        paid = true;
        return {
          data: {
            confirmPayment: {
              __typename: "ConfirmPaymentPayload",
              payment: {
                __typename: "Payment",
                id: PAYMENT_ID,
                status: "SUCCEEDED",
                failureReason: null,
                course: null,
              },
              booking: null,
              userErrors: [],
            },
          },
        };
      }),
    );
    api.render(<PayPage />, { path: PATH, route: ROUTE });
    const pay = await screen.findByRole("button", { name: "Pay €630.00" });
    expect(screen.queryByLabelText("Test card")).toBeNull();
    expect(stripe.load).toHaveBeenCalledWith("pk_test_campus");
    expect(stripe.instance.elements).toHaveBeenCalledWith(
      expect.objectContaining({ clientSecret: "pi_9_secret_z" }),
    );

    stripe.instance.confirmPayment.mockResolvedValueOnce({
      paymentIntent: { id: "pi_9", status: "succeeded" },
    });
    fireEvent.click(pay);
    expect(await screen.findByText(/Paid: €630.00/)).toBeTruthy();
    expect(api.requests.filter((r) => r.operationName === "ConfirmCardPayment")).toEqual([
      { operationName: "ConfirmCardPayment", variables: { input: { paymentId: PAYMENT_ID } } },
    ]);
  });

  it("shows the API's userError when the payment cannot be taken", async () => {
    payPage(
      on("PayPage", () => payPageAnswer()),
      on("PayDuePayment", () => ({
        data: {
          confirmPayment: {
            __typename: "ConfirmPaymentPayload",
            payment: null,
            booking: null,
            userErrors: [
              {
                __typename: "UserError",
                code: "PAYMENT_FAILED",
                field: ["input", "paymentMethodId"],
                message: "The payment provider is unavailable. Try again in a moment.",
              },
            ],
          },
        },
      })),
    );
    fireEvent.click(await payButton());
    expect((await screen.findByRole("alert")).textContent).toBe(
      "The payment provider is unavailable. Try again in a moment.",
    );
    expect(screen.getByRole("button", { name: "Pay €630.00" })).toBeTruthy();
  });

  it("says a payment already paid needs nothing more", async () => {
    payPage(on("PayPage", () => payPageAnswer({ status: "SUCCEEDED" }, { due: false })));
    expect(await screen.findByText(/Paid: €630.00/)).toBeTruthy();
    expect(screen.queryByLabelText("Test card")).toBeNull();
  });

  it("says when a payment is closed without being paid", async () => {
    payPage(on("PayPage", () => payPageAnswer({ status: "EXPIRED" }, { due: false })));
    expect(await screen.findByText("Nothing is due on this payment (status: Expired).")).toBeTruthy();
    expect(screen.getByRole("link", { name: "Back to my payments" }).getAttribute("href")).toBe("/payments");
  });

  it("tells an unknown (or someone else's) payment apart from a failure to load", async () => {
    payPage(
      on("PayPage", () => ({
        data: { payment: null, paymentAction: null },
        errors: [{ message: "Node not found", path: ["payment"], extensions: { code: "NOT_FOUND" } }],
      })),
    );
    expect((await screen.findByRole("alert")).textContent).toBe(
      "This payment does not exist, or it is not yours.",
    );
  });

  it("offers a retry when the payment could not be loaded", async () => {
    let calls = 0;
    payPage(on("PayPage", () => (++calls === 1 ? { errors: [{ message: "boom" }] } : payPageAnswer())));
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain("The payment could not be loaded.");
    fireEvent.click(within(alert).getByRole("button", { name: "Try again" }));
    await waitFor(() => expect(screen.getByRole("button", { name: "Pay €630.00" })).toBeTruthy());
  });
});

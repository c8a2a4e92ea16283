import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { fakeApi, money, on } from "../../test/api";
import { CheckoutDialog, type CheckoutOutcome } from "../bookings/CheckoutDialog";
import type { PaidResult } from "./card-method";

// js.stripe.com cannot be reached from tests: the loader hands back a fake Stripe
// that records what the checkout asks of it. Everything else is real: Elements,
// PaymentElement, the lazy chunk, urql and its cache.
const stripe = vi.hoisted(() => {
  const element = { mount: vi.fn(), destroy: vi.fn(), on: vi.fn(), off: vi.fn(), update: vi.fn() };
  const elements = { create: vi.fn(() => element), update: vi.fn(), getElement: vi.fn(() => element) };
  const instance = {
    elements: vi.fn(() => elements),
    createToken: vi.fn(),
    createPaymentMethod: vi.fn(),
    confirmCardPayment: vi.fn(),
    confirmPayment: vi.fn(),
  };
  return { element, elements, instance, load: vi.fn(async (_key: string) => instance) };
});
vi.mock("./stripe-loader", () => ({ stripeFor: stripe.load }));

const CLIENT_SECRET = "pi_123_secret_abc";
const PAYMENT_ID = "UGF5bWVudDox";
const due = {
  paymentDue: {
    paymentId: PAYMENT_ID,
    clientSecret: CLIENT_SECRET,
    provider: "STRIPE",
    amount: money(7110, "USD"),
  },
};

const settings = (provider: "OFFLINE" | "STRIPE", publishableKey: string | null) =>
  on("PaymentSettings", () => ({
    data: { paymentSettings: { __typename: "PaymentSettings", provider, publishableKey } },
  }));

const confirmed = (status: string, failureReason: string | null = null) =>
  on("ConfirmCardPayment", () => ({
    data: {
      confirmPayment: {
        __typename: "ConfirmPaymentPayload",
        payment: { __typename: "Payment", id: PAYMENT_ID, status, failureReason, course: null },
        booking: {
          __typename: "Booking",
          id: "Qm9va2luZzox",
          reference: "BK-7KQ2-M9XD",
          status: "PENDING",
          paymentStatus: status === "AUTHORIZED" ? "AUTHORIZED" : "PENDING",
        },
        userErrors: [],
      },
    },
  }));

function checkout(
  api: ReturnType<typeof fakeApi>,
  answer: CheckoutOutcome,
  { withOnPaid = true }: { withOnPaid?: boolean } = {},
) {
  const onSubmit = vi.fn(async () => answer);
  const onPaid = vi.fn((_result: PaidResult) => {});
  api.render(
    <CheckoutDialog
      open
      summary="GraphQL schema review"
      price={money(7900, "USD")}
      onClose={() => {}}
      onSubmit={onSubmit}
      onPaid={withOnPaid ? onPaid : undefined}
    />,
  );
  return { onSubmit, onPaid };
}

const dialog = () => screen.findByRole("dialog", { name: "Confirm and pay" });

beforeEach(() => {
  vi.clearAllMocks();
});

describe("PaymentStep: the card part of the checkout", () => {
  it("with the offline gateway: the simulated test card, sent with the checkout; Stripe.js is never loaded", async () => {
    const api = fakeApi(settings("OFFLINE", null));
    const { onSubmit, onPaid } = checkout(api, null);
    const form = await dialog();
    expect(await within(form).findByText(/Offline payment: a simulated card/)).toBeTruthy();
    fireEvent.change(within(form).getByLabelText("Test card"), {
      target: { value: "pm_card_chargeDeclined" },
    });
    fireEvent.click(within(form).getByRole("button", { name: "Book and pay $79.00" }));
    await waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(1));
    expect(onSubmit).toHaveBeenCalledWith({
      paymentMethodId: "pm_card_chargeDeclined",
      discountCode: null,
      notes: null,
    });
    expect(onPaid).not.toHaveBeenCalled();
    expect(stripe.load).not.toHaveBeenCalled();
  });

  it("with Stripe but no publishable key: a test card again, labelled as Stripe test mode", async () => {
    const api = fakeApi(settings("STRIPE", null));
    checkout(api, null);
    const form = await dialog();
    expect(await within(form).findByText(/Stripe test mode/)).toBeTruthy();
    expect(within(form).getByLabelText("Test card")).toBeTruthy();
    expect(within(form).queryByText(/simulated/)).toBeNull();
    expect(stripe.load).not.toHaveBeenCalled();
  });

  it("with Stripe and a key: creates the payment without a card, then mounts Elements with its client secret", async () => {
    const api = fakeApi(settings("STRIPE", "pk_test_campus"), confirmed("AUTHORIZED"));
    const { onSubmit, onPaid } = checkout(api, due);
    const form = await dialog();
    expect(await within(form).findByText(/enter your card on the next step/)).toBeTruthy();
    expect(within(form).queryByLabelText("Test card")).toBeNull();
    fireEvent.click(within(form).getByRole("button", { name: "Continue to payment" }));
    await waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(1));
    expect(onSubmit).toHaveBeenCalledWith({ paymentMethodId: null, discountCode: null, notes: null });

    const pay = await within(form).findByRole("button", { name: "Pay $71.10" });
    expect(stripe.load).toHaveBeenCalledWith("pk_test_campus");
    expect(stripe.instance.elements).toHaveBeenCalledWith(
      expect.objectContaining({ clientSecret: CLIENT_SECRET, locale: "en" }),
    );
    expect(stripe.elements.create).toHaveBeenCalledWith("payment", expect.anything());
    expect(stripe.element.mount).toHaveBeenCalledTimes(1);
    expect(within(form).getByRole("group", { name: "Card details" })).toBeTruthy();

    stripe.instance.confirmPayment.mockResolvedValueOnce({
      paymentIntent: { id: "pi_123", status: "requires_capture" },
    });
    fireEvent.click(pay);
    await waitFor(() => expect(onPaid).toHaveBeenCalledWith({ bookingReference: "BK-7KQ2-M9XD" }));
    expect(stripe.instance.confirmPayment).toHaveBeenCalledWith(
      expect.objectContaining({ elements: stripe.elements, redirect: "if_required" }),
    );
    // The API applies the intent at once rather than waiting for Stripe's webhook.
    expect(api.requests.filter((r) => r.operationName === "ConfirmCardPayment")).toEqual([
      { operationName: "ConfirmCardPayment", variables: { input: { paymentId: PAYMENT_ID } } },
    ]);
  });

  it("shows Stripe's error in the form and lets the learner try again", async () => {
    const api = fakeApi(settings("STRIPE", "pk_test_campus"), confirmed("SUCCEEDED"));
    const { onPaid } = checkout(api, due);
    const form = await dialog();
    fireEvent.click(await within(form).findByRole("button", { name: "Continue to payment" }));
    const pay = await within(form).findByRole("button", { name: "Pay $71.10" });

    stripe.instance.confirmPayment.mockResolvedValueOnce({
      error: { type: "card_error", code: "card_declined", message: "Your card was declined." },
    });
    fireEvent.click(pay);
    expect((await within(form).findByRole("alert")).textContent).toBe("Your card was declined.");
    expect(onPaid).not.toHaveBeenCalled();
    expect(api.requests.some((r) => r.operationName === "ConfirmCardPayment")).toBe(false);

    stripe.instance.confirmPayment.mockResolvedValueOnce({
      paymentIntent: { id: "pi_123", status: "succeeded" },
    });
    fireEvent.click(within(form).getByRole("button", { name: "Pay $71.10" }));
    await waitFor(() => expect(onPaid).toHaveBeenCalledTimes(1));
    expect(within(form).queryByRole("alert")).toBeNull();
  });

  it("shows why the API did not accept the payment after Stripe confirmed it", async () => {
    const api = fakeApi(
      settings("STRIPE", "pk_test_campus"),
      confirmed("FAILED", "Your card has insufficient funds."),
    );
    const { onPaid } = checkout(api, due);
    const form = await dialog();
    fireEvent.click(await within(form).findByRole("button", { name: "Continue to payment" }));
    stripe.instance.confirmPayment.mockResolvedValueOnce({
      paymentIntent: { id: "pi_123", status: "succeeded" },
    });
    fireEvent.click(await within(form).findByRole("button", { name: "Pay $71.10" }));
    expect((await within(form).findByRole("alert")).textContent).toBe("Your card has insufficient funds.");
    expect(onPaid).not.toHaveBeenCalled();
  });

  it("offers a retry when Stripe.js cannot be loaded", async () => {
    const api = fakeApi(settings("STRIPE", "pk_test_campus"));
    checkout(api, due);
    const form = await dialog();
    stripe.load.mockRejectedValueOnce(new Error("Failed to load Stripe.js"));
    fireEvent.click(await within(form).findByRole("button", { name: "Continue to payment" }));
    expect((await within(form).findByRole("alert")).textContent).toMatch(/card form could not be loaded/);
    fireEvent.click(within(form).getByRole("button", { name: "Try again" }));
    expect(await within(form).findByRole("button", { name: /^Pay / })).toBeTruthy();
  });

  it("keeps the test card for a checkout that cannot continue after the card step (no onPaid)", async () => {
    const api = fakeApi(settings("STRIPE", "pk_test_campus"));
    const { onSubmit } = checkout(api, null, { withOnPaid: false });
    const form = await dialog();
    expect(await within(form).findByLabelText("Test card")).toBeTruthy();
    fireEvent.click(within(form).getByRole("button", { name: "Book and pay $79.00" }));
    await waitFor(() =>
      expect(onSubmit).toHaveBeenCalledWith(expect.objectContaining({ paymentMethodId: "pm_card_visa" })),
    );
    expect(stripe.load).not.toHaveBeenCalled();
  });
});

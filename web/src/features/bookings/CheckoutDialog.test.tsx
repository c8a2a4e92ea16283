import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { fakeApi, on } from "../../test/api";
import { CheckoutDialog } from "./CheckoutDialog";
import type { DiscountPreview } from "./discount";

const price = { amountCents: 7900, currency: "USD" };

// The embedded default: the offline gateway (PaymentStep.test.tsx covers Stripe Elements).
const offline = on("PaymentSettings", () => ({
  data: { paymentSettings: { __typename: "PaymentSettings", provider: "OFFLINE", publishableKey: null } },
}));

async function renderDialog(
  preview: (code: string) => Promise<DiscountPreview>,
  answer: string | null = null,
) {
  const onSubmit = vi.fn(async () => answer);
  fakeApi(offline).render(
    <CheckoutDialog
      open
      summary="Designing GraphQL APIs"
      price={price}
      onClose={() => {}}
      onSubmit={onSubmit}
      previewDiscount={preview}
    />,
  );
  const dialog = await screen.findByRole("dialog", { name: "Confirm and pay" });
  await within(dialog).findByLabelText("Test card");
  return { dialog, onSubmit };
}

describe("CheckoutDialog", () => {
  it("says the payment is simulated, previews a discount code and sends it with the test card", async () => {
    const preview = vi.fn(
      async (code: string): Promise<DiscountPreview> =>
        code === "WELCOME10"
          ? {
              valid: true,
              discount: { amountCents: 790, currency: "USD" },
              finalPrice: { amountCents: 7110, currency: "USD" },
            }
          : { valid: false, message: "This code has expired." },
    );
    const { dialog, onSubmit } = await renderDialog(preview);
    expect(within(dialog).getByText(/Offline payment: a simulated card, no money moves/)).toBeTruthy();

    fireEvent.change(within(dialog).getByLabelText("Discount code (optional)"), { target: { value: "OLD" } });
    fireEvent.click(within(dialog).getByRole("button", { name: "Apply" }));
    expect(await within(dialog).findByText("This code has expired.")).toBeTruthy();

    fireEvent.change(within(dialog).getByLabelText("Discount code (optional)"), {
      target: { value: " WELCOME10 " },
    });
    fireEvent.click(within(dialog).getByRole("button", { name: "Apply" }));
    expect(await within(dialog).findByText("$71.10")).toBeTruthy();
    expect(within(dialog).getByText(/\$7\.90 off/)).toBeTruthy();
    expect(preview).toHaveBeenLastCalledWith("WELCOME10");

    fireEvent.change(within(dialog).getByLabelText("Test card"), {
      target: { value: "pm_card_chargeDeclined" },
    });
    fireEvent.click(within(dialog).getByRole("button", { name: "Book and pay $71.10" }));
    await waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(1));
    expect(onSubmit).toHaveBeenCalledWith({
      paymentMethodId: "pm_card_chargeDeclined",
      discountCode: "WELCOME10",
      notes: null,
    });
  });

  it("shows why the payment did not go through", async () => {
    const { dialog } = await renderDialog(
      async () => ({ valid: false, message: null }),
      "The payment was declined.",
    );
    fireEvent.click(within(dialog).getByRole("button", { name: "Book and pay $79.00" }));
    expect((await within(dialog).findByRole("alert")).textContent).toBe("The payment was declined.");
  });
});

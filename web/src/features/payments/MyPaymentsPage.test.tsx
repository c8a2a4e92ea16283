import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { fakeApi, money, on } from "../../test/api";
import { MyPaymentsPage } from "./MyPaymentsPage";
import { entity, myPaymentsPage, PAYMENT_ID, paymentRowFixture } from "./payment.fixtures";

const bookingPaid = paymentRowFixture({
  id: "UGF5bWVudDpib29raW5n",
  kind: "BOOKING",
  status: "PARTIALLY_REFUNDED",
  productName: "GraphQL schema review",
  createdAt: "2030-02-10T09:00:00.000Z",
  providerPaymentIntentId: "pi_offline_booked",
  amount: money(12000, "USD"),
  discount: money(1000, "USD"),
  promotionalCode: "SPRING10",
  individualCourse: null,
  booking: entity("Booking", { id: "Qm9va2luZzox", title: "GraphQL schema review" }),
  refunds: [
    entity("Payment", {
      id: "UGF5bWVudDpyZWZ1bmQ",
      status: "SUCCEEDED" as const,
      createdAt: "2030-02-12T09:00:00.000Z",
      amount: money(6000, "USD"),
    }),
  ],
});
const refund = paymentRowFixture({
  id: "UGF5bWVudDpyZWZ1bmQ",
  kind: "REFUND",
  status: "SUCCEEDED",
  productName: null,
  createdAt: "2030-02-12T09:00:00.000Z",
  amount: money(6000, "USD"),
  individualCourse: null,
  original: entity("Payment", { id: "UGF5bWVudDpib29raW5n", productName: "GraphQL schema review" }),
});

const rowOf = (name: string | RegExp) => screen.getByRole("rowheader", { name }).closest("tr") as HTMLElement;

describe("MyPaymentsPage", () => {
  it("lists what each payment was for, its amount, status, date and receipt or refund details", async () => {
    const api = fakeApi(
      on("MyPaymentsPage", () => myPaymentsPage([paymentRowFixture(), refund, bookingPaid])),
    );
    api.render(<MyPaymentsPage />);
    await screen.findByRole("table", { name: "My payments" });

    const due = rowOf(/Individual course, quote IQ-2030-0007/);
    expect(within(due).getByText("€630.00")).toBeTruthy();
    expect(within(due).getByText("Due")).toBeTruthy();
    expect(within(due).getByText("Mar 1, 2030")).toBeTruthy();
    expect(within(due).getByRole("link", { name: "Pay now" }).getAttribute("href")).toBe(
      `/payments/${PAYMENT_ID}`,
    );
    expect(
      within(due).getByRole("link", { name: "Individual course, quote IQ-2030-0007" }).getAttribute("href"),
    ).toBe("/individual-courses/SW5kaXZpZHVhbENvdXJzZTox");
    // Nothing was paid yet: no receipt reference.
    expect(within(due).queryByText(/Receipt reference/)).toBeNull();

    const booking = rowOf(/GraphQL schema review\s*Booking/);
    expect(within(booking).getByText("Partly refunded")).toBeTruthy();
    expect(within(booking).getByText("Discount $10.00 (code SPRING10)")).toBeTruthy();
    expect(within(booking).getByText("$60.00 refunded on Feb 12, 2030")).toBeTruthy();
    expect(within(booking).getByText("Receipt reference: pi_offline_booked")).toBeTruthy();
    expect(within(booking).getByText("Simulated payment: no money moved.")).toBeTruthy();
    expect(within(booking).queryByRole("link", { name: "Pay now" })).toBeNull();

    const returned = rowOf("Refund: GraphQL schema review");
    expect(within(returned).getByText("Paid")).toBeTruthy();
    expect(within(returned).queryByRole("link", { name: "Pay now" })).toBeNull();
  });

  it("says why a declined payment failed and still offers to pay it", async () => {
    const declined = paymentRowFixture({ status: "FAILED", failureReason: "Your card was declined." });
    const api = fakeApi(on("MyPaymentsPage", () => myPaymentsPage([declined])));
    api.render(<MyPaymentsPage />);
    const row = await screen.findByRole("row", { name: /Declined/ });
    expect(within(row).getByText("Declined: Your card was declined.")).toBeTruthy();
    expect(within(row).getByRole("link", { name: "Pay now" })).toBeTruthy();
  });

  it("loads the next page and appends it", async () => {
    const second = paymentRowFixture({
      id: "UGF5bWVudDpvbGQ",
      status: "SUCCEEDED",
      productName: "Older course",
    });
    const api = fakeApi(
      on("MyPaymentsPage", ({ after }) =>
        after === "cursor-1"
          ? myPaymentsPage([second])
          : myPaymentsPage([paymentRowFixture()], { hasNextPage: true, endCursor: "cursor-1" }),
      ),
    );
    api.render(<MyPaymentsPage />);
    fireEvent.click(await screen.findByRole("button", { name: "Load more" }));
    await screen.findByRole("link", { name: "Older course" });
    expect(screen.getByRole("link", { name: "Individual course, quote IQ-2030-0007" })).toBeTruthy();
    expect(screen.queryByRole("button", { name: "Load more" })).toBeNull();
    expect(api.requests.map((r) => r.variables.after ?? null)).toEqual([null, "cursor-1"]);
  });

  it("shows an empty state with the way to the catalog", async () => {
    const api = fakeApi(on("MyPaymentsPage", () => myPaymentsPage([])));
    api.render(<MyPaymentsPage />);
    expect(await screen.findByText("You have no payments yet.")).toBeTruthy();
    expect(screen.getByRole("link", { name: "Browse courses" }).getAttribute("href")).toBe("/courses");
  });

  it("shows an error with a retry that asks again", async () => {
    let calls = 0;
    const api = fakeApi(
      on("MyPaymentsPage", () =>
        ++calls === 1 ? { errors: [{ message: "boom" }] } : myPaymentsPage([paymentRowFixture()]),
      ),
    );
    api.render(<MyPaymentsPage />);
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain("Your payments could not be loaded.");
    fireEvent.click(within(alert).getByRole("button", { name: "Try again" }));
    await waitFor(() => expect(screen.getByRole("link", { name: "Pay now" })).toBeTruthy());
  });
});

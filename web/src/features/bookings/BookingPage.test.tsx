import { screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { fakeApi, money, on } from "../../test/api";
import { BookingPage } from "./BookingPage";
import { bookingFixture } from "./booking.fixtures";

const details = {
  createdAt: "2030-03-01T10:00:00.000Z",
  confirmedAt: null,
  learnerNotes: "Schema review of my API",
  expertNotes: null,
  amountDue: money(12000, "USD"),
  discount: money(0, "USD"),
  tutoringSession: { __typename: "TutoringSession", id: "VHV0b3Jpbmc6MQ==", title: "GraphQL schema review" },
  schedule: null,
};

describe("BookingPage", () => {
  it("opens an email's link, follows status changes live and offers to cancel", async () => {
    const api = fakeApi(on("BookingPage", () => ({ data: { node: { ...bookingFixture(), ...details } } })));
    api.render(<BookingPage />, {
      path: "/bookings/0192f3a4-5b6c-7d8e-9f00-112233445566",
      route: "/bookings/:id",
    });
    const card = await screen.findByRole("article", { name: "GraphQL schema review" });
    expect(within(card).getByText("Awaiting confirmation")).toBeTruthy();
    expect(within(card).getByRole("button", { name: "Cancel booking" })).toBeTruthy();
    expect(screen.getByText("Schema review of my API")).toBeTruthy();
    const variables = api.requests[0]?.variables ?? {};
    expect(variables.byReference).toBe(false);
    expect(atob(String(variables.id))).toBe("Booking:0192f3a4-5b6c-7d8e-9f00-112233445566");

    expect(api.subscribers("BookingUpdated")).toBe(1);
    api.push("BookingUpdated", {
      bookingUpdated: bookingFixture({ status: "CONFIRMED", viewerCanCancel: false }),
    });
    expect(await within(card).findByText("Confirmed")).toBeTruthy();
    expect(within(card).queryByRole("button", { name: "Cancel booking" })).toBeNull();
  });

  it("finds a booking by its reference, and says so when there is none", async () => {
    const api = fakeApi(on("BookingPage", () => ({ data: { booking: null } })));
    api.render(<BookingPage />, { path: "/bookings/bk-7kq2-m9xd", route: "/bookings/:id" });
    expect((await screen.findByRole("alert")).textContent).toBe(
      "This booking does not exist or is not yours.",
    );
    expect(api.requests[0]?.variables).toMatchObject({ reference: "BK-7KQ2-M9XD", byReference: true });
  });
});

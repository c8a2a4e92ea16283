import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { fakeApi, on } from "../../test/api";
import { bookingFixture } from "./booking.fixtures";
import { MyBookingsPage } from "./MyBookingsPage";

function bookingsResponse(nodes: unknown[]) {
  return {
    data: {
      myBookings: {
        __typename: "BookingConnection",
        totalCount: nodes.length,
        pageInfo: { __typename: "PageInfo", hasNextPage: false, endCursor: null },
        nodes,
      },
    },
  };
}

describe("MyBookingsPage", () => {
  it("lists upcoming bookings and updates their status live", async () => {
    const api = fakeApi(on("MyBookingsPage", () => bookingsResponse([bookingFixture()])));
    api.render(<MyBookingsPage />);
    const card = await screen.findByRole("article", { name: "GraphQL schema review" });
    expect(within(card).getByText("Awaiting confirmation")).toBeTruthy();
    expect(within(card).getByText("$120.00 · Card authorized")).toBeTruthy();
    expect(within(card).getByText("Reference BK-7KQ2-M9XD")).toBeTruthy();

    // The expert confirms in another place: the booking changes here without a refetch.
    api.push("BookingUpdated", {
      bookingUpdated: bookingFixture({ status: "CONFIRMED", paymentStatus: "PAID", viewerCanCancel: true }),
    });
    await waitFor(() => expect(within(card).getByText("Confirmed")).toBeTruthy());
    expect(within(card).getByText("$120.00 · Paid")).toBeTruthy();
    expect(api.requests.filter((r) => r.operationName === "MyBookingsPage")).toHaveLength(1);
  });

  it("cancels a booking with a reason, after showing the refund policy", async () => {
    const api = fakeApi(
      on("MyBookingsPage", () => bookingsResponse([bookingFixture()])),
      on("CancelBooking", ({ input }) => ({
        data: {
          cancelBooking: {
            __typename: "BookingPayload",
            booking: bookingFixture({
              status: "CANCELLED",
              paymentStatus: "RELEASED",
              viewerCanCancel: false,
              cancellation: {
                __typename: "BookingCancellation",
                at: "2030-03-01T10:00:00.000Z",
                reason: (input as { reason: string }).reason,
              } as never,
            }),
            userErrors: [],
          },
        },
      })),
    );
    api.render(<MyBookingsPage />);
    const card = await screen.findByRole("article", { name: "GraphQL schema review" });
    fireEvent.click(within(card).getByRole("button", { name: "Cancel booking" }));

    const dialog = await screen.findByRole("dialog", { name: "Cancel GraphQL schema review?" });
    expect(within(dialog).getByText(/for a 100% refund; after that, 50%\./)).toBeTruthy();
    fireEvent.click(within(dialog).getByRole("button", { name: "Cancel the booking" }));
    expect(within(dialog).getByText("This field is required.")).toBeTruthy();

    fireEvent.change(within(dialog).getByLabelText("Why are you cancelling?"), { target: { value: "Ill" } });
    fireEvent.click(within(dialog).getByRole("button", { name: "Cancel the booking" }));
    await waitFor(() => expect(screen.queryByRole("dialog")).toBeNull());
    await screen.findByText("Cancelled");
    expect(screen.getByText(/Cancelled on .*: Ill/)).toBeTruthy();
    expect(screen.queryByRole("button", { name: "Cancel booking" })).toBeNull();
    expect(api.requests.at(-1)).toEqual({
      operationName: "CancelBooking",
      variables: { input: { bookingId: "Qm9va2luZzox", reason: "Ill" } },
    });
  });

  it("shows the way to the experts when there is no booking", async () => {
    const api = fakeApi(on("MyBookingsPage", () => bookingsResponse([])));
    api.render(<MyBookingsPage />);
    expect(await screen.findByText("You have no bookings yet.")).toBeTruthy();
    expect(screen.getByRole("link", { name: "Find an expert" }).getAttribute("href")).toBe("/experts");
  });
});

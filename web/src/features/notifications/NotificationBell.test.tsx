import { screen, waitFor } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { fakeApi, on } from "../../test/api";
import { NotificationBell } from "./NotificationBell";

describe("NotificationBell", () => {
  it("shows the unread count and adds each new notification live", async () => {
    const api = fakeApi(on("UnreadNotificationCount", () => ({ data: { unreadNotificationCount: 2 } })));
    api.render(<NotificationBell />);
    expect(await screen.findByRole("link", { name: "Notifications, 2 unread" })).toBeTruthy();

    api.push("NotificationAdded", {
      notificationAdded: {
        __typename: "Notification",
        id: "Tm90aWZpY2F0aW9uOjk=",
        title: "Booking confirmed",
        description: "Marcus confirmed BK-7KQ2-M9XD.",
        link: "/bookings",
        read: false,
        createdAt: "2030-03-01T10:00:00.000Z",
        type: "BOOKING",
      },
    });
    await waitFor(() => expect(screen.getByRole("link", { name: "Notifications, 3 unread" })).toBeTruthy());
    expect(screen.getByText("3")).toBeTruthy();
  });
});

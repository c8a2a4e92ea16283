import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, inject, it } from "vitest";
import WebSocket from "ws";
import { type CampusClient, CampusError, createCampusClient } from "../src/client.js";

const url = inject("campusUrl");
const clients: CampusClient[] = [];
const client = (accessToken?: string) => {
  const c = createCampusClient({ url, accessToken, webSocketImpl: WebSocket });
  clients.push(c);
  return c;
};
afterAll(async () => {
  for (const c of clients) await c.close();
});

const DAY = 86_400_000;

describe("the Campus SDK against the real API", () => {
  it("reads the catalog anonymously, typed", async () => {
    const courses = await client().courses({ first: 5 });
    expect(courses.totalCount).toBeGreaterThan(0);
    const first = courses.nodes[0]!;
    expect(typeof first.title).toBe("string");
    expect(first.price.currency).toMatch(/^[A-Z]{3}$/);
  });

  it("signs up, books a slot, sees it in my bookings and follows it live", async () => {
    const signUp = await client().signUp({
      email: `sdk-${randomUUID()}@example.com`,
      password: "a-long-unusual-password",
      firstName: "Sdk",
      lastName: "Tester",
    });
    expect(signUp.userErrors).toEqual([]);
    const me = client(signUp.tokens!.accessToken);
    expect((await me.viewer())?.id).toBe(signUp.viewer!.id);

    const from = new Date(Date.now() + DAY).toISOString();
    const to = new Date(Date.now() + 60 * DAY).toISOString();
    let slotId: string | undefined;
    for (const session of (await me.tutoringSessions({ first: 20 })).nodes) {
      const slots = await me.availableSlots({
        tutoringSessionId: session.id,
        from,
        to,
        timeZone: "UTC",
        first: 5,
      });
      slotId = slots.nodes.find((s) => s.seatsLeft > 0)?.id;
      if (slotId) break;
    }
    expect(slotId, "the seed offers bookable slots").toBeDefined();

    const events: { id: string; status: string }[] = [];
    const stop = me.onBookingUpdated((b) => events.push(b));
    await new Promise((resolve) => setTimeout(resolve, 500));

    const booked = await me.bookSlot({ slotId: slotId!, notes: "via the SDK" });
    expect(booked.userErrors).toEqual([]);
    const booking = booked.booking!;
    const mine = await me.myBookings({ first: 10 });
    expect(mine.nodes.map((b) => b.id)).toContain(booking.id);

    const cancelled = await me.cancelBooking({ bookingId: booking.id, reason: "Testing the SDK" });
    expect(cancelled.userErrors).toEqual([]);
    const deadline = Date.now() + 5_000;
    while (!events.some((e) => e.id === booking.id && e.status === "CANCELLED") && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    stop();
    expect(events.some((e) => e.id === booking.id && e.status === "CANCELLED")).toBe(true);
  });

  it("turns GraphQL errors into CampusError with the server's code", async () => {
    const error = await client()
      .myBookings()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CampusError);
    expect((error as CampusError).code).toBe("UNAUTHENTICATED");
  });
});

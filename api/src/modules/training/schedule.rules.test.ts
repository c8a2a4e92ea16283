import { describe, expect, it } from "vitest";
import {
  resolveScheduleCapacity,
  scheduleTimeErrors,
  seatPrice,
  seatsLeft,
  statusForSeats,
} from "./schedule.rules.js";

describe("resolveScheduleCapacity", () => {
  it("defaults to the course's maxCapacity", () => {
    expect(resolveScheduleCapacity({ requested: null, courseMaxCapacity: 12, venueCapacity: 20 })).toEqual({
      capacity: 12,
    });
  });

  it("uses 12 (seed 004's default) capped by the venue when the course says nothing", () => {
    expect(resolveScheduleCapacity({ requested: null, courseMaxCapacity: null, venueCapacity: 8 })).toEqual({
      capacity: 8,
    });
  });

  it("refuses more seats than the venue holds, requested or defaulted", () => {
    for (const args of [
      { requested: 25, courseMaxCapacity: 12, venueCapacity: 20 },
      { requested: null, courseMaxCapacity: 30, venueCapacity: 20 },
    ]) {
      const result = resolveScheduleCapacity(args);
      expect(result).toMatchObject({ error: { code: "INVALID", field: ["input", "capacity"] } });
    }
  });

  it("refuses zero or negative capacity", () => {
    expect(
      resolveScheduleCapacity({ requested: 0, courseMaxCapacity: 12, venueCapacity: 20 }),
    ).toHaveProperty("error");
  });
});

describe("scheduleTimeErrors", () => {
  const now = new Date("2027-01-01T00:00:00Z");
  it("accepts a future range", () => {
    expect(scheduleTimeErrors(new Date("2027-02-01T09:00Z"), new Date("2027-02-01T17:00Z"), now)).toEqual([]);
  });
  it("refuses end before start and a start in the past", () => {
    const errors = scheduleTimeErrors(new Date("2026-12-01T09:00Z"), new Date("2026-12-01T08:00Z"), now);
    expect(errors.map((e) => e.field?.[1])).toEqual(["endsAt", "startsAt"]);
  });
});

describe("seats and status", () => {
  it("counts seats left and flips PUBLISHED/FULL with the seats", () => {
    expect(seatsLeft({ capacity: 12, bookedCount: 5 })).toBe(7);
    expect(seatsLeft({ capacity: 3, bookedCount: 5 })).toBe(0);
    expect(statusForSeats("PUBLISHED", 12, 12)).toBe("FULL");
    expect(statusForSeats("FULL", 11, 12)).toBe("PUBLISHED");
    expect(statusForSeats("CANCELLED", 0, 12)).toBe("CANCELLED");
  });

  it("prices a seat from the override or the course", () => {
    const course = { priceCents: 9500, currency: "GBP" };
    expect(seatPrice({ priceCents: null, currency: null }, course)).toEqual({
      amountCents: 9500,
      currency: "GBP",
    });
    expect(seatPrice({ priceCents: 0, currency: "GBP" }, course)).toEqual({
      amountCents: 0,
      currency: "GBP",
    });
  });
});

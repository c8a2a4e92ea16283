import { describe, expect, it } from "vitest";
import { localInputInDays, type ScheduleValues, scheduleErrors, zonedLocalToIso } from "./schedule-form";

const values = (overrides: Partial<ScheduleValues> = {}): ScheduleValues => ({
  courseId: "Q291cnNlOjE=",
  venueId: "VmVudWU6MQ==",
  startsAt: "2030-03-04T09:00",
  endsAt: "2030-03-04T17:00",
  capacity: "10",
  publish: false,
  ...overrides,
});

const now = new Date("2030-01-01T00:00:00.000Z");
const lyon = { timeZone: "Europe/Paris", venueCapacity: 12, now };

describe("venue-local times", () => {
  it("reads a wall-clock time in the venue's zone, summer time included", () => {
    expect(zonedLocalToIso("2030-03-04T09:00", "Europe/Paris")).toBe("2030-03-04T08:00:00.000Z");
    expect(zonedLocalToIso("2030-07-04T09:00", "Europe/Paris")).toBe("2030-07-04T07:00:00.000Z");
    expect(zonedLocalToIso("2030-07-04T09:00", "America/New_York")).toBe("2030-07-04T13:00:00.000Z");
    // The day the clocks go forward in Paris (31 March 2030): after the change, summer offset.
    expect(zonedLocalToIso("2030-03-31T04:00", "Europe/Paris")).toBe("2030-03-31T02:00:00.000Z");
    expect(zonedLocalToIso("2030-03-31T01:00", "Europe/Paris")).toBe("2030-03-31T00:00:00.000Z");
  });

  it("refuses what is not a date and a time", () => {
    expect(zonedLocalToIso("2030-03-04", "Europe/Paris")).toBeNull();
    expect(zonedLocalToIso("tomorrow 9am", "Europe/Paris")).toBeNull();
  });

  it("proposes next week's days as the datetime input writes them", () => {
    expect(localInputInDays(7, "09:00", new Date(2030, 0, 28, 15, 30))).toBe("2030-02-04T09:00");
  });
});

describe("schedule form checks", () => {
  it("accepts a sound schedule", () => {
    expect(scheduleErrors(values(), lyon)).toEqual({});
  });

  it("wants the end after the start", () => {
    expect(scheduleErrors(values({ endsAt: "2030-03-04T09:00" }), lyon)).toEqual({
      endsAt: "endBeforeStart",
    });
    expect(scheduleErrors(values({ endsAt: "2030-03-03T17:00" }), lyon)).toEqual({
      endsAt: "endBeforeStart",
    });
    expect(scheduleErrors(values({ endsAt: "2030-03-19T17:00" }), lyon)).toEqual({ endsAt: "tooLong" });
  });

  it("wants a start in the future", () => {
    expect(scheduleErrors(values({ startsAt: "2029-12-31T09:00" }), lyon)).toEqual({
      startsAt: "startInPast",
      endsAt: "tooLong",
    });
  });

  it("wants a whole number of seats the venue holds", () => {
    expect(scheduleErrors(values({ capacity: "" }), lyon)).toEqual({ capacity: "required" });
    expect(scheduleErrors(values({ capacity: "0" }), lyon)).toEqual({ capacity: "capacityWhole" });
    expect(scheduleErrors(values({ capacity: "2.5" }), lyon)).toEqual({ capacity: "capacityWhole" });
    expect(scheduleErrors(values({ capacity: "13" }), lyon)).toEqual({ capacity: "capacityOverVenue" });
    expect(scheduleErrors(values({ capacity: "13" }), { ...lyon, venueCapacity: null })).toEqual({});
  });

  it("names every missing field", () => {
    expect(
      scheduleErrors(
        { courseId: "", venueId: "", startsAt: "", endsAt: "", capacity: "", publish: false },
        lyon,
      ),
    ).toEqual({
      courseId: "required",
      venueId: "required",
      startsAt: "required",
      endsAt: "required",
      capacity: "required",
    });
  });
});

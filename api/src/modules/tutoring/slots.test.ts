import { describe, expect, it } from "vitest";
import { windowsOverlap } from "./availability.rules.js";
import { type ExistingSlot, planSlots, reconcileSlots, type WindowSpec, windowOccurrences } from "./slots.js";
import { formatInZone, zonedInstant } from "./zoned-time.js";

const iso = (d: Date) => d.toISOString().replace(".000", "");
const session = { id: "s60", durationMinutes: 60, maxParticipants: 1 };
const window = (zone: string, day: number, start: number, end: number): WindowSpec => ({
  id: `w-${zone}-${day}`,
  dayOfWeek: day,
  startMinutes: start,
  endMinutes: end,
  timezone: zone,
});
const range = (from: string, to: string) => [new Date(from), new Date(to)] as const;

describe("a 09:00–11:00 window is 09:00 local on both sides of each DST change", () => {
  it.each([
    // Europe/Paris: spring forward 2026-03-29, fall back 2026-10-25 (Sundays).
    [
      "Europe/Paris",
      0,
      "2026-03-22",
      "2026-04-06",
      ["2026-03-22T08:00:00Z", "2026-03-29T07:00:00Z", "2026-04-05T07:00:00Z"],
    ],
    [
      "Europe/Paris",
      0,
      "2026-10-18",
      "2026-11-02",
      ["2026-10-18T07:00:00Z", "2026-10-25T08:00:00Z", "2026-11-01T08:00:00Z"],
    ],
    // America/New_York: spring forward 2026-03-08, fall back 2026-11-01 (Sundays).
    [
      "America/New_York",
      0,
      "2026-03-01",
      "2026-03-16",
      ["2026-03-01T14:00:00Z", "2026-03-08T13:00:00Z", "2026-03-15T13:00:00Z"],
    ],
    [
      "America/New_York",
      0,
      "2026-10-25",
      "2026-11-09",
      ["2026-10-25T13:00:00Z", "2026-11-01T14:00:00Z", "2026-11-08T14:00:00Z"],
    ],
    // Australia/Sydney (southern hemisphere): fall back 2026-04-05 03:00, spring forward 2026-10-04 02:00 (Sundays).
    [
      "Australia/Sydney",
      0,
      "2026-03-28",
      "2026-04-13",
      ["2026-03-28T22:00:00Z", "2026-04-04T23:00:00Z", "2026-04-11T23:00:00Z"],
    ],
    [
      "Australia/Sydney",
      0,
      "2026-09-26",
      "2026-10-12",
      ["2026-09-26T23:00:00Z", "2026-10-03T22:00:00Z", "2026-10-10T22:00:00Z"],
    ],
  ])("%s, day %i, week of %s", (zone, day, from, to, expected) => {
    const [start, end] = range(`${from}T00:00:00Z`, `${to}T00:00:00Z`);
    const slots = planSlots([window(zone, day, 9 * 60, 11 * 60)], [session], start, end);
    const firsts = slots.filter((_, i) => i % 2 === 0);
    expect(firsts.map((s) => iso(s.startsAt))).toEqual(expected);
    for (const slot of slots) {
      expect(formatInZone(slot.startsAt, zone)).toMatch(/T(09|10):00:00[+-]\d\d:\d\d$/);
      expect(slot.endsAt.getTime() - slot.startsAt.getTime()).toBe(3_600_000);
    }
  });
});

describe("windows spanning the changed hour", () => {
  it("is 2 real hours on Paris's spring-forward night (02:00–03:00 does not exist)", () => {
    const [from, to] = range("2026-03-28T00:00:00Z", "2026-03-30T00:00:00Z");
    const slots = planSlots([window("Europe/Paris", 0, 60, 240)], [session], from, to);
    expect(slots.map((s) => formatInZone(s.startsAt, "Europe/Paris"))).toEqual([
      "2026-03-29T01:00:00+01:00",
      "2026-03-29T03:00:00+02:00",
    ]);
  });

  it("is 4 real hours on New York's fall-back night (01:00–02:00 happens twice)", () => {
    const [from, to] = range("2026-10-31T00:00:00Z", "2026-11-03T00:00:00Z");
    const slots = planSlots([window("America/New_York", 0, 0, 180)], [session], from, to);
    expect(slots.map((s) => formatInZone(s.startsAt, "America/New_York"))).toEqual([
      "2026-11-01T00:00:00-04:00",
      "2026-11-01T01:00:00-04:00",
      "2026-11-01T01:00:00-05:00",
      "2026-11-01T02:00:00-05:00",
    ]);
  });

  it("reads a wall time in a gap forward and an ambiguous one as its first occurrence", () => {
    const date = { year: 2026, month: 10, day: 4 };
    expect(iso(zonedInstant("Australia/Sydney", date, 150))).toBe("2026-10-03T16:30:00Z"); // 02:30 → 03:30 AEDT
    const back = { year: 2026, month: 4, day: 5 };
    expect(iso(zonedInstant("Australia/Sydney", back, 150))).toBe("2026-04-04T15:30:00Z"); // first 02:30 (AEDT)
  });

  it("treats 24:00 as the next midnight", () => {
    const occurrences = windowOccurrences(
      window("Europe/Paris", 6, 22 * 60, 1440),
      new Date("2026-03-28T00:00:00Z"),
      new Date("2026-03-29T00:00:00Z"),
    );
    expect(occurrences.map((o) => [iso(o.startsAt), iso(o.endsAt)])).toEqual([
      ["2026-03-28T21:00:00Z", "2026-03-28T23:00:00Z"],
    ]);
  });
});

describe("planSlots", () => {
  it("cuts each window into back-to-back slots per session and skips slots before `from`", () => {
    const sessions = [session, { id: "s45", durationMinutes: 45, maxParticipants: 3 }];
    const [from, to] = range("2027-01-04T09:30:00Z", "2027-01-05T00:00:00Z"); // a Monday, UTC
    const slots = planSlots([window("UTC", 1, 9 * 60, 12 * 60)], sessions, from, to);
    expect(slots.map((s) => `${s.tutoringSessionId} ${iso(s.startsAt)}`)).toEqual([
      "s45 2027-01-04T09:45:00Z",
      "s60 2027-01-04T10:00:00Z",
      "s45 2027-01-04T10:30:00Z",
      "s60 2027-01-04T11:00:00Z",
      "s45 2027-01-04T11:15:00Z",
    ]);
    expect(slots.find((s) => s.tutoringSessionId === "s45")?.capacity).toBe(3);
  });
});

describe("reconcileSlots", () => {
  const at = (h: number) => new Date(Date.UTC(2027, 0, 4, h));
  const planned = (h: number, sessionId = "s60") => ({
    tutoringSessionId: sessionId,
    availabilityWindowId: "w",
    startsAt: at(h),
    endsAt: at(h + 1),
    capacity: 1,
  });
  const existing = (
    id: string,
    h: number,
    bookedCount = 0,
    status: ExistingSlot["status"] = "AVAILABLE",
    sessionId = "s60",
  ): ExistingSlot => ({
    id,
    tutoringSessionId: sessionId,
    startsAt: at(h),
    endsAt: at(h + 1),
    status,
    bookedCount,
  });

  it("creates missing slots, cancels unplanned free ones and never touches booked ones", () => {
    const result = reconcileSlots(
      [planned(9), planned(10)],
      [existing("a", 9), existing("b", 14), existing("c", 15, 1, "FULL")],
    );
    expect(result.create.map((s) => s.startsAt.getUTCHours())).toEqual([10]);
    expect(result.cancel).toEqual(["b"]);
    expect(result.open).toEqual([]);
    expect(result.block).toEqual([]);
  });

  it("blocks planned slots overlapping a booking of another session and reopens them after", () => {
    const booked = existing("x", 9, 1, "FULL", "s30");
    const blocked = reconcileSlots([planned(9), planned(10)], [booked, existing("a", 9)]);
    expect(blocked.block).toEqual(["a"]);
    expect(blocked.create.map((s) => s.status)).toEqual(["AVAILABLE"]);
    const reopened = reconcileSlots(
      [planned(9)],
      [{ ...booked, bookedCount: 0, status: "AVAILABLE" }, existing("a", 9, 0, "BLOCKED")],
    );
    expect(reopened.open).toEqual(["a"]);
  });
});

describe("windowsOverlap", () => {
  const from = new Date("2027-01-01T00:00:00Z");
  it("compares windows as real intervals, across zones", () => {
    expect(
      windowsOverlap(window("Europe/Paris", 1, 540, 720), window("Europe/Paris", 1, 660, 780), from),
    ).toBe(true);
    expect(
      windowsOverlap(window("Europe/Paris", 1, 540, 720), window("Europe/Paris", 1, 720, 780), from),
    ).toBe(false);
    expect(
      windowsOverlap(window("Europe/Paris", 1, 540, 720), window("Europe/London", 1, 600, 660), from),
    ).toBe(true);
    expect(
      windowsOverlap(window("Europe/Paris", 1, 540, 720), window("Europe/Paris", 2, 540, 720), from),
    ).toBe(false);
  });
});

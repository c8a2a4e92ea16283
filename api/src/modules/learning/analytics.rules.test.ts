import { describe, expect, it } from "vitest";
import { localDay, nextAverage, nextStreak, previousDay, streakAsOf } from "./analytics.rules.js";

describe("localDay", () => {
  it("uses the learner's time zone", () => {
    const instant = new Date("2026-03-01T23:30:00Z");
    expect(localDay(instant, "UTC")).toBe("2026-03-01");
    expect(localDay(instant, "Europe/Paris")).toBe("2026-03-02");
    expect(localDay(instant, "America/New_York")).toBe("2026-03-01");
    expect(localDay(instant, "Not/AZone")).toBe("2026-03-01");
  });

  it("steps back across months and leap days", () => {
    expect(previousDay("2026-03-01")).toBe("2026-02-28");
    expect(previousDay("2028-03-01")).toBe("2028-02-29");
  });
});

describe("streaks", () => {
  it("continues after yesterday, restarts after a gap, and counts a day once", () => {
    expect(nextStreak({ current: 4, longest: 4 }, { activeToday: false, activeYesterday: true })).toEqual({
      current: 5,
      longest: 5,
    });
    expect(nextStreak({ current: 4, longest: 9 }, { activeToday: false, activeYesterday: false })).toEqual({
      current: 1,
      longest: 9,
    });
    expect(nextStreak({ current: 4, longest: 9 }, { activeToday: true, activeYesterday: true })).toEqual({
      current: 4,
      longest: 9,
    });
  });

  it("reads a lapsed streak as 0", () => {
    expect(streakAsOf(5, "2026-03-01", "2026-03-01")).toBe(5);
    expect(streakAsOf(5, "2026-02-28", "2026-03-01")).toBe(5);
    expect(streakAsOf(5, "2026-02-27", "2026-03-01")).toBe(0);
    expect(streakAsOf(5, null, "2026-03-01")).toBe(0);
  });

  it("keeps a running average of the day's quiz percentages", () => {
    expect(nextAverage(null, 0, 80)).toBe(80);
    expect(nextAverage(80, 1, 50)).toBe(65);
    expect(nextAverage(65, 2, 100)).toBe(76.67);
  });
});

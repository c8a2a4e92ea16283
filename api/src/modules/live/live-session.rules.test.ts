import { describe, expect, it } from "vitest";
import { canTransition, isJoinable, placesLeft, transitionRefusal } from "./live-session.rules.js";

describe("live session transitions", () => {
  it("allow scheduled -> live -> completed and cancelling a scheduled session only", () => {
    expect(canTransition("SCHEDULED", "LIVE")).toBe(true);
    expect(canTransition("LIVE", "COMPLETED")).toBe(true);
    expect(canTransition("SCHEDULED", "CANCELLED")).toBe(true);
    for (const [from, to] of [
      ["SCHEDULED", "COMPLETED"],
      ["LIVE", "SCHEDULED"],
      ["LIVE", "CANCELLED"],
      ["COMPLETED", "LIVE"],
      ["CANCELLED", "SCHEDULED"],
      ["LIVE", "LIVE"],
    ] as const) {
      expect(canTransition(from, to), `${from} -> ${to}`).toBe(false);
      expect(transitionRefusal(from, to)).toEqual(expect.any(String));
    }
    expect(transitionRefusal("LIVE", "SCHEDULED")).toBe("A live session can only become completed.");
  });

  it("are joinable while scheduled or live and not over", () => {
    const now = new Date("2026-03-01T10:00:00Z");
    const later = new Date("2026-03-01T11:00:00Z");
    expect(isJoinable({ status: "LIVE", endsAt: later }, now)).toBe(true);
    expect(isJoinable({ status: "SCHEDULED", endsAt: now }, now)).toBe(false);
    expect(isJoinable({ status: "COMPLETED", endsAt: later }, now)).toBe(false);
    expect(placesLeft(10, 12)).toBe(0);
  });
});

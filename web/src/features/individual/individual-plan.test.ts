import { describe, expect, it } from "vitest";
import { readCurriculum, readSchedule } from "./individual-plan";
import { nodeIdFromLink } from "./linked-id";

describe("readSchedule", () => {
  it("keeps the weekly slots and drops the older dated shape and anything unreadable", () => {
    expect(
      readSchedule([
        { weekday: "TUE", time: "18:00", durationMinutes: 60 },
        { weekday: "THU", time: "9:00" },
        { session: 1, date: "2030-01-15T17:00:00.000Z", status: "COMPLETED" },
        "MON 10:00",
        null,
      ]),
    ).toEqual([{ weekday: "TUE", time: "18:00", durationMinutes: 60 }]);
    expect(readSchedule(null)).toEqual([]);
    expect(readSchedule({ weekday: "TUE" })).toEqual([]);
  });
});

describe("readCurriculum", () => {
  it("reads modules with a title or a topic, in order", () => {
    expect(
      readCurriculum([
        { week: 2, topic: "Signalisation" },
        { title: "Défense", topics: ["Entames", 3, " "], hours: 2, objectives: "Défendre" },
        { hours: 1 },
      ]),
    ).toEqual([
      { title: "Signalisation", week: 2, topics: [], hours: null, objectives: null },
      { title: "Défense", week: null, topics: ["Entames"], hours: 2, objectives: "Défendre" },
    ]);
  });
});

describe("nodeIdFromLink", () => {
  it("turns an email's uuid into the API's global id and leaves global ids alone", () => {
    const id = nodeIdFromLink("Booking", "0192F3A4-5B6C-7D8E-9F00-112233445566");
    expect(id).not.toMatch(/[+/=]/);
    expect(atob(id.replace(/-/g, "+").replace(/_/g, "/"))).toBe(
      "Booking:0192f3a4-5b6c-7d8e-9f00-112233445566",
    );
    expect(nodeIdFromLink("Booking", "Qm9va2luZzox")).toBe("Qm9va2luZzox");
  });
});

import { describe, expect, it } from "vitest";
import { mergeProgress, summarizeProgress } from "./progress.rules.js";

const now = new Date("2026-03-01T10:00:00Z");
const earlier = new Date("2026-02-01T10:00:00Z");

describe("summarizeProgress", () => {
  it("rounds down so 100 % means every lesson", () => {
    expect(summarizeProgress({ totalLessons: 3, completedLessons: 2, unpassedFinalExams: 0 })).toMatchObject({
      progressPercentage: 66,
      complete: false,
    });
    expect(
      summarizeProgress({ totalLessons: 200, completedLessons: 199, unpassedFinalExams: 0 })
        .progressPercentage,
    ).toBe(99);
  });

  it("completes only with every lesson and every final exam passed", () => {
    expect(summarizeProgress({ totalLessons: 2, completedLessons: 2, unpassedFinalExams: 0 }).complete).toBe(
      true,
    );
    expect(summarizeProgress({ totalLessons: 2, completedLessons: 2, unpassedFinalExams: 1 })).toMatchObject({
      progressPercentage: 100,
      complete: false,
    });
    expect(summarizeProgress({ totalLessons: 0, completedLessons: 0, unpassedFinalExams: 0 })).toMatchObject({
      progressPercentage: 0,
      complete: false,
    });
  });

  it("never reports more completed lessons than the course has (a lesson was deleted)", () => {
    expect(summarizeProgress({ totalLessons: 2, completedLessons: 3, unpassedFinalExams: 0 })).toMatchObject({
      completedLessons: 2,
      progressPercentage: 100,
    });
  });
});

describe("mergeProgress", () => {
  it("starts a lesson on any activity", () => {
    expect(mergeProgress(null, { videoPositionSeconds: 10 }, now)).toMatchObject({
      status: "IN_PROGRESS",
      startedAt: now,
      completedAt: null,
      justCompleted: false,
    });
    expect(mergeProgress(null, { notes: "n" }, now).status).toBe("NOT_STARTED");
  });

  it("completes once and never goes back", () => {
    const done = mergeProgress(null, { status: "COMPLETED" }, now);
    expect(done).toMatchObject({
      status: "COMPLETED",
      startedAt: now,
      completedAt: now,
      justCompleted: true,
    });
    const stored = {
      status: "COMPLETED" as const,
      startedAt: earlier,
      completedAt: earlier,
      videoCompleted: false,
    };
    expect(mergeProgress(stored, { status: "IN_PROGRESS" }, now)).toMatchObject({
      status: "COMPLETED",
      completedAt: earlier,
      justCompleted: false,
    });
    expect(mergeProgress(stored, { status: "COMPLETED" }, now).justCompleted).toBe(false);
  });

  it("counts a finished video once", () => {
    const first = mergeProgress(null, { videoCompleted: true }, now);
    expect(first.videoJustCompleted).toBe(true);
    const stored = {
      status: "IN_PROGRESS" as const,
      startedAt: earlier,
      completedAt: null,
      videoCompleted: true,
    };
    expect(mergeProgress(stored, { videoCompleted: false }, now)).toMatchObject({
      videoCompleted: true,
      videoJustCompleted: false,
    });
  });
});

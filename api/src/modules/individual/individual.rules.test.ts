import { describe, expect, it } from "vitest";
import { canMoveCourse, courseTransitionError, curriculumSchema } from "./individual-course.rules.js";
import { answerError, formatQuoteNumber, priceBreakdown } from "./quote.rules.js";

const base = {
  hourlyRateCents: 5000,
  estimatedHours: 10,
  customizationFeeCents: 2000,
  materialsFeeCents: 1000,
  discountAmountCents: 500,
};

describe("quote breakdown", () => {
  it("computes base = rate × hours and total = base + fees − discount", () => {
    expect(priceBreakdown(base)).toEqual({ priced: { basePriceCents: 50_000, totalPriceCents: 52_500 } });
    expect(priceBreakdown({ ...base, basePriceCents: 50_000, expectedTotalCents: 52_500 })).toHaveProperty(
      "priced",
    );
  });
  it("refuses a total, a base or a discount that does not add up", () => {
    const r = priceBreakdown({
      ...base,
      basePriceCents: 40_000,
      expectedTotalCents: 1,
      discountAmountCents: 999_999,
    });
    expect("problems" in r && r.problems.map((p) => p.field)).toEqual([
      "basePriceCents",
      "discountAmountCents",
      "expectedTotalCents",
    ]);
  });
});

describe("quote answers", () => {
  const now = new Date("2026-06-01T00:00:00Z");
  const later = new Date("2026-07-01T00:00:00Z");
  it("accepts an open quote, refuses expired and answered ones", () => {
    expect(answerError({ status: "VIEWED", validUntil: later }, now)).toBeNull();
    expect(answerError({ status: "SENT", validUntil: now }, now)?.code).toBe("EXPIRED");
    expect(answerError({ status: "EXPIRED", validUntil: later }, now)?.code).toBe("EXPIRED");
    expect(answerError({ status: "ACCEPTED", validUntil: later }, now)?.code).toBe("INVALID_STATE");
    expect(answerError({ status: "DRAFT", validUntil: later }, now)?.code).toBe("INVALID_STATE");
  });
  it("formats IQ-YYYY-NNNN", () => {
    expect(formatQuoteNumber(2027, 1)).toBe("IQ-2027-0001");
    expect(formatQuoteNumber(2027, 12345)).toBe("IQ-2027-12345");
  });
});

describe("course status machine", () => {
  it("allows only the seed's moves", () => {
    expect(canMoveCourse("INQUIRY", "QUOTED")).toBe(true);
    expect(canMoveCourse("QUOTED", "CONFIRMED")).toBe(true);
    expect(canMoveCourse("CONFIRMED", "IN_PROGRESS")).toBe(true);
    expect(canMoveCourse("IN_PROGRESS", "COMPLETED")).toBe(true);
    expect(canMoveCourse("INQUIRY", "COMPLETED")).toBe(false);
    expect(canMoveCourse("COMPLETED", "CANCELLED")).toBe(false);
    expect(courseTransitionError("CANCELLED", "INQUIRY")).toMatch(/no longer change/);
  });
  it("validates the curriculum JSON", () => {
    expect(curriculumSchema.safeParse([{ title: "Bidding", topics: ["Stayman"], hours: 2 }]).success).toBe(
      true,
    );
    expect(curriculumSchema.safeParse([{ topics: [] }]).success).toBe(false);
    expect(curriculumSchema.safeParse({ title: "x" }).success).toBe(false);
  });
});

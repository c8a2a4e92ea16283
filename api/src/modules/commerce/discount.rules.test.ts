import { describe, expect, it } from "vitest";
import {
  appliesTo,
  type DiscountCodeRule,
  discountAmount,
  discountProblem,
  normalizeCode,
} from "./discount.rules.js";

const now = new Date("2026-11-22T12:00:00Z");
const rule = (over: Partial<DiscountCodeRule> = {}): DiscountCodeRule => ({
  discountType: "PERCENTAGE",
  discountValue: 20,
  currency: null,
  minPurchaseCents: null,
  scope: "ALL",
  applicableCourseIds: [],
  format: null,
  courseTypeRestriction: null,
  maxUses: null,
  usedCount: 0,
  validFrom: new Date("2026-01-01T00:00:00Z"),
  validUntil: null,
  isActive: true,
  ...over,
});
const course = { kind: "COURSE_PURCHASE" as const, courseId: "c1", format: "SELF_PACED", courseType: null };
const seat = { kind: "SCHEDULE_SEAT" as const, courseId: "c2", format: "IN_PERSON", courseType: "FAW" };

describe("discount rules", () => {
  it("scopes by kind of purchase, then narrows by course, format and course type", () => {
    expect(appliesTo(rule({ scope: "COURSES" }), course)).toBe(true);
    expect(appliesTo(rule({ scope: "COURSES" }), seat)).toBe(false);
    expect(appliesTo(rule({ scope: "BOOKINGS" }), { kind: "TUTORING_SLOT" })).toBe(true);
    expect(appliesTo(rule({ scope: "BOOKINGS", courseTypeRestriction: "FAW" }), seat)).toBe(true);
    expect(appliesTo(rule({ scope: "BOOKINGS", courseTypeRestriction: "EFAW" }), seat)).toBe(false);
    expect(
      appliesTo(rule({ scope: "BOOKINGS", courseTypeRestriction: "FAW" }), { kind: "TUTORING_SLOT" }),
    ).toBe(false);
    expect(appliesTo(rule({ applicableCourseIds: ["c1"] }), course)).toBe(true);
    expect(appliesTo(rule({ applicableCourseIds: ["c9"] }), course)).toBe(false);
    expect(appliesTo(rule({ scope: "COURSE_FORMAT", format: "IN_PERSON" }), seat)).toBe(true);
    expect(appliesTo(rule({ scope: "SUBSCRIPTIONS" }), { kind: "SUBSCRIPTION", courseId: null })).toBe(true);
  });

  it("names one specific reason, in order", () => {
    const purchase = { target: course, priceCents: 4900, currency: "EUR" };
    expect(discountProblem(rule(), purchase, now)).toBeNull();
    expect(discountProblem(rule({ isActive: false, validUntil: new Date(0) }), purchase, now)?.code).toBe(
      "INACTIVE",
    );
    expect(discountProblem(rule({ validFrom: new Date("2027-01-01") }), purchase, now)?.code).toBe(
      "NOT_YET_VALID",
    );
    expect(discountProblem(rule({ validUntil: now }), purchase, now)?.code).toBe("EXPIRED");
    expect(discountProblem(rule({ scope: "BOOKINGS" }), purchase, now)?.code).toBe("NOT_APPLICABLE");
    expect(
      discountProblem(
        rule({ discountType: "FIXED_AMOUNT", discountValue: 500, currency: "GBP" }),
        purchase,
        now,
      )?.code,
    ).toBe("NOT_APPLICABLE");
    expect(discountProblem(rule({ minPurchaseCents: 5000, currency: "EUR" }), purchase, now)).toMatchObject({
      code: "BELOW_MINIMUM",
      message: expect.stringContaining("€50.00"),
    });
    expect(discountProblem(rule({ maxUses: 3, usedCount: 3 }), purchase, now)?.code).toBe("LIMIT_REACHED");
  });

  it("takes a rounded percentage or a fixed amount, never more than the price", () => {
    expect(discountAmount({ discountType: "PERCENTAGE", discountValue: 15 }, 999)).toBe(150);
    expect(discountAmount({ discountType: "PERCENTAGE", discountValue: 100 }, 999)).toBe(999);
    expect(discountAmount({ discountType: "FIXED_AMOUNT", discountValue: 1500 }, 1000)).toBe(1000);
    expect(normalizeCode("  spring-25 ")).toBe("SPRING-25");
  });
});

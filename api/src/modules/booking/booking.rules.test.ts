import { describe, expect, it } from "vitest";
import {
  cancellationPolicy,
  newBookingReference,
  paymentStatusAfterCancel,
  refundPercent,
  transitionError,
} from "./booking.rules.js";

describe("newBookingReference", () => {
  it("is BK-XXXX-XXXX in an unambiguous alphabet", () => {
    for (let i = 0; i < 200; i += 1)
      expect(newBookingReference()).toMatch(/^BK-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
    expect(newBookingReference(() => 0)).toBe("BK-0000-0000");
  });
});

describe("cancellation policy", () => {
  const start = new Date("2027-06-10T09:00:00Z");
  it("gives tutoring a 24 h and classes a 7 day full-refund window", () => {
    expect(cancellationPolicy("TUTORING_SLOT", start).refundableUntil.toISOString()).toBe(
      "2027-06-09T09:00:00.000Z",
    );
    expect(cancellationPolicy("SCHEDULE_SEAT", start).refundableUntil.toISOString()).toBe(
      "2027-06-03T09:00:00.000Z",
    );
  });

  it("refunds learners by the policy and everyone else's cancellations in full", () => {
    const policy = cancellationPolicy("TUTORING_SLOT", start);
    expect(refundPercent(policy, new Date("2027-06-09T08:59:00Z"), "LEARNER")).toBe(100);
    expect(refundPercent(policy, new Date("2027-06-09T09:01:00Z"), "LEARNER")).toBe(50);
    expect(refundPercent(policy, new Date("2027-06-10T08:00:00Z"), "EXPERT")).toBe(100);
    expect(refundPercent(policy, new Date("2027-06-10T08:00:00Z"), "ADMIN")).toBe(100);
  });
});

describe("status transitions", () => {
  it("allows the lifecycle and refuses everything else", () => {
    expect(transitionError("PENDING", "CONFIRMED")).toBeNull();
    expect(transitionError("PENDING", "DECLINED")).toBeNull();
    expect(transitionError("CONFIRMED", "COMPLETED")).toBeNull();
    expect(transitionError("CONFIRMED", "DECLINED")).toMatch(/confirmed/);
    expect(transitionError("CANCELLED", "CANCELLED")).toMatch(/cancelled/);
    expect(transitionError("NO_SHOW", "COMPLETED")).toMatch(/no-show/);
  });

  it("releases payments not taken yet and keeps paid ones for the refund step", () => {
    expect(paymentStatusAfterCancel("PENDING")).toBe("RELEASED");
    expect(paymentStatusAfterCancel("AUTHORIZED")).toBe("RELEASED");
    expect(paymentStatusAfterCancel("PAID")).toBe("PAID");
    expect(paymentStatusAfterCancel("NOT_REQUIRED")).toBe("NOT_REQUIRED");
  });
});

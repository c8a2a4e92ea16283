import { describe, expect, it } from "vitest";
import { canMove, policyRefundCents, refundedStatus, statusOfIntent } from "./ledger.rules.js";

describe("ledger rules", () => {
  it("reads the ledger status from the intent", () => {
    expect(statusOfIntent({ status: "requires_capture", lastError: null })).toBe("AUTHORIZED");
    expect(statusOfIntent({ status: "succeeded", lastError: null })).toBe("SUCCEEDED");
    expect(statusOfIntent({ status: "canceled", lastError: null })).toBe("CANCELLED");
    expect(statusOfIntent({ status: "requires_payment_method", lastError: "declined" })).toBe("FAILED");
    expect(statusOfIntent({ status: "requires_payment_method", lastError: null })).toBe("PENDING");
    expect(statusOfIntent({ status: "processing", lastError: null })).toBe("PENDING");
  });

  it("moves forward only, so late or repeated events change nothing", () => {
    expect(canMove("PENDING", "AUTHORIZED")).toBe(true);
    expect(canMove("FAILED", "SUCCEEDED")).toBe(true); // another card
    expect(canMove("AUTHORIZED", "SUCCEEDED")).toBe(true);
    expect(canMove("AUTHORIZED", "FAILED")).toBe(false);
    expect(canMove("AUTHORIZED", "PENDING")).toBe(false);
    expect(canMove("SUCCEEDED", "FAILED")).toBe(false);
    expect(canMove("SUCCEEDED", "SUCCEEDED")).toBe(false);
    expect(canMove("CANCELLED", "SUCCEEDED")).toBe(false);
    expect(canMove("PARTIALLY_REFUNDED", "CANCELLED")).toBe(false);
  });

  it("refunds the policy's share rounded down, and names the result", () => {
    expect(policyRefundCents(4999, 50)).toBe(2499);
    expect(policyRefundCents(5000, 100)).toBe(5000);
    expect(refundedStatus(5000, 2500)).toBe("PARTIALLY_REFUNDED");
    expect(refundedStatus(5000, 5000)).toBe("REFUNDED");
  });
});

// Pure rules of the payment ledger, unit-tested in ledger.rules.test.ts.
import type { GatewayIntent } from "../../payments/gateway.js";

export type LedgerStatus =
  | "PENDING"
  | "AUTHORIZED"
  | "SUCCEEDED"
  | "FAILED"
  | "CANCELLED"
  | "EXPIRED"
  | "PARTIALLY_REFUNDED"
  | "REFUNDED";

/** What the provider's intent says about the payment. */
export function statusOfIntent(intent: Pick<GatewayIntent, "status" | "lastError">): LedgerStatus {
  switch (intent.status) {
    case "requires_capture":
      return "AUTHORIZED";
    case "succeeded":
      return "SUCCEEDED";
    case "canceled":
      return "CANCELLED";
    case "requires_payment_method":
      return intent.lastError ? "FAILED" : "PENDING";
    default:
      return "PENDING";
  }
}

const TERMINAL: LedgerStatus[] = ["CANCELLED", "EXPIRED", "REFUNDED"];
// Once money is taken only refunds move the row (refund rows, not intent states).
const CHARGED: LedgerStatus[] = ["SUCCEEDED", "PARTIALLY_REFUNDED", "REFUNDED"];

/**
 * Whether an intent state may move a ledger row from `from` to `to`. Events
 * and confirmations arrive in any order and more than once: only forward
 * moves apply, so a late `payment_failed` never undoes a success. FAILED is not
 * final: the customer may confirm the same intent again with another card.
 */
export function canMove(from: LedgerStatus, to: LedgerStatus): boolean {
  if (from === to || TERMINAL.includes(from) || CHARGED.includes(from)) return false;
  if (from === "AUTHORIZED") return to === "SUCCEEDED" || to === "CANCELLED" || to === "EXPIRED";
  return true;
}

/** Status of a charge after refunds. */
export const refundedStatus = (capturedCents: number, refundedCents: number): LedgerStatus =>
  refundedCents >= capturedCents ? "REFUNDED" : "PARTIALLY_REFUNDED";

/** The refund a cancellation owes: `percent` of what was captured, rounded down to the cent. */
export const policyRefundCents = (capturedCents: number, percent: number) =>
  Math.floor((capturedCents * percent) / 100);

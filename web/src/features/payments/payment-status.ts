import type { BadgeTone } from "../../components/Badge";
import type { PaymentKind, PaymentStatus } from "../../gql/graphql";

export const PAYMENT_TONES: Record<PaymentStatus, BadgeTone> = {
  PENDING: "warning",
  FAILED: "danger",
  AUTHORIZED: "info",
  SUCCEEDED: "success",
  CANCELLED: "neutral",
  EXPIRED: "neutral",
  REFUNDED: "info",
  PARTIALLY_REFUNDED: "info",
};

/**
 * Whether the student can still pay it: waiting for a card, or declined and open to
 * another one (the API's `paymentAction` answers for these; a refund is never paid).
 */
export const isDue = (payment: { kind: PaymentKind; status: PaymentStatus }): boolean =>
  payment.kind !== "REFUND" && (payment.status === "PENDING" || payment.status === "FAILED");

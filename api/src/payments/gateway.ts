// The one seam between Campus and a payment provider. Two implementations:
// stripe-gateway.ts (the real SDK) and offline-gateway.ts (simulated intents,
// the embedded default). Both follow Stripe's PaymentIntent state machine, so
// the services above them never know which one they talk to.
import type { Prisma } from "../generated/prisma/client.js";

/** Stripe's PaymentIntent statuses, which the offline gateway reproduces. */
export type IntentStatus =
  | "requires_payment_method"
  | "requires_confirmation"
  | "requires_action"
  | "processing"
  | "requires_capture"
  | "canceled"
  | "succeeded";

export type CaptureMethod = "automatic" | "manual";

/** What Campus needs to know of a payment intent, whoever holds it. */
export interface GatewayIntent {
  id: string;
  status: IntentStatus;
  amountCents: number;
  /** Authorized and not yet captured (manual capture). */
  amountCapturableCents: number;
  /** Captured so far. */
  amountReceivedCents: number;
  currency: string;
  captureMethod: CaptureMethod;
  /** Handed to the client to confirm the card; never stored by Campus. */
  clientSecret: string | null;
  latestChargeId: string | null;
  /** Why the last confirmation failed (a declined card), if it did. */
  lastError: string | null;
  metadata: Record<string, string>;
}

export interface GatewayRefund {
  id: string;
  paymentIntentId: string;
  amountCents: number;
  status: "pending" | "succeeded" | "failed" | "canceled" | "requires_action";
}

export interface CreateIntentArgs {
  amountCents: number;
  currency: string;
  captureMethod: CaptureMethod;
  description: string;
  metadata: Record<string, string>;
  /** Confirm at once with this payment method (server-side confirmation); else the client confirms. */
  paymentMethodId?: string | null;
}

export type GatewayErrorKind = "card" | "invalid_request" | "not_found" | "api" | "connection";

/**
 * A provider refused or failed a request. `card` errors are the customer's
 * (declined); the others are ours or the provider's and are retried or surfaced.
 */
export class PaymentGatewayError extends Error {
  constructor(
    readonly kind: GatewayErrorKind,
    message: string,
    readonly code: string | null = null,
  ) {
    super(message);
    this.name = "PaymentGatewayError";
  }
}

/**
 * Every call that changes something takes a deterministic idempotency key
 * (e.g. `capture:<bookingId>`): a retried mutation repeats the key, and the
 * provider answers the retry with the first call's result instead of acting twice.
 */
export interface PaymentGateway {
  readonly provider: "STRIPE" | "OFFLINE";
  /**
   * The same gateway working inside the caller's open transaction, for a
   * gateway that keeps its state in our database (the offline one): it must
   * not open a second transaction while one is held (PGlite has one
   * connection, so that would wait on itself). Absent for a remote provider.
   */
  inTransaction?(tx: Prisma.TransactionClient): PaymentGateway;
  /** Card declines are not thrown: the intent comes back with `lastError`, as Stripe leaves it. */
  createIntent(args: CreateIntentArgs, idempotencyKey: string): Promise<GatewayIntent>;
  retrieveIntent(id: string): Promise<GatewayIntent>;
  /** Confirms with a payment method; a decline comes back as the intent with `lastError`. */
  confirmIntent(id: string, paymentMethodId: string, idempotencyKey: string): Promise<GatewayIntent>;
  /** Captures an authorization (all of it when `amountCents` is omitted). */
  captureIntent(id: string, amountCents: number | null, idempotencyKey: string): Promise<GatewayIntent>;
  /** Releases an authorization or abandons an unpaid intent. */
  cancelIntent(id: string, idempotencyKey: string): Promise<GatewayIntent>;
  refund(
    paymentIntentId: string,
    amountCents: number,
    idempotencyKey: string,
    metadata: Record<string, string>,
  ): Promise<GatewayRefund>;
}

/** The gateway to call from inside the transaction `tx` (see `PaymentGateway.inTransaction`). */
export const gatewayIn = (gateway: PaymentGateway, tx: Prisma.TransactionClient): PaymentGateway =>
  gateway.inTransaction?.(tx) ?? gateway;

/** Intents that can still be confirmed, captured or cancelled. */
export const isOpenIntent = (status: IntentStatus) => status !== "canceled" && status !== "succeeded";

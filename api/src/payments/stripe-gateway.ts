import Stripe from "stripe";
import {
  type CaptureMethod,
  type CreateIntentArgs,
  type GatewayIntent,
  type GatewayRefund,
  type IntentStatus,
  type PaymentGateway,
  PaymentGatewayError,
} from "./gateway.js";

export interface StripeGatewayConfig {
  secretKey: string;
  /** Another API host (tests point the SDK at a local fake): http(s)://host:port. */
  apiBase?: string;
}

/**
 * The SDK client. Its timeout stays well under the booking transactions' 20 s,
 * because captures, cancellations and refunds run while the booking row is
 * locked; one automatic retry reuses the request's idempotency key.
 */
export function createStripeClient(config: StripeGatewayConfig): Stripe {
  const base = config.apiBase ? new URL(config.apiBase) : null;
  return new Stripe(config.secretKey, {
    maxNetworkRetries: 1,
    timeout: 8_000,
    telemetry: false,
    ...(base
      ? {
          host: base.hostname,
          port: base.port || (base.protocol === "http:" ? "80" : "443"),
          protocol: base.protocol === "http:" ? "http" : "https",
        }
      : {}),
  });
}

const idOf = (value: string | { id: string } | null | undefined) =>
  value == null ? null : typeof value === "string" ? value : value.id;

/** Stripe's PaymentIntent as the gateway's neutral shape. */
export function fromStripeIntent(pi: Stripe.PaymentIntent): GatewayIntent {
  return {
    id: pi.id,
    status: pi.status as IntentStatus,
    amountCents: pi.amount,
    amountCapturableCents: pi.amount_capturable ?? 0,
    amountReceivedCents: pi.amount_received ?? 0,
    currency: (pi.currency ?? "").toUpperCase(),
    captureMethod: (pi.capture_method === "automatic" ? "automatic" : "manual") as CaptureMethod,
    clientSecret: pi.client_secret ?? null,
    latestChargeId: idOf(pi.latest_charge),
    lastError: pi.last_payment_error?.message ?? null,
    metadata: { ...(pi.metadata ?? {}) },
  };
}

/** SDK errors in the gateway's terms; a declined card keeps the intent Stripe attached to it. */
function translate(error: unknown): PaymentGatewayError {
  if (error instanceof Stripe.errors.StripeError) {
    const kind =
      error.type === "StripeCardError"
        ? "card"
        : error.type === "StripeConnectionError"
          ? "connection"
          : error.statusCode === 404 || error.code === "resource_missing"
            ? "not_found"
            : error.type === "StripeInvalidRequestError"
              ? "invalid_request"
              : "api";
    return new PaymentGatewayError(kind, error.message, error.code ?? null);
  }
  return new PaymentGatewayError("api", error instanceof Error ? error.message : String(error));
}

/** A declined confirmation is a state of the intent, not a failure of the call. */
function declinedIntent(error: unknown): GatewayIntent | null {
  if (!(error instanceof Stripe.errors.StripeCardError)) return null;
  const pi = error.payment_intent as Stripe.PaymentIntent | undefined;
  return pi?.id ? fromStripeIntent(pi) : null;
}

export class StripeGateway implements PaymentGateway {
  readonly provider = "STRIPE" as const;

  constructor(private readonly stripe: Stripe) {}

  private async call<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      throw translate(error);
    }
  }

  async createIntent(args: CreateIntentArgs, idempotencyKey: string): Promise<GatewayIntent> {
    try {
      const pi = await this.stripe.paymentIntents.create(
        {
          amount: args.amountCents,
          currency: args.currency.toLowerCase(),
          capture_method: args.captureMethod,
          description: args.description,
          metadata: args.metadata,
          // Cards and wallets; no redirect-based methods, so a server-side confirmation needs no return_url.
          automatic_payment_methods: { enabled: true, allow_redirects: "never" },
          ...(args.paymentMethodId ? { payment_method: args.paymentMethodId, confirm: true } : {}),
        },
        { idempotencyKey },
      );
      return fromStripeIntent(pi);
    } catch (error) {
      const declined = declinedIntent(error);
      if (declined) return declined;
      throw translate(error);
    }
  }

  retrieveIntent(id: string): Promise<GatewayIntent> {
    return this.call(async () => fromStripeIntent(await this.stripe.paymentIntents.retrieve(id)));
  }

  async confirmIntent(id: string, paymentMethodId: string, idempotencyKey: string): Promise<GatewayIntent> {
    try {
      const pi = await this.stripe.paymentIntents.confirm(
        id,
        { payment_method: paymentMethodId },
        { idempotencyKey },
      );
      return fromStripeIntent(pi);
    } catch (error) {
      const declined = declinedIntent(error);
      if (declined) return declined;
      throw translate(error);
    }
  }

  captureIntent(id: string, amountCents: number | null, idempotencyKey: string): Promise<GatewayIntent> {
    return this.call(async () =>
      fromStripeIntent(
        await this.stripe.paymentIntents.capture(
          id,
          amountCents == null ? {} : { amount_to_capture: amountCents },
          { idempotencyKey },
        ),
      ),
    );
  }

  cancelIntent(id: string, idempotencyKey: string): Promise<GatewayIntent> {
    return this.call(async () =>
      fromStripeIntent(await this.stripe.paymentIntents.cancel(id, {}, { idempotencyKey })),
    );
  }

  refund(
    paymentIntentId: string,
    amountCents: number,
    idempotencyKey: string,
    metadata: Record<string, string>,
  ): Promise<GatewayRefund> {
    return this.call(async () => {
      const refund = await this.stripe.refunds.create(
        { payment_intent: paymentIntentId, amount: amountCents, metadata },
        { idempotencyKey },
      );
      return {
        id: refund.id,
        paymentIntentId,
        amountCents: refund.amount,
        status: (refund.status ?? "pending") as GatewayRefund["status"],
      };
    });
  }
}

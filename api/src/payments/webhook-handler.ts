// Stripe webhooks (POST /webhooks/stripe). Each delivery is verified against
// the raw body with Stripe's signature scheme and its 5-minute timestamp
// tolerance, then applied once: the event id goes into stripe_events in the
// same transaction as the event's effect, so a redelivery (or ten parallel
// ones) finds it there and changes nothing. Events may arrive out of order, so
// a payment_intent event is not applied from its own copy of the intent: the
// intent is read as it is now and that state is applied (forward only).
import type Stripe from "stripe";
import type { CampusPrisma } from "../db/client.js";
import type { Prisma } from "../generated/prisma/client.js";
import type { Logger } from "../logger.js";
import { PendingEvents } from "../realtime/pending-events.js";
import type { CampusPubSub } from "../realtime/pubsub.js";
import { type GatewayIntent, type PaymentGateway, PaymentGatewayError } from "./gateway.js";

/** Event types with an effect; every other type is acknowledged and recorded, nothing more. */
export const HANDLED_EVENTS = new Set([
  "payment_intent.succeeded",
  "payment_intent.amount_capturable_updated",
  "payment_intent.payment_failed",
  "payment_intent.canceled",
  "payment_intent.processing",
]);

export interface WebhookResult {
  status: number;
  body: { received: boolean; duplicate?: boolean; ignored?: boolean; error?: string };
}

export interface WebhookDeps {
  prisma: CampusPrisma;
  pubsub: CampusPubSub;
  gateway: PaymentGateway;
  logger: Logger;
  /** A Stripe client, for `webhooks.constructEvent`. */
  stripe: Stripe;
  webhookSecret: string;
  /** Applies an intent's current state to Campus (modules/commerce/reconcile.ts). */
  reconcile: (tx: Prisma.TransactionClient, events: PendingEvents, intent: GatewayIntent) => Promise<unknown>;
}

export class StripeWebhookHandler {
  constructor(private readonly deps: WebhookDeps) {}

  async handle(rawBody: Buffer, signature: string | undefined): Promise<WebhookResult> {
    let event: Stripe.Event;
    try {
      // Default tolerance: 300 s, Stripe's own; a replayed old delivery fails here.
      event = this.deps.stripe.webhooks.constructEvent(rawBody, signature ?? "", this.deps.webhookSecret);
    } catch (error) {
      this.deps.logger.warn({ err: error }, "rejected a Stripe webhook");
      return { status: 400, body: { received: false, error: "Invalid signature." } };
    }
    // Fast path for redeliveries (no provider call); the insert below stays the judge.
    if (await this.deps.prisma.stripeEvent.findUnique({ where: { id: event.id }, select: { id: true } }))
      return { status: 200, body: { received: true, duplicate: true } };
    const intent = HANDLED_EVENTS.has(event.type) ? await this.currentIntent(event) : null;
    const events = new PendingEvents();
    const applied = await this.deps.prisma.$transaction(
      async (tx) => {
        const inserted = await tx.$executeRaw`
          INSERT INTO stripe_events (id, type, payload, processed_at, created_at, updated_at)
          VALUES (${event.id}, ${event.type}, ${JSON.stringify(event)}::jsonb, now(), now(), now())
          ON CONFLICT (id) DO NOTHING`;
        // A concurrent delivery of the same event waits on that insert, then finds it: one effect.
        if (inserted === 0) return false;
        if (intent) await this.deps.reconcile(tx, events, intent);
        return true;
      },
      { maxWait: 15_000, timeout: 20_000 },
    );
    events.publish(this.deps.pubsub);
    return { status: 200, body: { received: true, duplicate: !applied, ignored: intent === null } };
  }

  /** The intent as it is now; null when it is not ours to know (another integration on the account). */
  private async currentIntent(event: Stripe.Event): Promise<GatewayIntent | null> {
    const object = event.data.object as { id?: unknown; object?: unknown };
    if (object.object !== "payment_intent" || typeof object.id !== "string") return null;
    try {
      return await this.deps.gateway.retrieveIntent(object.id);
    } catch (error) {
      if (error instanceof PaymentGatewayError && error.kind === "not_found") return null;
      throw error; // 500: Stripe delivers it again later
    }
  }
}

// A small local stand-in for Stripe's API (stripe-mock is not installable and
// Stripe is unreachable here): the real `stripe` SDK is pointed at it through
// STRIPE_API_BASE. It keeps PaymentIntents and refunds with Stripe's states,
// replays a repeated Idempotency-Key's first answer as Stripe does, and
// records every request so tests can check what Stripe was asked to do.
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import Stripe from "stripe";

export interface RecordedRequest {
  method: string;
  path: string;
  idempotencyKey: string | null;
  params: Record<string, unknown>;
  /** Answered from the idempotency cache (nothing was done again). */
  replayed: boolean;
}

export interface FakeIntent {
  id: string;
  object: "payment_intent";
  status: string;
  amount: number;
  amount_capturable: number;
  amount_received: number;
  amount_refunded: number;
  currency: string;
  capture_method: string;
  client_secret: string;
  latest_charge: string | null;
  last_payment_error: { message: string; code: string } | null;
  metadata: Record<string, string>;
  payment_method: string | null;
  created: number;
}

type Reply = { status: number; body: object };
const DECLINING = new Set([
  "pm_card_chargeDeclined",
  "pm_card_visa_chargeDeclined",
  "pm_card_chargeDeclinedInsufficientFunds",
]);

/** Stripe's form encoding (`metadata[bookingId]=…`) back to nested objects. */
function parseForm(body: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(body)) {
    const path = key.replace(/\]/g, "").split("[");
    let node = out;
    for (const part of path.slice(0, -1)) {
      node[part] ??= {};
      node = node[part] as Record<string, unknown>;
    }
    node[path[path.length - 1] as string] = value;
  }
  return out;
}

const error = (status: number, type: string, message: string, code: string, extra: object = {}): Reply => ({
  status,
  body: { error: { type, message, code, ...extra } },
});

export class StripeFake {
  readonly requests: RecordedRequest[] = [];
  readonly intents = new Map<string, FakeIntent>();
  private readonly cache = new Map<string, Reply>();
  private readonly failures: RegExp[] = [];
  private readonly refusals: RegExp[] = [];
  private counter = 0;
  private server!: Server;
  url = "";

  static async start(): Promise<StripeFake> {
    const fake = new StripeFake();
    fake.server = createServer((req, res) => {
      void fake.read(req).then((body) => {
        const reply = fake.handle(req, body);
        res.writeHead(reply.status, {
          "content-type": "application/json",
          "request-id": `req_${fake.counter}`,
        });
        res.end(JSON.stringify(reply.body));
      });
    });
    await new Promise<void>((resolve) => fake.server.listen(0, "127.0.0.1", resolve));
    fake.url = `http://127.0.0.1:${(fake.server.address() as AddressInfo).port}`;
    return fake;
  }

  close(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  /** Requests whose path matches, e.g. /capture$/. */
  requestsTo(pattern: RegExp, method = "POST"): RecordedRequest[] {
    return this.requests.filter((r) => r.method === method && pattern.test(r.path));
  }

  /** The next matching request is carried out but answered 500, as if the answer was lost on the way. */
  loseNextAnswer(pattern: RegExp) {
    this.failures.push(pattern);
  }

  /** The next matching request is refused outright (400), nothing done. */
  refuseNext(pattern: RegExp) {
    this.refusals.push(pattern);
  }

  /** The customer confirms the card in the browser (Stripe.js): the server is not involved. */
  confirmClientSide(id: string, paymentMethod = "pm_card_visa"): FakeIntent {
    const intent = this.intents.get(id);
    if (!intent) throw new Error(`no intent ${id}`);
    this.confirm(intent, paymentMethod);
    return intent;
  }

  /** A Stripe event carrying the intent as it is now. */
  event(type: string, intentId: string, id = `evt_${++this.counter}`): object {
    return {
      id,
      object: "event",
      type,
      api_version: "2025-01-01",
      created: Math.floor(Date.now() / 1000),
      data: { object: { ...this.intents.get(intentId) } },
    };
  }

  private read(req: IncomingMessage): Promise<string> {
    return new Promise((resolve) => {
      let body = "";
      req.on("data", (chunk) => (body += chunk));
      req.on("end", () => resolve(body));
    });
  }

  private handle(req: IncomingMessage, raw: string): Reply {
    const url = new URL(req.url ?? "/", "http://fake");
    const key = (req.headers["idempotency-key"] as string | undefined) ?? null;
    const params = req.method === "GET" ? Object.fromEntries(url.searchParams) : parseForm(raw);
    const cached = key ? this.cache.get(key) : undefined;
    this.requests.push({
      method: req.method ?? "",
      path: url.pathname,
      idempotencyKey: key,
      params,
      replayed: !!cached,
    });
    if (cached) return cached;
    const refused = this.refusals.findIndex((p) => p.test(url.pathname));
    if (refused >= 0) {
      this.refusals.splice(refused, 1);
      return error(400, "invalid_request_error", "Refused (fake).", "parameter_invalid");
    }
    const reply = this.route(req.method ?? "", url.pathname, params);
    if (key && reply.status < 500) this.cache.set(key, reply);
    const lost = this.failures.findIndex((p) => p.test(url.pathname));
    if (lost >= 0) {
      this.failures.splice(lost, 1);
      return { status: 500, body: { error: { type: "api_error", message: "Lost answer (fake)." } } };
    }
    return reply;
  }

  private route(method: string, path: string, p: Record<string, unknown>): Reply {
    if (method === "POST" && path === "/v1/payment_intents") return this.create(p);
    if (method === "POST" && path === "/v1/refunds") return this.refund(p);
    const match = path.match(/^\/v1\/payment_intents\/([^/]+)(?:\/(confirm|capture|cancel))?$/);
    const intent = match ? this.intents.get(match[1] as string) : undefined;
    if (!match || !intent)
      return error(
        404,
        "invalid_request_error",
        `No such payment_intent: '${match?.[1]}'`,
        "resource_missing",
      );
    const action = match[2];
    if (method === "GET" && !action) return { status: 200, body: intent };
    if (action === "confirm") {
      if (!["requires_payment_method", "requires_confirmation"].includes(intent.status))
        return this.unexpected(intent, "confirm");
      return this.confirm(intent, String(p.payment_method ?? "pm_card_visa"));
    }
    if (action === "capture") {
      if (intent.status !== "requires_capture") return this.unexpected(intent, "capture");
      const amount = p.amount_to_capture ? Number(p.amount_to_capture) : intent.amount_capturable;
      Object.assign(intent, {
        status: "succeeded",
        amount_received: amount,
        amount_capturable: 0,
        latest_charge: `ch_fake_${++this.counter}`,
      });
      return { status: 200, body: intent };
    }
    if (action === "cancel") {
      if (intent.status === "succeeded" || intent.status === "canceled")
        return this.unexpected(intent, "cancel");
      Object.assign(intent, { status: "canceled", amount_capturable: 0 });
      return { status: 200, body: intent };
    }
    return error(400, "invalid_request_error", "Unrecognized request URL.", "url_invalid");
  }

  private create(p: Record<string, unknown>): Reply {
    const id = `pi_fake_${++this.counter}`;
    const intent: FakeIntent = {
      id,
      object: "payment_intent",
      status: "requires_payment_method",
      amount: Number(p.amount),
      amount_capturable: 0,
      amount_received: 0,
      amount_refunded: 0,
      currency: String(p.currency),
      capture_method: String(p.capture_method ?? "automatic"),
      client_secret: `${id}_secret_fake`,
      latest_charge: null,
      last_payment_error: null,
      metadata: (p.metadata as Record<string, string>) ?? {},
      payment_method: null,
      created: Math.floor(Date.now() / 1000),
    };
    this.intents.set(id, intent);
    return p.confirm === "true"
      ? this.confirm(intent, String(p.payment_method))
      : { status: 200, body: intent };
  }

  private confirm(intent: FakeIntent, paymentMethod: string): Reply {
    intent.payment_method = paymentMethod;
    if (DECLINING.has(paymentMethod)) {
      Object.assign(intent, {
        status: "requires_payment_method",
        last_payment_error: { message: "Your card was declined.", code: "card_declined" },
      });
      return error(402, "card_error", "Your card was declined.", "card_declined", {
        payment_intent: intent,
        decline_code: "generic_decline",
      });
    }
    const manual = intent.capture_method === "manual";
    Object.assign(intent, {
      status: manual ? "requires_capture" : "succeeded",
      last_payment_error: null,
      amount_capturable: manual ? intent.amount : 0,
      amount_received: manual ? 0 : intent.amount,
      latest_charge: manual ? null : `ch_fake_${++this.counter}`,
    });
    return { status: 200, body: intent };
  }

  private refund(p: Record<string, unknown>): Reply {
    const intent = this.intents.get(String(p.payment_intent));
    if (!intent) return error(404, "invalid_request_error", "No such payment_intent.", "resource_missing");
    const amount = Number(p.amount ?? intent.amount_received - intent.amount_refunded);
    if (intent.status !== "succeeded" || amount > intent.amount_received - intent.amount_refunded)
      return error(
        400,
        "invalid_request_error",
        "Refund amount is greater than the unrefunded charge.",
        "amount_too_large",
      );
    intent.amount_refunded += amount;
    return {
      status: 200,
      body: {
        id: `re_fake_${++this.counter}`,
        object: "refund",
        amount,
        status: "succeeded",
        payment_intent: intent.id,
        metadata: p.metadata ?? {},
      },
    };
  }

  private unexpected(intent: FakeIntent, action: string): Reply {
    return error(
      400,
      "invalid_request_error",
      `You cannot ${action} this PaymentIntent because it has a status of ${intent.status}.`,
      "payment_intent_unexpected_state",
      { payment_intent: intent },
    );
  }
}

export const TEST_WEBHOOK_SECRET = "whsec_test_campus_0123456789";

/** Environment that points the API at the fake. */
export const stripeEnv = (fake: StripeFake, extra: Record<string, string> = {}) => ({
  STRIPE_SECRET_KEY: "sk_test_campus_fake",
  STRIPE_WEBHOOK_SECRET: TEST_WEBHOOK_SECRET,
  STRIPE_API_BASE: fake.url,
  ...extra,
});

const signer = new Stripe("sk_test_campus_fake");

/** Delivers a webhook as Stripe would: the exact bytes, signed (or, for tests, tampered with). */
export async function deliverWebhook(
  apiUrl: string,
  event: object,
  options: { secret?: string; timestamp?: number; tamper?: (body: string) => string } = {},
): Promise<{ status: number; body: Record<string, unknown> }> {
  const payload = JSON.stringify(event);
  const header = signer.webhooks.generateTestHeaderString({
    payload,
    secret: options.secret ?? TEST_WEBHOOK_SECRET,
    timestamp: options.timestamp,
  });
  const response = await fetch(`${apiUrl}/webhooks/stripe`, {
    method: "POST",
    headers: { "content-type": "application/json", "stripe-signature": header },
    body: options.tamper ? options.tamper(payload) : payload,
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

// The embedded default gateway: simulated payment intents that follow
// Stripe's state machine, so bookings, purchases and refunds work end to end
// without Stripe. Nothing here moves money; every id says so (pi_offline_…,
// re_offline_…). Intents live in PostgreSQL, so every replica and every restart
// sees the same ones; each request locks its intent row, and a repeated
// idempotency key gets the first answer again, as Stripe does.
import { randomBytes } from "node:crypto";
import type { CampusPrisma } from "../db/client.js";
import { classifyDatabaseError } from "../db/errors.js";
import type { OfflinePaymentIntent, Prisma } from "../generated/prisma/client.js";
import {
  type CaptureMethod,
  type CreateIntentArgs,
  type GatewayIntent,
  type GatewayRefund,
  type IntentStatus,
  type PaymentGateway,
  PaymentGatewayError,
} from "./gateway.js";

/** Simulated cards (Stripe's test payment method names): these decline, any other succeeds. */
export const DECLINING_TEST_CARDS = new Set([
  "pm_card_chargeDeclined",
  "pm_card_visa_chargeDeclined",
  "pm_card_chargeDeclinedInsufficientFunds",
]);

const token = () => randomBytes(12).toString("hex");

type Stored = { kind: "intent"; intent: GatewayIntent } | { kind: "refund"; refund: GatewayRefund };
type Change = { data: Prisma.OfflinePaymentIntentUpdateInput; refund?: GatewayRefund };

function toIntent(row: OfflinePaymentIntent): GatewayIntent {
  const charged = row.status === "succeeded";
  return {
    id: row.id,
    status: row.status as IntentStatus,
    amountCents: row.amountCents,
    amountCapturableCents: row.amountCapturableCents,
    amountReceivedCents: row.amountReceivedCents,
    currency: row.currency,
    captureMethod: row.captureMethod as CaptureMethod,
    clientSecret: row.clientSecret,
    latestChargeId: charged ? row.id.replace("pi_offline_", "ch_offline_") : null,
    lastError: row.lastError,
    metadata: row.metadata as Record<string, string>,
  };
}

const unexpected = (row: OfflinePaymentIntent, action: string) =>
  new PaymentGatewayError(
    "invalid_request",
    `You cannot ${action} this PaymentIntent because it has a status of ${row.status}.`,
    "payment_intent_unexpected_state",
  );

export class OfflineGateway implements PaymentGateway {
  readonly provider = "OFFLINE" as const;

  constructor(
    private readonly prisma: CampusPrisma,
    /** The caller's open transaction: every read and change runs on it, none opens its own. */
    private readonly tx: Prisma.TransactionClient | null = null,
  ) {}

  inTransaction(tx: Prisma.TransactionClient): PaymentGateway {
    return new OfflineGateway(this.prisma, tx);
  }

  private get db(): Prisma.TransactionClient {
    return this.tx ?? this.prisma;
  }

  async createIntent(args: CreateIntentArgs, idempotencyKey: string): Promise<GatewayIntent> {
    const existing = await this.db.offlinePaymentIntent.findUnique({
      where: { creationKey: idempotencyKey },
    });
    if (existing) return toIntent(existing);
    const id = `pi_offline_${token()}`;
    try {
      await this.db.offlinePaymentIntent.create({
        data: {
          id,
          status: "requires_payment_method",
          captureMethod: args.captureMethod,
          amountCents: args.amountCents,
          currency: args.currency.toUpperCase(),
          clientSecret: `${id}_secret_${token()}`,
          metadata: args.metadata,
          creationKey: idempotencyKey,
        },
      });
    } catch (error) {
      // A concurrent retry of the same create won: answer with its intent.
      if (classifyDatabaseError(error)?.kind !== "unique") throw error;
      return this.createIntent(args, idempotencyKey);
    }
    if (!args.paymentMethodId) return this.retrieveIntent(id);
    return this.confirmIntent(id, args.paymentMethodId, `${idempotencyKey}:confirm`);
  }

  async retrieveIntent(id: string): Promise<GatewayIntent> {
    const row = await this.db.offlinePaymentIntent.findUnique({ where: { id } });
    if (!row)
      throw new PaymentGatewayError("not_found", `No such payment_intent: '${id}'`, "resource_missing");
    return toIntent(row);
  }

  async confirmIntent(id: string, paymentMethodId: string, idempotencyKey: string): Promise<GatewayIntent> {
    const stored = await this.change(id, idempotencyKey, (row) => {
      if (row.status !== "requires_payment_method" && row.status !== "requires_confirmation")
        throw unexpected(row, "confirm");
      if (DECLINING_TEST_CARDS.has(paymentMethodId)) {
        return {
          data: {
            status: "requires_payment_method",
            paymentMethod: paymentMethodId,
            lastError: "Your card was declined.",
          },
        };
      }
      const manual = row.captureMethod === "manual";
      return {
        data: {
          status: manual ? "requires_capture" : "succeeded",
          paymentMethod: paymentMethodId,
          lastError: null,
          amountCapturableCents: manual ? row.amountCents : 0,
          amountReceivedCents: manual ? 0 : row.amountCents,
        },
      };
    });
    return (stored as { intent: GatewayIntent }).intent;
  }

  async captureIntent(
    id: string,
    amountCents: number | null,
    idempotencyKey: string,
  ): Promise<GatewayIntent> {
    const stored = await this.change(id, idempotencyKey, (row) => {
      if (row.status !== "requires_capture") throw unexpected(row, "capture");
      const amount = amountCents ?? row.amountCapturableCents;
      if (amount <= 0 || amount > row.amountCapturableCents)
        throw new PaymentGatewayError(
          "invalid_request",
          "amount_to_capture exceeds the capturable amount.",
          "amount_too_large",
        );
      return { data: { status: "succeeded", amountReceivedCents: amount, amountCapturableCents: 0 } };
    });
    return (stored as { intent: GatewayIntent }).intent;
  }

  async cancelIntent(id: string, idempotencyKey: string): Promise<GatewayIntent> {
    const stored = await this.change(id, idempotencyKey, (row) => {
      if (row.status === "succeeded" || row.status === "canceled") throw unexpected(row, "cancel");
      return { data: { status: "canceled", amountCapturableCents: 0 } };
    });
    return (stored as { intent: GatewayIntent }).intent;
  }

  async refund(paymentIntentId: string, amountCents: number, idempotencyKey: string): Promise<GatewayRefund> {
    const stored = await this.change(paymentIntentId, idempotencyKey, (row) => {
      if (row.status !== "succeeded") throw unexpected(row, "refund");
      if (amountCents <= 0 || row.amountRefundedCents + amountCents > row.amountReceivedCents)
        throw new PaymentGatewayError(
          "invalid_request",
          "Refund amount is greater than the unrefunded charge.",
          "amount_too_large",
        );
      const refund: GatewayRefund = {
        id: `re_offline_${token()}`,
        paymentIntentId,
        amountCents,
        status: "succeeded",
      };
      const refunds = [
        ...(row.refunds as { id: string; amountCents: number }[]),
        { id: refund.id, amountCents },
      ];
      return { data: { amountRefundedCents: { increment: amountCents }, refunds }, refund };
    });
    return (stored as { refund: GatewayRefund }).refund;
  }

  /**
   * Applies one request to an intent under its row lock, once per idempotency
   * key: a retry gets the stored answer (and a refused request is refused again).
   * Inside the caller's transaction when bound to one (`inTransaction`), else in its own.
   */
  private async change(
    id: string,
    key: string,
    apply: (row: OfflinePaymentIntent) => Change,
  ): Promise<Stored> {
    const work = async (tx: Prisma.TransactionClient): Promise<Stored> => {
      await tx.$queryRaw`SELECT 1 FROM offline_payment_intents WHERE id = ${id} FOR UPDATE`;
      const row = await tx.offlinePaymentIntent.findUnique({ where: { id } });
      if (!row)
        throw new PaymentGatewayError("not_found", `No such payment_intent: '${id}'`, "resource_missing");
      const applied = row.idempotency as unknown as Record<string, Stored>;
      const seen = applied[key];
      if (seen) return seen;
      const change = apply(row);
      const updated = await tx.offlinePaymentIntent.update({ where: { id }, data: change.data });
      const answer: Stored = change.refund
        ? { kind: "refund", refund: change.refund }
        : { kind: "intent", intent: toIntent(updated) };
      await tx.offlinePaymentIntent.update({
        where: { id },
        data: { idempotency: { ...applied, [key]: answer } as unknown as Prisma.InputJsonObject },
      });
      return answer;
    };
    return this.tx ? work(this.tx) : this.prisma.$transaction(work);
  }
}

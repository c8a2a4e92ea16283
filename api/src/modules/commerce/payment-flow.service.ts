import { z } from "zod";
import { isAdmin } from "../../auth/policy.js";
import type { Viewer } from "../../context.js";
import { UserErrorCode, UserErrorsException, userError } from "../../graphql/user-error.js";
import { globalIdOf } from "../../lib/id-schema.js";
import { parseInput } from "../../lib/validation.js";
import { type GatewayIntent, gatewayIn, isOpenIntent, PaymentGatewayError } from "../../payments/gateway.js";
import { PendingEvents } from "../../realtime/pending-events.js";
import { bookingSelect } from "../booking/booking.loaders.js";
import type { PaymentHandoff } from "../booking/booking-payment.port.js";
import { type CommerceDeps, gatewayCall } from "./commerce.deps.js";
import { releaseRedemption } from "./discount-redemption.js";
import { intentKey, lockPayment, type PaymentRow, paymentSelect, setPaymentStatus } from "./ledger.js";
import { reconcileIntent } from "./reconcile.js";

const fail = (code: UserErrorCode, message: string, field?: string): never => {
  throw new UserErrorsException([userError(code, message, field)]);
};

/** Payers see their own ledger entries; admins see all. */
export const canReadPayment = (viewer: Viewer | null, payment: { userId: string }) =>
  isAdmin(viewer) || (viewer != null && viewer.id === payment.userId);

const OPEN = ["PENDING", "FAILED", "AUTHORIZED"];

/**
 * The card step shared by every checkout: creating the intent of a pending
 * ledger row, confirming it synchronously, handing its client secret back.
 */
export class PaymentFlowService {
  constructor(private readonly deps: CommerceDeps) {}

  /** Applies an intent in its own transaction and returns the ledger row as it now is. */
  async apply(intent: GatewayIntent): Promise<PaymentRow | null> {
    const events = new PendingEvents();
    const row = await this.deps.prisma.$transaction((tx) => reconcileIntent(tx, this.deps, events, intent), {
      maxWait: 15_000,
      timeout: 20_000,
    });
    events.publish(this.deps.pubsub);
    return row;
  }

  /**
   * Creates the intent of a pending ledger row (automatic capture). The key is
   * the row's: a retried checkout meets the intent it created the first time.
   */
  async startIntent(
    paymentId: string,
    paymentMethodId: string | null,
  ): Promise<{ payment: PaymentRow; paymentAction: PaymentHandoff | null }> {
    const payment = await this.deps.prisma.paymentTransaction.findUniqueOrThrow({
      where: { id: paymentId },
      select: paymentSelect,
    });
    const intent = await gatewayCall(() =>
      this.deps.gateway.createIntent(
        {
          amountCents: payment.amountCents,
          currency: payment.currency,
          captureMethod: "automatic",
          description: payment.productName ?? payment.kind,
          metadata: { paymentId: payment.id, kind: payment.kind },
          paymentMethodId,
        },
        intentKey(payment.id),
      ),
    );
    const applied = (await this.apply(intent)) ?? payment;
    return { payment: applied, paymentAction: this.handoff(applied, intent) };
  }

  private handoff(payment: PaymentRow, intent: GatewayIntent): PaymentHandoff | null {
    const awaitsCard = isOpenIntent(intent.status) && intent.status !== "requires_capture";
    return awaitsCard && intent.clientSecret
      ? { paymentId: payment.id, clientSecret: intent.clientSecret, provider: this.deps.gateway.provider }
      : null;
  }

  private async readable(viewer: Viewer, paymentId: string): Promise<PaymentRow> {
    const payment = await this.deps.prisma.paymentTransaction.findUnique({
      where: { id: paymentId },
      select: paymentSelect,
    });
    if (!payment || !canReadPayment(viewer, payment))
      return fail(UserErrorCode.NOT_FOUND, "No such payment.", "paymentId");
    if (payment.kind === "REFUND")
      fail(UserErrorCode.INVALID, "A refund needs no confirmation.", "paymentId");
    return payment;
  }

  /**
   * The synchronous confirmation: after the client confirmed the card (or,
   * with `paymentMethodId`, confirming it here), read the intent's current
   * state and apply it now rather than wait for the webhook. Racing the
   * webhook is harmless: both apply the same state under the ledger row lock.
   */
  async confirmPayment(viewer: Viewer, input: unknown) {
    const data = parseInput(
      z.object({
        paymentId: globalIdOf("Payment", "payment"),
        paymentMethodId: z.string().trim().min(1).max(255).nullish(),
      }),
      input,
    );
    const payment = await this.readable(viewer, data.paymentId);
    const intentId = payment.providerPaymentIntentId;
    if (!intentId) {
      if (payment.status !== "PENDING") return this.result(payment);
      return this.result((await this.startIntent(payment.id, data.paymentMethodId ?? null)).payment);
    }
    const { gateway } = this.deps;
    const intent = await gatewayCall(async () => {
      if (!data.paymentMethodId || !OPEN.includes(payment.status)) return gateway.retrieveIntent(intentId);
      try {
        return await gateway.confirmIntent(
          intentId,
          data.paymentMethodId,
          `confirm:${payment.id}:${data.paymentMethodId}`,
        );
      } catch (error) {
        // Already confirmed elsewhere (another tab, the webhook's side): its state is what counts.
        if (error instanceof PaymentGatewayError && error.kind === "invalid_request")
          return gateway.retrieveIntent(intentId);
        throw error;
      }
    }, "paymentMethodId");
    return this.result((await this.apply(intent)) ?? payment);
  }

  private async result(payment: PaymentRow) {
    const booking = payment.bookingId
      ? await this.deps.prisma.booking.findUnique({ where: { id: payment.bookingId }, select: bookingSelect })
      : null;
    return { payment, booking };
  }

  /** The client secret of an open payment again (a reload, or a payment opened for the customer, e.g. a quote's). */
  async paymentAction(viewer: Viewer, paymentId: string): Promise<PaymentHandoff | null> {
    const payment = await this.readable(viewer, paymentId);
    if (!OPEN.includes(payment.status)) return null;
    if (!payment.providerPaymentIntentId) return (await this.startIntent(payment.id, null)).paymentAction;
    const intentId = payment.providerPaymentIntentId;
    return this.handoff(payment, await gatewayCall(() => this.deps.gateway.retrieveIntent(intentId)));
  }

  /** Abandons an open payment before any money moved (a new checkout replaces it). */
  async cancelOpen(
    tx: Parameters<typeof lockPayment>[0],
    events: PendingEvents,
    paymentId: string,
  ): Promise<PaymentRow | null> {
    const payment = await lockPayment(tx, paymentId);
    if (!payment || !OPEN.includes(payment.status)) return payment;
    const intentId = payment.providerPaymentIntentId;
    if (!intentId) {
      // It never got an intent: nothing to tell a provider.
      await setPaymentStatus(tx, payment.id, "CANCELLED");
      await releaseRedemption(tx, { transactionId: payment.id });
      return lockPayment(tx, paymentId);
    }
    const gateway = gatewayIn(this.deps.gateway, tx);
    const intent = await gatewayCall(async () => {
      try {
        return await gateway.cancelIntent(intentId, `cancel:${payment.id}`);
      } catch (error) {
        if (error instanceof PaymentGatewayError && error.kind === "invalid_request")
          return gateway.retrieveIntent(intentId);
        throw error;
      }
    });
    await reconcileIntent(tx, this.deps, events, intent);
    return lockPayment(tx, paymentId);
  }
}

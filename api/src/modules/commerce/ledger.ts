// The one payment ledger (PaymentTransaction): every money movement is a row,
// written in the transaction of the change it pays for. Refunds are their own
// REFUND rows pointing at the payment they return money from.
import type { Prisma } from "../../generated/prisma/client.js";
import type { GatewayRefund, PaymentGateway } from "../../payments/gateway.js";
import { recordActivity } from "../analytics/activity-log.js";
import { type LedgerStatus, refundedStatus } from "./ledger.rules.js";

type Tx = Prisma.TransactionClient;

export const paymentSelect = {
  id: true,
  userId: true,
  kind: true,
  status: true,
  amountCents: true,
  currency: true,
  discountAmountCents: true,
  productName: true,
  provider: true,
  providerPaymentIntentId: true,
  providerChargeId: true,
  providerRefundId: true,
  idempotencyKey: true,
  promotionalCode: true,
  discountCodeId: true,
  failureReason: true,
  authorizedAt: true,
  metadata: true,
  parentTransactionId: true,
  bookingId: true,
  enrollmentId: true,
  courseId: true,
  individualCourseId: true,
  subscriptionId: true,
  createdAt: true,
  updatedAt: true,
} as const;

export type PaymentRow = Prisma.PaymentTransactionGetPayload<{ select: typeof paymentSelect }>;

/** Locks a ledger row for the rest of the transaction: confirmations, webhooks and jobs of one payment take turns. */
export async function lockPayment(tx: Tx, id: string): Promise<PaymentRow | null> {
  await tx.$queryRaw`SELECT 1 FROM payment_transactions WHERE id = ${id}::uuid FOR UPDATE`;
  return tx.paymentTransaction.findUnique({ where: { id }, select: paymentSelect });
}

/** The payment of an intent (webhooks and confirmations know the intent; metadata covers an id not yet recorded). */
export async function findPaymentOfIntent(
  tx: Pick<Tx, "paymentTransaction">,
  intent: { id: string; metadata: Record<string, string> },
): Promise<PaymentRow | null> {
  const byIntent = await tx.paymentTransaction.findFirst({
    where: { providerPaymentIntentId: intent.id, kind: { not: "REFUND" } },
    select: paymentSelect,
  });
  if (byIntent) return byIntent;
  const id = intent.metadata.paymentId;
  if (!id || !/^[0-9a-f-]{36}$/i.test(id)) return null;
  const byId = await tx.paymentTransaction.findUnique({ where: { id }, select: paymentSelect });
  // Not yet recorded, or recorded meanwhile by a concurrent twin of the same checkout.
  return byId && (!byId.providerPaymentIntentId || byId.providerPaymentIntentId === intent.id) ? byId : null;
}

export async function setPaymentStatus(
  tx: Tx,
  id: string,
  status: LedgerStatus,
  extra: Prisma.PaymentTransactionUpdateInput = {},
): Promise<PaymentRow> {
  const row = await tx.paymentTransaction.update({
    where: { id },
    data: { status, ...extra },
    select: paymentSelect,
  });
  // Every payment (booking, course, individual course) reaches SUCCEEDED here, once: callers hold the row lock.
  if (status === "SUCCEEDED")
    await recordActivity(tx, {
      userId: row.userId,
      action: "payment_succeeded",
      entityType: "payment",
      entityId: row.id,
      metadata: { kind: row.kind, amountCents: row.amountCents, currency: row.currency },
    });
  return row;
}

/** The idempotency key of the intent of a ledger row: a retried checkout meets the intent it already created. */
export const intentKey = (paymentId: string) => `payment:${paymentId}`;

/**
 * Records a refund the provider made: its REFUND row, and the original's
 * status from the total refunded. `capturedCents` is what the original took.
 */
export async function recordRefund(
  tx: Tx,
  parent: PaymentRow,
  refund: GatewayRefund,
  args: {
    key: string;
    capturedCents: number;
    refundedBeforeCents: number;
    reason: string;
    provider: PaymentGateway["provider"];
  },
): Promise<void> {
  await tx.paymentTransaction.create({
    data: {
      userId: parent.userId,
      kind: "REFUND",
      status: refund.status === "succeeded" || refund.status === "pending" ? "SUCCEEDED" : "FAILED",
      amountCents: refund.amountCents,
      currency: parent.currency,
      productName: parent.productName,
      provider: args.provider,
      providerPaymentIntentId: parent.providerPaymentIntentId,
      providerRefundId: refund.id,
      idempotencyKey: args.key,
      parentTransactionId: parent.id,
      bookingId: parent.bookingId,
      courseId: parent.courseId,
      enrollmentId: parent.enrollmentId,
      individualCourseId: parent.individualCourseId,
      subscriptionId: parent.subscriptionId,
      metadata: { reason: args.reason, providerStatus: refund.status },
    },
    select: { id: true },
  });
  const total = args.refundedBeforeCents + refund.amountCents;
  await setPaymentStatus(tx, parent.id, refundedStatus(args.capturedCents, total));
}

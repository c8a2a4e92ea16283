// What a payment intent's state means for a course purchase or an individual
// course payment. Same contract as booking-intents.ts: any order, any number
// of times, forward only, under the ledger row lock.
import type { Prisma } from "../../generated/prisma/client.js";
import { formatMoney } from "../../graphql/money.js";
import type { GatewayIntent } from "../../payments/gateway.js";
import type { PendingEvents } from "../../realtime/pending-events.js";
import { notify } from "../notifications/notification.events.js";
import { releaseRedemption } from "./discount-redemption.js";
import { grantCourseEnrollment } from "./enrollment-grant.js";
import { lockPayment, type PaymentRow, setPaymentStatus } from "./ledger.js";
import { canMove, statusOfIntent } from "./ledger.rules.js";

type Tx = Prisma.TransactionClient;

export async function applyIntentToPurchase(
  tx: Tx,
  events: PendingEvents,
  paymentId: string,
  intent: GatewayIntent,
): Promise<void> {
  const payment = await lockPayment(tx, paymentId);
  if (!payment) return;
  const status = statusOfIntent(intent);
  if (!canMove(payment.status, status)) return;
  if (status === "SUCCEEDED") {
    await setPaymentStatus(tx, payment.id, "SUCCEEDED", {
      providerChargeId: intent.latestChargeId,
      failureReason: null,
    });
    if (payment.kind === "COURSE_PURCHASE") await grantCourseEnrollment(tx, payment, "PURCHASED");
    else await activateIndividualCourse(tx, payment);
    await tell(
      tx,
      events,
      payment,
      "Payment received",
      `${formatMoney(payment.amountCents, payment.currency)} for ${payment.productName ?? "your purchase"}.`,
    );
  } else if (status === "FAILED") {
    await setPaymentStatus(tx, payment.id, "FAILED", { failureReason: intent.lastError });
    await tell(
      tx,
      events,
      payment,
      "Payment failed",
      `${payment.productName ?? "Your purchase"}: ${intent.lastError ?? "the payment did not go through"}.`,
    );
  } else if (status === "CANCELLED") {
    await setPaymentStatus(tx, payment.id, "CANCELLED");
    await releaseRedemption(tx, { transactionId: payment.id });
    if (payment.subscriptionId)
      await tx.subscription.update({
        where: { id: payment.subscriptionId },
        data: { status: "CANCELLED", cancelledAt: new Date() },
      });
  } else if (status === "AUTHORIZED") {
    await setPaymentStatus(tx, payment.id, "AUTHORIZED", { authorizedAt: new Date() });
  }
}

/** An individual course's payment succeeded: its subscription starts; the course is paid in full or in part. */
export async function activateIndividualCourse(tx: Tx, payment: PaymentRow): Promise<void> {
  if (payment.subscriptionId) {
    await tx.subscription.update({
      where: { id: payment.subscriptionId },
      data: { status: "ACTIVE", currentPeriodStart: new Date() },
    });
  }
  if (!payment.individualCourseId) return;
  const course = await tx.individualCourse.findUniqueOrThrow({
    where: { id: payment.individualCourseId },
    select: { quotedPriceCents: true },
  });
  const paid = await tx.paymentTransaction.aggregate({
    where: {
      individualCourseId: payment.individualCourseId,
      kind: "INDIVIDUAL_COURSE",
      status: { in: ["SUCCEEDED", "PARTIALLY_REFUNDED"] },
    },
    _sum: { amountCents: true },
  });
  const total = paid._sum.amountCents ?? 0;
  const due = course.quotedPriceCents ?? payment.amountCents;
  await tx.individualCourse.update({
    where: { id: payment.individualCourseId },
    data: { paymentStatus: total >= due ? "PAID" : "PARTIALLY_PAID" },
  });
}

function tell(tx: Tx, events: PendingEvents, payment: PaymentRow, title: string, description: string) {
  return notify(tx, events, [
    { userId: payment.userId, type: "PAYMENT", title, description, metadata: { paymentId: payment.id } },
  ]);
}

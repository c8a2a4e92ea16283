// Paying an accepted quote of an individual course (seed 000): the quotes
// module calls `openPayment` after the acceptance commits. It records the
// custom-priced Subscription (custom price and duration, seed 000 columns) and
// the ledger row, and opens the intent; the student pays it from their
// payments (`paymentAction` + Stripe.js, or `confirmPayment`), on the web page
// `checkoutUrl` links to. Success activates the subscription and marks the
// course paid (purchase-intents.ts).

import { toGlobalId } from "../../graphql/global-id.js";
import { UserErrorsException } from "../../graphql/user-error.js";
import type {
  AcceptedQuote,
  QuotePaymentOpening,
  QuotePaymentPort,
} from "../individual/quote-payment.port.js";
import { emailLink } from "../messaging/email-links.js";
import type { CommerceDeps } from "./commerce.deps.js";
import { type PaymentRow, paymentSelect } from "./ledger.js";
import type { PaymentFlowService } from "./payment-flow.service.js";
import { activateIndividualCourse } from "./purchase-intents.js";

export class GatewayQuotePayments implements QuotePaymentPort {
  constructor(private readonly deps: CommerceDeps & { flow: PaymentFlowService }) {}

  async openPayment(quote: AcceptedQuote): Promise<QuotePaymentOpening> {
    const payment = await this.record(quote);
    if (payment.status === "SUCCEEDED") {
      return {
        status: "NOT_REQUIRED",
        paymentId: payment.id,
        checkoutUrl: null,
        message: quote.amountCents === 0 ? "Nothing to pay." : "Paid. Thank you!",
      };
    }
    if (!payment.providerPaymentIntentId) {
      try {
        await this.deps.flow.startIntent(payment.id, null);
      } catch (error) {
        // The acceptance stands; the intent is created when the student opens the payment.
        if (!(error instanceof UserErrorsException)) throw error;
        this.deps.logger.warn({ quoteId: quote.quoteId, err: error }, "quote payment intent not created yet");
      }
    }
    return {
      status: "REQUIRES_ACTION",
      paymentId: payment.id,
      // The web app's page for one payment due (web/src/features/payments/PayPage.tsx); it asks the student to sign in.
      checkoutUrl: emailLink(`/payments/${toGlobalId("Payment", payment.id)}`),
      message: `Payment of quote ${quote.quoteNumber} is open: pay it from your payments (${payment.currency} ${(payment.amountCents / 100).toFixed(2)}).`,
    };
  }

  /** The quote's subscription and ledger row, once per quote (its row lock makes concurrent calls take turns). */
  private record(quote: AcceptedQuote): Promise<PaymentRow> {
    return this.deps.prisma.$transaction(async (tx) => {
      await tx.$queryRaw`SELECT 1 FROM course_quotes WHERE id = ${quote.quoteId}::uuid FOR UPDATE`;
      const existing = await tx.paymentTransaction.findFirst({
        where: {
          individualCourseId: quote.individualCourseId,
          kind: "INDIVIDUAL_COURSE",
          metadata: { path: ["quoteId"], equals: quote.quoteId },
        },
        select: paymentSelect,
      });
      if (existing) return existing;
      const details = await tx.courseQuote.findUniqueOrThrow({
        where: { id: quote.quoteId },
        select: { estimatedHours: true },
      });
      const free = quote.amountCents === 0;
      const subscription = await tx.subscription.create({
        data: {
          userId: quote.studentId,
          status: free ? "ACTIVE" : "INCOMPLETE",
          interval: "ONE_TIME",
          priceCents: quote.amountCents,
          currency: quote.currency,
          isIndividualCourse: true,
          individualCourseId: quote.individualCourseId,
          customPriceCents: quote.amountCents,
          customDurationHours: details.estimatedHours,
          currentPeriodStart: free ? new Date() : null,
        },
        select: { id: true },
      });
      const payment = await tx.paymentTransaction.create({
        data: {
          userId: quote.studentId,
          kind: "INDIVIDUAL_COURSE",
          status: free ? "SUCCEEDED" : "PENDING",
          amountCents: quote.amountCents,
          currency: quote.currency,
          productName: `Individual course, quote ${quote.quoteNumber}`,
          provider: free ? "FREE_GRANT" : this.deps.gateway.provider,
          individualCourseId: quote.individualCourseId,
          subscriptionId: subscription.id,
          metadata: { quoteId: quote.quoteId, quoteNumber: quote.quoteNumber },
        },
        select: paymentSelect,
      });
      if (free) await activateIndividualCourse(tx, payment);
      return payment;
    });
  }
}

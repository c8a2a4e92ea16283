import type { Config } from "../../config.js";
import { createStripeClient } from "../../payments/stripe-gateway.js";
import { StripeWebhookHandler } from "../../payments/webhook-handler.js";
import type { BookingPaymentPort } from "../booking/booking-payment.port.js";
import type { CommerceDeps } from "./commerce.deps.js";
import { DiscountCodesService } from "./discount-codes.service.js";
import { DiscountPreviewService } from "./discount-preview.service.js";
import { PaymentFlowService } from "./payment-flow.service.js";
import { PaymentQueriesService } from "./payment-queries.service.js";
import { PurchaseService } from "./purchases.service.js";
import { GatewayQuotePayments } from "./quote-payments.js";
import { reconcileIntent } from "./reconcile.js";

/** The commerce services, built once per process (services.ts spreads them in). */
export function createCommerceServices(
  deps: CommerceDeps,
  config: Pick<Config, "stripe">,
  bookingPayments: BookingPaymentPort,
) {
  const flow = new PaymentFlowService(deps);
  const webhookSecret = config.stripe?.webhookSecret;
  return {
    paymentFlow: flow,
    purchases: new PurchaseService({ ...deps, flow }),
    quotePayments: new GatewayQuotePayments({ ...deps, flow }),
    discountCodes: new DiscountCodesService(deps),
    discountPreview: new DiscountPreviewService(deps),
    paymentQueries: new PaymentQueriesService(deps),
    /** How clients take cards (`paymentSettings`); fixed for the process, from the configuration. */
    paymentSettings: {
      provider: deps.gateway.provider,
      // Only the Stripe gateway can confirm what Stripe.js collected with it.
      publishableKey: deps.gateway.provider === "STRIPE" ? (config.stripe?.publishableKey ?? null) : null,
    },
    /** What the payment expiry job needs (app.ts schedules it). */
    lapses: { ...deps, payments: bookingPayments, flow },
    /** Null unless Stripe and its webhook secret are configured (the route answers 404). */
    stripeWebhooks:
      config.stripe && webhookSecret
        ? new StripeWebhookHandler({
            ...deps,
            stripe: createStripeClient({
              secretKey: config.stripe.secretKey,
              apiBase: config.stripe.apiBase,
            }),
            webhookSecret,
            reconcile: (tx, events, intent) => reconcileIntent(tx, deps, events, intent),
          })
        : null,
  };
}

import type { Config } from "../config.js";
import type { CampusPrisma } from "../db/client.js";
import type { PaymentGateway } from "./gateway.js";
import { OfflineGateway } from "./offline-gateway.js";
import { createStripeClient, StripeGateway } from "./stripe-gateway.js";

/** Stripe when a secret key is configured, else the offline gateway (DESIGN.md "embedded first"). */
export function createPaymentGateway(config: Pick<Config, "stripe">, prisma: CampusPrisma): PaymentGateway {
  if (!config.stripe) return new OfflineGateway(prisma);
  return new StripeGateway(
    createStripeClient({ secretKey: config.stripe.secretKey, apiBase: config.stripe.apiBase }),
  );
}

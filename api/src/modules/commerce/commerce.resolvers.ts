import type { ClassType } from "type-graphql";
import { DiscountCodeResolver } from "./discount.resolver.js";
import { PaymentResolver } from "./payment.resolver.js";
import {
  BookingPaymentsResolver,
  PaymentActionResolver,
  PaymentFieldsResolver,
} from "./payment-fields.resolver.js";
import { PaymentSettingsResolver } from "./payment-settings.resolver.js";
import { QuotePaymentFieldsResolver } from "./quote-payment-fields.resolver.js";

/** Every resolver class of the commerce module (resolvers.ts spreads them in). */
export const commerceResolvers: ClassType[] = [
  PaymentResolver,
  PaymentFieldsResolver,
  PaymentActionResolver,
  BookingPaymentsResolver,
  DiscountCodeResolver,
  PaymentSettingsResolver,
  QuotePaymentFieldsResolver,
];

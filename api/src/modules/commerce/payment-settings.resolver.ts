import { Ctx, Query, Resolver } from "type-graphql";
import type { AppContext } from "../../context.js";
import { PaymentSettings } from "./payment-settings.types.js";

@Resolver(() => PaymentSettings)
export class PaymentSettingsResolver {
  // Public: a checkout needs it before the card step, and a publishable key is made to be seen.
  @Query(() => PaymentSettings, { description: "How card payments are taken here (anyone may ask)." })
  paymentSettings(@Ctx() ctx: AppContext) {
    return ctx.services.paymentSettings;
  }
}

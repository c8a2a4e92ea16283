import { Ctx, FieldResolver, ID, Resolver, Root } from "type-graphql";
import type { AppContext } from "../../context.js";
import { toGlobalId } from "../../graphql/global-id.js";
import { QuotePayment } from "../individual/quote.types.js";
import type { QuotePaymentOpening } from "../individual/quote-payment.port.js";
import { paymentById } from "./payment.loaders.js";
import { Payment } from "./payment.types.js";
import { canReadPayment } from "./payment-flow.service.js";

// The ledger side of an accepted quote's answer lives here, not in the quotes
// module: commerce depends on individual (the payment port), never the reverse.
@Resolver(() => QuotePayment)
export class QuotePaymentFieldsResolver {
  @FieldResolver(() => ID, {
    nullable: true,
    description:
      "The payment the acceptance opened (a Payment's global id): the student pays it with `paymentAction` and `confirmPayment`. Null when nothing was recorded.",
  })
  paymentId(@Root() opening: QuotePaymentOpening) {
    return opening.paymentId ? toGlobalId("Payment", opening.paymentId) : null;
  }

  @FieldResolver(() => Payment, {
    nullable: true,
    description:
      "The payment the acceptance opened, for the student who pays it (and admins); null for anyone else, such as an anonymous link.",
  })
  async payment(@Root() opening: QuotePaymentOpening, @Ctx() ctx: AppContext) {
    if (!opening.paymentId) return null;
    const payment = await paymentById(ctx).load(opening.paymentId);
    return payment && canReadPayment(await ctx.viewer(), payment) ? payment : null;
  }
}

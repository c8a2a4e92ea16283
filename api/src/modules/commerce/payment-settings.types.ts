import { Field, ObjectType } from "type-graphql";
import { PaymentProviderEnum } from "./commerce.enums.js";

@ObjectType({
  description:
    "How this API takes card payments, so a client can pick its checkout: Stripe Elements, or the offline gateway's test cards.",
})
export class PaymentSettings {
  @Field(() => PaymentProviderEnum, {
    description: "Who handles card payments: STRIPE, or OFFLINE (simulated, no money moves).",
  })
  provider!: PaymentProviderEnum;

  @Field(() => String, {
    nullable: true,
    description:
      "Stripe's publishable key (pk_…) for Stripe.js, when one is configured; null with the offline gateway. Without it, clients confirm with a payment method id (`confirmPayment`).",
  })
  publishableKey!: string | null;
}

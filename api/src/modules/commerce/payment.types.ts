import { Field, InputType, Int, ObjectType } from "type-graphql";
import { connectionType } from "../../graphql/connection.js";
import { Money } from "../../graphql/money.js";
import { Node } from "../../graphql/node.js";
import { DateTimeScalar } from "../../graphql/scalars.js";
import { PaymentKindEnum, PaymentProviderEnum, PaymentStatusEnum } from "./commerce.enums.js";

@ObjectType({
  implements: Node,
  description:
    "An entry of the payment ledger: a payment (course, booking, individual course, subscription) or a refund.",
})
export class Payment extends Node {
  @Field(() => PaymentKindEnum, { description: "What it pays for (REFUND for money returned)." })
  kind!: PaymentKindEnum;

  @Field(() => PaymentStatusEnum, { description: "Where it stands." })
  status!: PaymentStatusEnum;

  @Field(() => Money, { description: "Amount charged (or refunded), after any discount." })
  amount!: Money;

  @Field(() => Money, { description: "Discount taken off the list price." })
  discount!: Money;

  @Field(() => String, { nullable: true, description: "The discount code used, as entered." })
  promotionalCode!: string | null;

  @Field(() => String, { nullable: true, description: "What was bought, as named when paid." })
  productName!: string | null;

  @Field(() => PaymentProviderEnum, { description: "Who processed it." })
  provider!: PaymentProviderEnum;

  @Field(() => Boolean, { description: "True for the offline gateway's simulated payments: no money moved." })
  simulated!: boolean;

  @Field(() => String, {
    nullable: true,
    description: "The provider's PaymentIntent id (pi_… on Stripe, pi_offline_… when simulated).",
  })
  providerPaymentIntentId!: string | null;

  @Field(() => String, { nullable: true, description: "Why the card was declined, if it was." })
  failureReason!: string | null;

  @Field(() => DateTimeScalar, {
    nullable: true,
    description: "When the card was authorized (captured later).",
  })
  authorizedAt!: Date | null;

  @Field(() => DateTimeScalar, { description: "When it was recorded." })
  createdAt!: Date;

  @Field(() => DateTimeScalar, { description: "When it last changed." })
  updatedAt!: Date;
}

export const PaymentConnection = connectionType(
  Payment,
  "Payment",
  "A page of ledger entries, newest first.",
);

@ObjectType({
  description: "What the client needs to confirm a card payment (Stripe.js `confirmCardPayment`).",
})
export class PaymentAction {
  @Field(() => String, {
    description:
      "The PaymentIntent's client secret. With the offline gateway (provider OFFLINE) there is no card form: call `confirmPayment` with a test payment method such as pm_card_visa.",
  })
  clientSecret!: string;

  @Field(() => PaymentProviderEnum, { description: "Who handles the card: STRIPE, or OFFLINE (simulated)." })
  provider!: PaymentProviderEnum;

  /** Ledger row id; `payment` resolves it. */
  paymentId!: string;
}

@InputType({ description: "Which ledger entries to list (admins)." })
export class PaymentFilter {
  @Field(() => [PaymentKindEnum], { nullable: true, description: "Only these kinds." })
  kinds?: PaymentKindEnum[] | null;

  @Field(() => [PaymentStatusEnum], { nullable: true, description: "Only these statuses." })
  statuses?: PaymentStatusEnum[] | null;

  @Field(() => DateTimeScalar, { nullable: true, description: "Recorded at or after." })
  createdAfter?: Date | null;

  @Field(() => DateTimeScalar, { nullable: true, description: "Recorded before." })
  createdBefore?: Date | null;
}

@ObjectType({ description: "Revenue of one kind of payment in one currency over a period, from the ledger." })
export class RevenueLine {
  @Field(() => PaymentKindEnum, {
    description: "What was paid for (refunds count against their payment's kind).",
  })
  kind!: PaymentKindEnum;

  @Field(() => String, { description: "ISO 4217 currency of the amounts." })
  currency!: string;

  @Field(() => Int, { description: "Payments that took money." })
  paymentCount!: number;

  @Field(() => Money, { description: "Money taken." })
  gross!: Money;

  @Field(() => Money, { description: "Money refunded." })
  refunded!: Money;

  @Field(() => Money, { description: "Gross minus refunded." })
  net!: Money;
}

@InputType({ description: "The period of a revenue report." })
export class RevenueInput {
  @Field(() => DateTimeScalar, { description: "From this instant (inclusive)." })
  from!: Date;

  @Field(() => DateTimeScalar, { description: "To this instant (exclusive)." })
  to!: Date;

  @Field(() => Boolean, {
    nullable: true,
    description: "Include the offline gateway's simulated payments (default false).",
  })
  includeSimulated?: boolean | null;
}

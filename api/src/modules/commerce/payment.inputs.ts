import { Field, ID, InputType, ObjectType } from "type-graphql";
import { UserError } from "../../graphql/user-error.js";
import { Booking } from "../booking/booking.types.js";
import { Payment, PaymentAction } from "./payment.types.js";

@InputType({ description: "Buy a course outright (self-paced and live-group courses)." })
export class PurchaseCourseInput {
  @Field(() => ID, { description: "The course." })
  courseId!: string;

  @Field(() => String, { nullable: true, description: "A discount code to apply." })
  discountCode?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      "Confirm the card at once with this payment method (pm_…); else confirm with `paymentAction`.",
  })
  paymentMethodId?: string | null;
}

@ObjectType({ description: "Result of `purchaseCourse`." })
export class PurchaseCoursePayload {
  @Field(() => Payment, {
    nullable: true,
    description: "The purchase's ledger entry; SUCCEEDED once paid, when the enrollment exists.",
  })
  payment!: Payment | null;

  @Field(() => PaymentAction, { nullable: true, description: "Set when the card must still be confirmed." })
  paymentAction!: PaymentAction | null;

  @Field(() => [UserError], { description: "Why the request failed, if it did." })
  userErrors!: UserError[];
}

@InputType({ description: "Confirm a payment now instead of waiting for the provider's webhook." })
export class ConfirmPaymentInput {
  @Field(() => ID, { description: "The payment (a ledger entry of the viewer)." })
  paymentId!: string;

  @Field(() => String, {
    nullable: true,
    description:
      "Confirm with this payment method here (offline gateway test cards: pm_card_visa succeeds, pm_card_chargeDeclined declines); without it the intent's current state is read.",
  })
  paymentMethodId?: string | null;
}

@ObjectType({ description: "Result of `confirmPayment`." })
export class ConfirmPaymentPayload {
  @Field(() => Payment, { nullable: true, description: "The payment as it now stands." })
  payment!: Payment | null;

  @Field(() => Booking, { nullable: true, description: "The booking it pays for, if any." })
  booking!: Booking | null;

  @Field(() => [UserError], { description: "Why the request failed, if it did." })
  userErrors!: UserError[];
}

import { Field, ID, InputType, Int, ObjectType } from "type-graphql";
import { DateTimeScalar } from "../../graphql/scalars.js";
import { UserError } from "../../graphql/user-error.js";
import { PaymentAction } from "../commerce/payment.types.js";
import { BookingOutcomeEnum, BookingStatusEnum } from "./booking.enums.js";
import { Booking } from "./booking.types.js";

@InputType({ description: "Book a tutoring slot." })
export class BookSlotInput {
  @Field(() => ID, { description: "An available slot." })
  slotId!: string;

  @Field(() => String, { nullable: true, description: "Notes for the expert." })
  notes?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "A discount code to apply (see `validateDiscountCode`).",
  })
  discountCode?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      "Confirm the card at once with this payment method (pm_…); without it the client confirms with `paymentAction.clientSecret`.",
  })
  paymentMethodId?: string | null;
}

@InputType({ description: "Book a seat in an in-person class." })
export class BookScheduleSeatInput {
  @Field(() => ID, { description: "A published schedule." })
  scheduleId!: string;

  @Field(() => String, { nullable: true, description: "Notes for the organisers." })
  notes?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "A discount code to apply (see `validateDiscountCode`).",
  })
  discountCode?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      "Confirm the card at once with this payment method (pm_…); without it the client confirms with `paymentAction.clientSecret`.",
  })
  paymentMethodId?: string | null;
}

@InputType({ description: "Cancel a booking (learner, expert or admin)." })
export class CancelBookingInput {
  @Field(() => ID, { description: "The booking." })
  bookingId!: string;

  @Field(() => String, { description: "Why; shown to the other party." })
  reason!: string;
}

@InputType({ description: "Confirm a pending booking (its expert, the schedule's managers or an admin)." })
export class ConfirmBookingInput {
  @Field(() => ID, { description: "The booking." })
  bookingId!: string;
}

@InputType({ description: "Decline a pending tutoring booking (its expert or an admin)." })
export class DeclineBookingInput {
  @Field(() => ID, { description: "The booking." })
  bookingId!: string;

  @Field(() => String, { description: "Why; shown to the learner." })
  reason!: string;
}

@InputType({ description: "Record whether a confirmed booking was attended." })
export class RecordBookingOutcomeInput {
  @Field(() => ID, { description: "The booking." })
  bookingId!: string;

  @Field(() => BookingOutcomeEnum, { description: "COMPLETED or NO_SHOW." })
  outcome!: BookingOutcomeEnum;
}

@InputType({
  description:
    "Capture a confirmed booking's card authorization (its expert, the schedule's managers or an admin).",
})
export class CaptureBookingInput {
  @Field(() => ID, { description: "The booking." })
  bookingId!: string;
}

@InputType({ description: "Refund part or all of a booking's payment (admins)." })
export class RefundBookingInput {
  @Field(() => ID, { description: "The booking." })
  bookingId!: string;

  @Field(() => Int, { description: "Amount to refund in cents; at most what was paid and not yet refunded." })
  amountCents!: number;

  @Field(() => String, { description: "Why; kept with the refund and in the audit log." })
  reason!: string;
}

@ObjectType({ description: "Result of the booking mutations." })
export class BookingPayload {
  @Field(() => Booking, { nullable: true, description: "The booking as saved." })
  booking!: Booking | null;

  @Field(() => PaymentAction, {
    nullable: true,
    description: "Set when the learner must still confirm the card (bookSlot, bookScheduleSeat).",
  })
  paymentAction?: PaymentAction | null;

  @Field(() => [UserError], { description: "Why the request failed, if it did." })
  userErrors!: UserError[];
}

@InputType({ description: "Which bookings an admin (or a schedule's manager) lists." })
export class AdminBookingFilter {
  @Field(() => ID, { nullable: true, description: "Bookings of this schedule (its managers may list them)." })
  scheduleId?: string | null;

  @Field(() => ID, { nullable: true, description: "Bookings of this expert." })
  expertId?: string | null;

  @Field(() => ID, { nullable: true, description: "Bookings of this learner." })
  learnerId?: string | null;

  @Field(() => [BookingStatusEnum], { nullable: true, description: "Only these statuses." })
  statuses?: BookingStatusEnum[] | null;

  @Field(() => DateTimeScalar, { nullable: true, description: "Starting at or after." })
  startsAfter?: Date | null;

  @Field(() => DateTimeScalar, { nullable: true, description: "Starting before." })
  startsBefore?: Date | null;
}

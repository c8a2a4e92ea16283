import { Field, InputType, Int, ObjectType } from "type-graphql";
import { connectionType } from "../../graphql/connection.js";
import { Money } from "../../graphql/money.js";
import { Node } from "../../graphql/node.js";
import { DateTimeScalar } from "../../graphql/scalars.js";
import { User } from "../identity/identity.types.js";
import { CourseSchedule } from "../training/training.types.js";
import { BookableSlot, ExpertProfile, TutoringSession } from "../tutoring/tutoring.types.js";
import {
  BookingKindEnum,
  BookingPaymentStatusEnum,
  BookingStatusEnum,
  CancelledByRoleEnum,
} from "./booking.enums.js";

@ObjectType({ description: "Refund terms agreed when the booking was made." })
export class CancellationPolicy {
  @Field(() => DateTimeScalar, {
    description: "A learner cancelling up to this instant gets `refundPercentBefore`.",
  })
  refundableUntil!: Date;

  @Field(() => Int, { description: "Percent of the paid amount refunded up to `refundableUntil`." })
  refundPercentBefore!: number;

  @Field(() => Int, { description: "Percent refunded for a learner's later cancellation." })
  refundPercentAfter!: number;
}

@ObjectType({ description: "Who ended a booking, why and when." })
export class BookingCancellation {
  @Field(() => DateTimeScalar, { description: "When." })
  at!: Date;

  @Field(() => CancelledByRoleEnum, { description: "In which capacity." })
  byRole!: CancelledByRoleEnum;

  @Field(() => User, { nullable: true, description: "Who (null for the system)." })
  by!: User | null;

  @Field(() => String, { nullable: true, description: "Why." })
  reason!: string | null;

  @Field(() => Int, { description: "Percent of the paid amount to refund, by the policy and who cancelled." })
  refundPercent!: number;
}

@ObjectType({
  implements: Node,
  description: "A reservation of a tutoring slot or of a seat in an in-person class.",
})
export class Booking extends Node {
  @Field(() => String, { description: "Human-friendly unique reference, e.g. BK-7KQ2-M9XD." })
  reference!: string;

  @Field(() => BookingKindEnum, { description: "What was booked." })
  kind!: BookingKindEnum;

  @Field(() => BookingStatusEnum, { description: "Lifecycle state." })
  status!: BookingStatusEnum;

  @Field(() => BookingPaymentStatusEnum, { description: "Payment state." })
  paymentStatus!: BookingPaymentStatusEnum;

  @Field(() => String, { description: "What is booked: the session's title or the course's title." })
  title!: string;

  @Field(() => DateTimeScalar, { description: "Start (the slot's or the class's)." })
  startsAt!: Date;

  @Field(() => DateTimeScalar, { description: "End." })
  endsAt!: Date;

  @Field(() => User, { description: "The learner." })
  learner!: User;

  @Field(() => ExpertProfile, { nullable: true, description: "The expert (tutoring bookings)." })
  expert!: ExpertProfile | null;

  @Field(() => TutoringSession, { nullable: true, description: "The tutoring session (tutoring bookings)." })
  tutoringSession!: TutoringSession | null;

  @Field(() => BookableSlot, { nullable: true, description: "The slot (tutoring bookings)." })
  slot!: BookableSlot | null;

  @Field(() => CourseSchedule, { nullable: true, description: "The class (in-person bookings)." })
  schedule!: CourseSchedule | null;

  @Field(() => Money, { description: "List price when booked." })
  price!: Money;

  @Field(() => Money, { description: "Discount applied." })
  discount!: Money;

  @Field(() => Money, { description: "Amount due (price − discount)." })
  amountDue!: Money;

  @Field(() => Money, { description: "Amount the card is authorized for (tutoring; captured later)." })
  amountAuthorized!: Money;

  @Field(() => Money, { description: "Amount paid so far." })
  amountPaid!: Money;

  @Field(() => Money, { description: "Amount refunded so far." })
  amountRefunded!: Money;

  @Field(() => String, { nullable: true, description: "The learner's notes." })
  learnerNotes!: string | null;

  @Field(() => String, { nullable: true, description: "The expert's notes." })
  expertNotes!: string | null;

  @Field(() => CancellationPolicy, { description: "Refund terms." })
  cancellationPolicy!: CancellationPolicy;

  @Field(() => BookingCancellation, { nullable: true, description: "Set when cancelled or declined." })
  cancellation!: BookingCancellation | null;

  @Field(() => DateTimeScalar, { nullable: true, description: "When an unpaid hold lapses." })
  expiresAt!: Date | null;

  @Field(() => DateTimeScalar, {
    nullable: true,
    description:
      "Set when the card authorization lapsed uncaptured (7 days) and was released: the booking needs a new payment.",
  })
  authorizationExpiredAt!: Date | null;

  @Field(() => DateTimeScalar, { nullable: true, description: "When it was confirmed." })
  confirmedAt!: Date | null;

  @Field(() => Boolean, { description: "Whether the viewer may cancel it now." })
  viewerCanCancel!: boolean;

  @Field(() => Boolean, { description: "Whether the viewer may confirm or decline it now." })
  viewerCanConfirm!: boolean;

  @Field(() => DateTimeScalar, { description: "When it was made." })
  createdAt!: Date;
}

export const BookingConnection = connectionType(Booking, "Booking", "A page of bookings, soonest first.");

@InputType({ description: "Which bookings to list." })
export class BookingFilter {
  @Field(() => [BookingStatusEnum], { nullable: true, description: "Only these statuses." })
  statuses?: BookingStatusEnum[] | null;

  @Field(() => DateTimeScalar, { nullable: true, description: "Starting at or after." })
  startsAfter?: Date | null;

  @Field(() => DateTimeScalar, { nullable: true, description: "Starting before." })
  startsBefore?: Date | null;
}

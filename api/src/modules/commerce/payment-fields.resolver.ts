import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { AppContext } from "../../context.js";
import { Money, money } from "../../graphql/money.js";
import type { BookingRow } from "../booking/booking.loaders.js";
import { bookingById } from "../booking/booking.loaders.js";
import { Booking } from "../booking/booking.types.js";
import type { PaymentHandoff } from "../booking/booking-payment.port.js";
import { courseById } from "../catalog/catalog.loaders.js";
import { Course } from "../catalog/catalog.types.js";
import { userById } from "../identity/identity.loaders.js";
import { User } from "../identity/identity.types.js";
import { courseById as individualCourseById } from "../individual/individual.loaders.js";
import { canReadCourse } from "../individual/individual.policy.js";
import { IndividualCourse } from "../individual/individual-course.types.js";
import type { PaymentRow } from "./ledger.js";
import { paymentById, paymentsOfBooking, refundsOf } from "./payment.loaders.js";
import { Payment, PaymentAction } from "./payment.types.js";
import { canReadPayment } from "./payment-flow.service.js";

@Resolver(() => Payment)
export class PaymentFieldsResolver {
  @FieldResolver(() => Money)
  amount(@Root() p: PaymentRow) {
    return money(p.amountCents, p.currency);
  }

  @FieldResolver(() => Money)
  discount(@Root() p: PaymentRow) {
    return money(p.discountAmountCents, p.currency);
  }

  @FieldResolver(() => Boolean)
  simulated(@Root() p: PaymentRow) {
    return p.provider === "OFFLINE";
  }

  @FieldResolver(() => User, { description: "Who paid (or was refunded)." })
  payer(@Root() p: PaymentRow, @Ctx() ctx: AppContext) {
    return userById(ctx).load(p.userId);
  }

  @FieldResolver(() => [Payment], { description: "Refunds made from this payment, oldest first." })
  refunds(@Root() p: PaymentRow, @Ctx() ctx: AppContext) {
    return p.kind === "REFUND" ? [] : refundsOf(ctx).load(p.id);
  }

  @FieldResolver(() => Payment, {
    nullable: true,
    description: "For a refund: the payment it returns money from.",
  })
  original(@Root() p: PaymentRow, @Ctx() ctx: AppContext) {
    return p.parentTransactionId ? paymentById(ctx).load(p.parentTransactionId) : null;
  }

  @FieldResolver(() => Booking, { nullable: true, description: "The booking paid for, if any." })
  booking(@Root() p: PaymentRow, @Ctx() ctx: AppContext) {
    return p.bookingId ? bookingById(ctx).load(p.bookingId) : null;
  }

  @FieldResolver(() => Course, {
    nullable: true,
    description: "The course bought (or whose class was booked), if any.",
  })
  course(@Root() p: PaymentRow, @Ctx() ctx: AppContext) {
    return p.courseId ? courseById(ctx).load(p.courseId) : null;
  }

  @FieldResolver(() => IndividualCourse, {
    nullable: true,
    description: "The individual course paid for (an accepted quote), if any and if the viewer may read it.",
  })
  async individualCourse(@Root() p: PaymentRow, @Ctx() ctx: AppContext) {
    if (!p.individualCourseId) return null;
    const course = await individualCourseById(ctx).load(p.individualCourseId);
    return course && canReadCourse(await ctx.viewer(), course) ? course : null;
  }
}

@Resolver(() => PaymentAction)
export class PaymentActionResolver {
  @FieldResolver(() => Payment, { description: "The payment to confirm." })
  async payment(@Root() action: PaymentHandoff, @Ctx() ctx: AppContext) {
    return paymentById(ctx).load(action.paymentId);
  }
}

@Resolver(() => Booking)
export class BookingPaymentsResolver {
  @FieldResolver(() => [Payment], {
    description:
      "The booking's ledger entries (its payment and refunds), for its learner and admins; empty for others.",
  })
  async payments(@Root() b: BookingRow, @Ctx() ctx: AppContext) {
    const viewer = await ctx.viewer();
    return canReadPayment(viewer, { userId: b.userId }) ? paymentsOfBooking(ctx).load(b.id) : [];
  }
}

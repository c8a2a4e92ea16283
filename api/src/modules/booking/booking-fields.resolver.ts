import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { AppContext } from "../../context.js";
import { Money, money } from "../../graphql/money.js";
import { courseById } from "../catalog/catalog.loaders.js";
import { userById } from "../identity/identity.loaders.js";
import { User } from "../identity/identity.types.js";
import { scheduleById } from "../training/training.loaders.js";
import { CourseSchedule } from "../training/training.types.js";
import { expertById, slotById, tutoringSessionById } from "../tutoring/tutoring.loaders.js";
import { BookableSlot, ExpertProfile, TutoringSession } from "../tutoring/tutoring.types.js";
import { BookingKindEnum } from "./booking.enums.js";
import type { BookingRow } from "./booking.loaders.js";
import { type BookingParties, canCancelBooking, canConfirmBooking } from "./booking.policy.js";
import { type CancelledByRole, refundPercent } from "./booking.rules.js";
import { Booking, BookingCancellation, CancellationPolicy } from "./booking.types.js";

/** The parties of a booking through the request's loaders (no N+1 across a page). */
export async function loadParties(ctx: AppContext, booking: BookingRow): Promise<BookingParties> {
  const [expert, schedule] = await Promise.all([
    booking.expertId ? expertById(ctx).load(booking.expertId) : null,
    booking.scheduleId ? scheduleById(ctx).load(booking.scheduleId) : null,
  ]);
  return {
    learnerId: booking.userId,
    expertUserId: expert?.userId ?? null,
    scheduleManagerIds: [schedule?.instructorId, schedule?.createdById].filter((v): v is string => !!v),
  };
}

const isOpen = (b: BookingRow) =>
  (b.status === "PENDING" || b.status === "CONFIRMED") && b.startsAt > new Date();

@Resolver(() => Booking)
export class BookingFieldsResolver {
  @FieldResolver(() => BookingKindEnum)
  kind(@Root() b: BookingRow) {
    return b.slotId ? BookingKindEnum.TUTORING_SLOT : BookingKindEnum.SCHEDULE_SEAT;
  }

  @FieldResolver(() => String)
  async title(@Root() b: BookingRow, @Ctx() ctx: AppContext) {
    if (b.tutoringSessionId) return (await tutoringSessionById(ctx).load(b.tutoringSessionId))?.title ?? "";
    const schedule = b.scheduleId ? await scheduleById(ctx).load(b.scheduleId) : null;
    return schedule ? ((await courseById(ctx).load(schedule.courseId))?.title ?? "") : "";
  }

  @FieldResolver(() => User)
  learner(@Root() b: BookingRow, @Ctx() ctx: AppContext) {
    return userById(ctx).load(b.userId);
  }

  @FieldResolver(() => ExpertProfile, { nullable: true })
  expert(@Root() b: BookingRow, @Ctx() ctx: AppContext) {
    return b.expertId ? expertById(ctx).load(b.expertId) : null;
  }

  @FieldResolver(() => TutoringSession, { nullable: true })
  tutoringSession(@Root() b: BookingRow, @Ctx() ctx: AppContext) {
    return b.tutoringSessionId ? tutoringSessionById(ctx).load(b.tutoringSessionId) : null;
  }

  @FieldResolver(() => BookableSlot, { nullable: true })
  slot(@Root() b: BookingRow, @Ctx() ctx: AppContext) {
    return b.slotId ? slotById(ctx).load(b.slotId) : null;
  }

  @FieldResolver(() => CourseSchedule, { nullable: true })
  schedule(@Root() b: BookingRow, @Ctx() ctx: AppContext) {
    return b.scheduleId ? scheduleById(ctx).load(b.scheduleId) : null;
  }

  @FieldResolver(() => Money)
  price(@Root() b: BookingRow) {
    return money(b.priceCents, b.currency);
  }

  @FieldResolver(() => Money)
  discount(@Root() b: BookingRow) {
    return money(b.discountCents, b.currency);
  }

  @FieldResolver(() => Money)
  amountDue(@Root() b: BookingRow) {
    return money(b.paymentAmountCents, b.currency);
  }

  @FieldResolver(() => Money)
  amountAuthorized(@Root() b: BookingRow) {
    return money(b.amountAuthorizedCents, b.currency);
  }

  @FieldResolver(() => Money)
  amountPaid(@Root() b: BookingRow) {
    return money(b.amountCapturedCents, b.currency);
  }

  @FieldResolver(() => Money)
  amountRefunded(@Root() b: BookingRow) {
    return money(b.amountRefundedCents, b.currency);
  }

  @FieldResolver(() => CancellationPolicy)
  cancellationPolicy(@Root() b: BookingRow): CancellationPolicy {
    return {
      refundableUntil: b.refundableUntil ?? b.startsAt,
      refundPercentBefore: b.refundPercentBefore,
      refundPercentAfter: b.refundPercentAfter,
    };
  }

  @FieldResolver(() => BookingCancellation, { nullable: true })
  cancellation(@Root() b: BookingRow, @Ctx() ctx: AppContext) {
    if (!b.cancelledAt || !b.cancelledByRole) return null;
    const role = b.cancelledByRole as CancelledByRole;
    return {
      at: b.cancelledAt,
      byRole: role,
      by: b.cancelledById ? userById(ctx).load(b.cancelledById) : null,
      reason: b.cancellationReason,
      refundPercent: refundPercent(this.cancellationPolicy(b), b.cancelledAt, role),
    };
  }

  @FieldResolver(() => Boolean)
  async viewerCanCancel(@Root() b: BookingRow, @Ctx() ctx: AppContext) {
    return isOpen(b) && canCancelBooking(await ctx.viewer(), await loadParties(ctx, b));
  }

  @FieldResolver(() => Boolean)
  async viewerCanConfirm(@Root() b: BookingRow, @Ctx() ctx: AppContext) {
    return b.status === "PENDING" && canConfirmBooking(await ctx.viewer(), await loadParties(ctx, b));
  }
}

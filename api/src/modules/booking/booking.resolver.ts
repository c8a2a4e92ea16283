import { Arg, Args, Ctx, Mutation, Query, Resolver } from "type-graphql";
import type { AppContext } from "../../context.js";
import { fromGlobalIdOf } from "../../graphql/global-id.js";
import { PageArgsInput } from "../../graphql/page-args.js";
import { toPayload } from "../../graphql/payload.js";
import {
  AdminBookingFilter,
  BookingPayload,
  BookScheduleSeatInput,
  BookSlotInput,
  CancelBookingInput,
  CaptureBookingInput,
  ConfirmBookingInput,
  DeclineBookingInput,
  RecordBookingOutcomeInput,
  RefundBookingInput,
} from "./booking.inputs.js";
import { Booking, BookingConnection, BookingFilter } from "./booking.types.js";

const empty = { booking: null };
const emptyCheckout = { booking: null, paymentAction: null };
const NO_MATCH = "00000000-0000-0000-0000-000000000000";
const filterArg = { nullable: true, description: "Which bookings." } as const;

@Resolver(() => Booking)
export class BookingResolver {
  @Query(() => BookingConnection, { description: "The viewer's bookings, soonest first." })
  async myBookings(
    @Arg("filter", () => BookingFilter, filterArg) filter: BookingFilter | null,
    @Args(() => PageArgsInput) page: PageArgsInput,
    @Ctx() ctx: AppContext,
  ) {
    return ctx.services.bookingQueries.mine(await ctx.requireViewer(), filter ?? {}, page);
  }

  @Query(() => BookingConnection, {
    description: "Bookings of the viewer's tutoring sessions (experts), soonest first.",
  })
  async expertBookings(
    @Arg("filter", () => BookingFilter, filterArg) filter: BookingFilter | null,
    @Args(() => PageArgsInput) page: PageArgsInput,
    @Ctx() ctx: AppContext,
  ) {
    return ctx.services.bookingQueries.asExpert(await ctx.requireViewer(), filter ?? {}, page);
  }

  @Query(() => BookingConnection, { description: "All bookings (admins), or one schedule's (its managers)." })
  async bookings(
    @Arg("filter", () => AdminBookingFilter, filterArg) filter: AdminBookingFilter | null,
    @Args(() => PageArgsInput) page: PageArgsInput,
    @Ctx() ctx: AppContext,
  ) {
    const decode = (type: string, id: string | null | undefined) =>
      id ? (fromGlobalIdOf(type, id) ?? NO_MATCH) : null;
    const { scheduleId, expertId, learnerId, ...rest } = filter ?? {};
    return ctx.services.bookingQueries.list(
      await ctx.requireViewer(),
      {
        ...rest,
        scheduleId: decode("CourseSchedule", scheduleId),
        expertId: decode("ExpertProfile", expertId),
        userId: decode("User", learnerId),
      },
      page,
    );
  }

  @Query(() => Booking, {
    nullable: true,
    description: "A booking by its reference; null when unknown or not visible.",
  })
  async booking(
    @Arg("reference", () => String, { description: "E.g. BK-7KQ2-M9XD." }) reference: string,
    @Ctx() ctx: AppContext,
  ) {
    return ctx.services.bookingQueries.byReference(await ctx.viewer(), reference);
  }

  @Mutation(() => BookingPayload, {
    description:
      "Book a tutoring slot; the seat is taken atomically and the card is authorized for the price (captured when the expert confirms).",
  })
  async bookSlot(@Arg("input", () => BookSlotInput) input: BookSlotInput, @Ctx() ctx: AppContext) {
    const viewer = await ctx.requireViewer();
    return toPayload(() => ctx.services.bookings.bookSlot(viewer, input), emptyCheckout);
  }

  @Mutation(() => BookingPayload, {
    description:
      "Book a seat in an in-person class; the seat is taken atomically and confirmed when the payment succeeds.",
  })
  async bookScheduleSeat(
    @Arg("input", () => BookScheduleSeatInput) input: BookScheduleSeatInput,
    @Ctx() ctx: AppContext,
  ) {
    const viewer = await ctx.requireViewer();
    return toPayload(() => ctx.services.bookings.bookScheduleSeat(viewer, input), emptyCheckout);
  }

  @Mutation(() => BookingPayload, {
    description: "Cancel a booking and release its seat; the refund follows its policy.",
  })
  async cancelBooking(
    @Arg("input", () => CancelBookingInput) input: CancelBookingInput,
    @Ctx() ctx: AppContext,
  ) {
    const viewer = await ctx.requireViewer();
    return toPayload(() => ctx.services.bookingChanges.cancel(viewer, input), empty);
  }

  @Mutation(() => BookingPayload, { description: "Confirm a pending booking." })
  async confirmBooking(
    @Arg("input", () => ConfirmBookingInput) input: ConfirmBookingInput,
    @Ctx() ctx: AppContext,
  ) {
    const viewer = await ctx.requireViewer();
    return toPayload(() => ctx.services.bookingChanges.confirm(viewer, input), empty);
  }

  @Mutation(() => BookingPayload, { description: "Decline a pending tutoring booking and release its slot." })
  async declineBooking(
    @Arg("input", () => DeclineBookingInput) input: DeclineBookingInput,
    @Ctx() ctx: AppContext,
  ) {
    const viewer = await ctx.requireViewer();
    return toPayload(() => ctx.services.bookingChanges.decline(viewer, input), empty);
  }

  @Mutation(() => BookingPayload, { description: "Record that a confirmed booking was attended or not." })
  async recordBookingOutcome(
    @Arg("input", () => RecordBookingOutcomeInput) input: RecordBookingOutcomeInput,
    @Ctx() ctx: AppContext,
  ) {
    const viewer = await ctx.requireViewer();
    return toPayload(() => ctx.services.bookingChanges.recordOutcome(viewer, input), empty);
  }

  @Mutation(() => BookingPayload, {
    description: "Capture a confirmed booking's card authorization; retrying is safe (one capture).",
  })
  async captureBooking(
    @Arg("input", () => CaptureBookingInput) input: CaptureBookingInput,
    @Ctx() ctx: AppContext,
  ) {
    const viewer = await ctx.requireViewer();
    return toPayload(() => ctx.services.bookingMoney.capture(viewer, input), empty);
  }

  @Mutation(() => BookingPayload, { description: "Refund part or all of a booking's payment (admins)." })
  async refundBooking(
    @Arg("input", () => RefundBookingInput) input: RefundBookingInput,
    @Ctx() ctx: AppContext,
  ) {
    const viewer = await ctx.requireViewer();
    return toPayload(() => ctx.services.bookingMoney.refund(viewer, input), empty);
  }
}

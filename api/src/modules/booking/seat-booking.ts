import type { Viewer } from "../../context.js";
import type { Prisma } from "../../generated/prisma/client.js";
import { UserErrorCode, UserErrorsException, userError } from "../../graphql/user-error.js";
import { PendingEvents } from "../../realtime/pending-events.js";
import { notify } from "../notifications/notification.events.js";
import { scheduleSeatsEvent } from "../training/schedule.events.js";
import { seatPrice } from "../training/schedule.rules.js";
import { bookingUpdatedEvent } from "./booking.events.js";
import { bookingSelect } from "./booking.loaders.js";
import { cancellationPolicy, newBookingReference } from "./booking.rules.js";
import { recordBookingMade } from "./booking-made.js";
import type { BookingPaymentPort } from "./booking-payment.port.js";
import { scheduleToBook } from "./booking-targets.js";
import { takeScheduleSeat } from "./seat-ledger.js";

const fail = (code: UserErrorCode, message: string, field?: string): never => {
  throw new UserErrorsException([userError(code, message, field)]);
};

/**
 * Books a seat of an in-person class in `tx` (seed 004): prices it (the schedule's override or
 * the course), records the booking with its cancellation policy, its checkout and the learner's
 * notification, and takes the seat LAST with one conditional UPDATE. The hot schedule row is
 * then locked only for that UPDATE, the duplicate check and COMMIT, not for every insert
 * (64 bookers of one class queue on that lock); when the seat is gone the whole transaction,
 * inserts included, rolls back.
 */
export async function bookSeatInTransaction(
  tx: Prisma.TransactionClient,
  deps: { payments: BookingPaymentPort },
  viewer: Viewer,
  data: { scheduleId: string; notes?: string | null; discountCode?: string | null },
  now: Date,
) {
  const schedule = await scheduleToBook(tx, data.scheduleId);
  if (!schedule || schedule.status === "DRAFT" || schedule.course.deletedAt) {
    return fail(UserErrorCode.NOT_FOUND, "No such schedule.", "scheduleId");
  }
  if (schedule.startsAt <= now) fail(UserErrorCode.INVALID, "This class has already started.", "scheduleId");
  if (schedule.status !== "PUBLISHED" && schedule.status !== "FULL") {
    fail(UserErrorCode.UNAVAILABLE, `This class is ${schedule.status.toLowerCase()}.`, "scheduleId");
  }
  if (schedule.instructorId === viewer.id)
    fail(UserErrorCode.INVALID, "You cannot book a class you teach.", "scheduleId");
  // Full as last committed: refused before writing anything (the UPDATE below has the last word).
  if (schedule.status === "FULL" || schedule.bookedCount >= schedule.capacity)
    fail(UserErrorCode.UNAVAILABLE, "This class is full.", "scheduleId");

  const course = schedule.course;
  const price = seatPrice(schedule, course);
  const discount = data.discountCode
    ? await deps.payments.redeemDiscount(tx, {
        code: data.discountCode,
        userId: viewer.id,
        target: {
          kind: "SCHEDULE_SEAT",
          courseId: course.id,
          format: course.format,
          courseType: course.courseType,
        },
        priceCents: price.amountCents,
        currency: price.currency,
        now,
      })
    : null;
  const due = price.amountCents - (discount?.amountCents ?? 0);
  const state = deps.payments.initialState(
    { kind: "SCHEDULE_SEAT", amountCents: due, currency: price.currency },
    now,
  );
  const booking = await tx.booking.create({
    data: {
      reference: newBookingReference(),
      userId: viewer.id,
      scheduleId: data.scheduleId,
      startsAt: schedule.startsAt,
      endsAt: schedule.endsAt,
      ...state,
      confirmedAt: state.status === "CONFIRMED" ? now : null,
      priceCents: price.amountCents,
      discountCents: discount?.amountCents ?? 0,
      discountCodeId: discount?.discountCodeId ?? null,
      paymentAmountCents: due,
      currency: price.currency,
      notes: data.notes ?? null,
      ...cancellationPolicy("SCHEDULE_SEAT", schedule.startsAt),
    },
    select: bookingSelect,
  });
  const payment = await deps.payments.recordCheckout(tx, booking, {
    discount,
    productName: course.title,
    courseId: course.id,
  });
  const events = new PendingEvents();
  await notify(tx, events, [
    {
      userId: viewer.id,
      type: "BOOKING",
      title: booking.status === "CONFIRMED" ? "Seat confirmed" : "Seat reserved",
      description: `${course.title}: ${booking.reference}.`,
      metadata: { bookingId: booking.id, reference: booking.reference },
    },
  ]);
  await recordBookingMade(tx, booking);

  const seat = await takeScheduleSeat(tx, data.scheduleId);
  if (!seat) return fail(UserErrorCode.UNAVAILABLE, "This class is full.", "scheduleId");
  // What was recorded above came from the unlocked read: the class must not have moved since.
  if (
    seat.starts_at.getTime() !== schedule.startsAt.getTime() ||
    seat.ends_at.getTime() !== schedule.endsAt.getTime() ||
    seat.price_cents !== schedule.priceCents ||
    seat.currency !== schedule.currency
  )
    fail(UserErrorCode.UNAVAILABLE, "This class was just changed. Check it and book again.", "scheduleId");
  // After the seat's row lock: a second booking by the same person waits here and sees the first.
  const mine = await tx.booking.count({
    where: {
      scheduleId: seat.id,
      userId: viewer.id,
      status: { in: ["PENDING", "CONFIRMED"] },
      id: { not: booking.id },
    },
  });
  if (mine > 0) fail(UserErrorCode.TAKEN, "You already have a seat in this class.", "scheduleId");

  scheduleSeatsEvent(
    { id: seat.id, status: seat.status, capacity: seat.capacity, bookedCount: seat.booked_count },
    events,
  );
  const managers = [schedule.instructorId, schedule.createdById].filter((v): v is string => !!v);
  return {
    booking,
    payment,
    events: bookingUpdatedEvent(events, booking, {
      learnerId: viewer.id,
      expertUserId: null,
      scheduleManagerIds: managers,
    }),
  };
}

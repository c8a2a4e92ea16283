import type { Viewer } from "../../context.js";
import type { Prisma } from "../../generated/prisma/client.js";
import { UserErrorCode, UserErrorsException, userError } from "../../graphql/user-error.js";
import { PendingEvents } from "../../realtime/pending-events.js";
import { notify } from "../notifications/notification.events.js";
import { slotAvailabilityEvent } from "../tutoring/slot.events.js";
import { bookingUpdatedEvent } from "./booking.events.js";
import { bookingSelect } from "./booking.loaders.js";
import type { BookingParties } from "./booking.policy.js";
import { cancellationPolicy, newBookingReference } from "./booking.rules.js";
import { recordBookingMade } from "./booking-made.js";
import type { BookingPaymentPort } from "./booking-payment.port.js";
import { slotToBook } from "./booking-targets.js";
import { blockOverlappingSlots, takeSlotSeat } from "./seat-ledger.js";

const fail = (code: UserErrorCode, message: string, field?: string): never => {
  throw new UserErrorsException([userError(code, message, field)]);
};

/**
 * Books a tutoring slot in `tx` (seed 003 create_booking_with_payment): checks
 * the slot can be booked, records the booking with its price and cancellation
 * policy, its checkout and the notifications of learner and expert, then takes
 * the seat LAST with one conditional UPDATE and blocks the expert's overlapping
 * slots. The slot's row lock is held only from there to COMMIT; when the seat is
 * gone the whole transaction, inserts included, rolls back.
 */
export async function bookSlotInTransaction(
  tx: Prisma.TransactionClient,
  deps: { payments: BookingPaymentPort; minNoticeMinutes: number },
  viewer: Viewer,
  data: { slotId: string; notes?: string | null; discountCode?: string | null },
  now: Date,
) {
  const earliest = new Date(now.getTime() + deps.minNoticeMinutes * 60_000);

  const slot = await slotToBook(tx, data.slotId);
  if (slot?.expert.verificationStatus !== "VERIFIED")
    return fail(UserErrorCode.NOT_FOUND, "No such slot.", "slotId");
  if (slot.startsAt <= now) fail(UserErrorCode.INVALID, "This slot is in the past.", "slotId");
  if (slot.startsAt < earliest)
    fail(
      UserErrorCode.INVALID,
      `Slots must be booked at least ${deps.minNoticeMinutes} minutes ahead.`,
      "slotId",
    );
  if (!slot.tutoringSession.isActive)
    fail(UserErrorCode.UNAVAILABLE, "This session is not offered any more.", "slotId");
  if (!slot.expert.isAvailable)
    fail(UserErrorCode.UNAVAILABLE, "The expert is not taking bookings.", "slotId");
  if (slot.expert.userId === viewer.id)
    fail(UserErrorCode.INVALID, "You cannot book your own session.", "slotId");
  // Taken as last committed: refused before writing anything (the UPDATE below has the last word).
  if (slot.status !== "AVAILABLE" || slot.bookedCount >= slot.capacity)
    fail(UserErrorCode.UNAVAILABLE, "This slot is no longer available.", "slotId");

  const session = slot.tutoringSession;
  const discount = data.discountCode
    ? await deps.payments.redeemDiscount(tx, {
        code: data.discountCode,
        userId: viewer.id,
        target: { kind: "TUTORING_SLOT" },
        priceCents: session.priceCents,
        currency: session.currency,
        now,
      })
    : null;
  const due = session.priceCents - (discount?.amountCents ?? 0);
  const state = deps.payments.initialState(
    { kind: "TUTORING_SLOT", amountCents: due, currency: session.currency },
    now,
  );
  const booking = await tx.booking.create({
    data: {
      reference: newBookingReference(),
      userId: viewer.id,
      expertId: slot.expert.id,
      tutoringSessionId: session.id,
      slotId: data.slotId,
      startsAt: slot.startsAt,
      endsAt: slot.endsAt,
      ...state,
      confirmedAt: state.status === "CONFIRMED" ? now : null,
      priceCents: session.priceCents,
      discountCents: discount?.amountCents ?? 0,
      discountCodeId: discount?.discountCodeId ?? null,
      paymentAmountCents: due,
      currency: session.currency,
      learnerNotes: data.notes ?? null,
      ...cancellationPolicy("TUTORING_SLOT", slot.startsAt),
    },
    select: bookingSelect,
  });
  const payment = await deps.payments.recordCheckout(tx, booking, {
    discount,
    productName: session.title,
    courseId: null,
  });
  const events = new PendingEvents();
  const parties: BookingParties = {
    learnerId: viewer.id,
    expertUserId: slot.expert.userId,
    scheduleManagerIds: [],
  };
  await notify(tx, events, [
    {
      userId: viewer.id,
      type: "BOOKING",
      title: booking.status === "CONFIRMED" ? "Booking confirmed" : "Booking received",
      description: `${session.title}: ${booking.reference}.`,
      metadata: { bookingId: booking.id, reference: booking.reference },
    },
    {
      userId: slot.expert.userId,
      type: "BOOKING",
      title: booking.status === "CONFIRMED" ? "New booking" : "New booking to confirm",
      description: `${session.title}: ${booking.reference}.`,
      metadata: { bookingId: booking.id, reference: booking.reference },
    },
  ]);
  await recordBookingMade(tx, booking);

  const seat = await takeSlotSeat(tx, data.slotId, earliest);
  if (!seat) return fail(UserErrorCode.UNAVAILABLE, "This slot is no longer available.", "slotId");
  // What was recorded above came from the unlocked read: the slot must not have moved since.
  if (
    seat.starts_at.getTime() !== slot.startsAt.getTime() ||
    seat.ends_at.getTime() !== slot.endsAt.getTime()
  )
    fail(UserErrorCode.UNAVAILABLE, "This slot was just changed. Check it and book again.", "slotId");
  // After the seat's row lock: a second booking by the same person waits here and sees the first.
  const mine = await tx.booking.count({
    where: {
      slotId: seat.id,
      userId: viewer.id,
      status: { in: ["PENDING", "CONFIRMED"] },
      id: { not: booking.id },
    },
  });
  if (mine > 0) fail(UserErrorCode.TAKEN, "You have already booked this slot.", "slotId");

  slotAvailabilityEvent(events, {
    slotId: seat.id,
    tutoringSessionId: session.id,
    expertId: seat.expert_id,
    reason: "BOOKED",
  });
  if (seat.booked_count === 1) {
    for (const tutoringSessionId of await blockOverlappingSlots(tx, seat)) {
      slotAvailabilityEvent(events, {
        slotId: null,
        tutoringSessionId,
        expertId: seat.expert_id,
        reason: "BLOCKED",
      });
    }
  }
  return { booking, payment, events: bookingUpdatedEvent(events, booking, parties) };
}

import { z } from "zod";
import type { Viewer } from "../../context.js";
import type { CampusPrisma } from "../../db/client.js";
import { globalIdOf } from "../../lib/id-schema.js";
import { parseInput } from "../../lib/validation.js";
import type { CampusPubSub } from "../../realtime/pubsub.js";
import type { BookingPaymentPort } from "./booking-payment.port.js";
import { runBookingTransaction } from "./booking-transaction.js";
import { bookSeatInTransaction } from "./seat-booking.js";
import { bookSlotInTransaction } from "./slot-booking.js";

const notes = z.string().trim().max(2000, "Notes must be at most 2000 characters.").nullish();
const checkout = {
  notes,
  discountCode: z.string().trim().max(50, "Discount codes have at most 50 characters.").nullish(),
  paymentMethodId: z.string().trim().min(1).max(255).nullish(),
};
const slotSchema = z.object({ slotId: globalIdOf("BookableSlot", "slot"), ...checkout });
const scheduleSchema = z.object({ scheduleId: globalIdOf("CourseSchedule", "course schedule"), ...checkout });

export interface BookingDeps {
  prisma: CampusPrisma;
  pubsub: CampusPubSub;
  payments: BookingPaymentPort;
  minNoticeMinutes: number;
}

/**
 * Making bookings: a tutoring slot or a seat in an in-person class. Each runs
 * in one transaction (retried on deadlock); its events are published after the
 * commit. The payment intent is created after that commit (a provider call must
 * not hold the seat's lock), with the booking's id in its idempotency key.
 */
export class BookingService {
  constructor(private readonly deps: BookingDeps) {}

  async bookSlot(viewer: Viewer, input: unknown) {
    const data = parseInput(slotSchema, input);
    const { booking, payment, events } = await runBookingTransaction(this.deps.prisma, (tx) =>
      bookSlotInTransaction(tx, this.deps, viewer, data, new Date()),
    );
    events.publish(this.deps.pubsub);
    return this.deps.payments.startPayment(booking, data.paymentMethodId ?? null, payment);
  }

  async bookScheduleSeat(viewer: Viewer, input: unknown) {
    const data = parseInput(scheduleSchema, input);
    const { booking, payment, events } = await runBookingTransaction(this.deps.prisma, (tx) =>
      bookSeatInTransaction(tx, this.deps, viewer, data, new Date()),
    );
    events.publish(this.deps.pubsub);
    return this.deps.payments.startPayment(booking, data.paymentMethodId ?? null, payment);
  }
}

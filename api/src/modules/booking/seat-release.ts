import type { Prisma } from "../../generated/prisma/client.js";
import type { PendingEvents } from "../../realtime/pending-events.js";
import { scheduleSeatsEvent } from "../training/schedule.events.js";
import { slotAvailabilityEvent } from "../tutoring/slot.events.js";
import { releaseScheduleSeat, releaseSlotSeat, reopenOverlappingSlots } from "./seat-ledger.js";

/**
 * Gives back the seat an ending booking held, in its transaction, and queues
 * the availability events: a tutoring slot that becomes free again also
 * reopens the expert's overlapping slots it had blocked.
 */
export async function releaseSeat(
  tx: Prisma.TransactionClient,
  events: PendingEvents,
  booking: { slotId: string | null; scheduleId: string | null },
): Promise<void> {
  if (booking.slotId) {
    const slot = await releaseSlotSeat(tx, booking.slotId);
    if (!slot) return;
    const expertId = slot.expert_id;
    slotAvailabilityEvent(events, {
      slotId: slot.id,
      tutoringSessionId: slot.tutoring_session_id,
      expertId,
      reason: "RELEASED",
    });
    if (slot.booked_count === 0) {
      for (const tutoringSessionId of await reopenOverlappingSlots(tx, slot)) {
        slotAvailabilityEvent(events, { slotId: null, tutoringSessionId, expertId, reason: "REOPENED" });
      }
    }
  } else if (booking.scheduleId) {
    const schedule = await releaseScheduleSeat(tx, booking.scheduleId);
    if (schedule) {
      scheduleSeatsEvent(
        {
          id: schedule.id,
          status: schedule.status,
          capacity: schedule.capacity,
          bookedCount: schedule.booked_count,
        },
        events,
      );
    }
  }
}

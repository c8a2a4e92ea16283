import type { PendingEvents } from "../../realtime/pending-events.js";
import { topics } from "../../realtime/topics.js";

export type SlotChangeReason = "BOOKED" | "RELEASED" | "BLOCKED" | "REOPENED" | "REGENERATED";

/** What `slotAvailabilityChanged` subscribers are sent (JSON: it may cross Redis). */
export interface SlotAvailabilityEvent {
  /** The slot whose seats changed; null when many slots of the session changed at once. */
  slotId: string | null;
  tutoringSessionId: string;
  expertId: string;
  reason: SlotChangeReason;
}

/** Queues the event on the session's topic and on the expert's. */
export function slotAvailabilityEvent(events: PendingEvents, event: SlotAvailabilityEvent): PendingEvents {
  return events
    .add(topics.slotAvailabilityBySession(event.tutoringSessionId), event)
    .add(topics.slotAvailabilityByExpert(event.expertId), event);
}

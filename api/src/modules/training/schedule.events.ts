import { PendingEvents } from "../../realtime/pending-events.js";
import { topics } from "../../realtime/topics.js";
import { seatsLeft } from "./schedule.rules.js";

/** What `scheduleSeatsChanged` subscribers are sent (JSON: it may cross Redis). */
export interface ScheduleSeatsEvent {
  scheduleId: string;
  status: string;
  capacity: number;
  bookedCount: number;
  seatsLeft: number;
}

export function scheduleSeatsEvent(
  schedule: { id: string; status: string; capacity: number; bookedCount: number },
  events = new PendingEvents(),
): PendingEvents {
  const payload: ScheduleSeatsEvent = {
    scheduleId: schedule.id,
    status: schedule.status,
    capacity: schedule.capacity,
    bookedCount: schedule.bookedCount,
    seatsLeft: seatsLeft(schedule),
  };
  return events.add(topics.scheduleSeatsChanged(schedule.id), payload);
}

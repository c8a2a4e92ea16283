import type { PendingEvents } from "../../realtime/pending-events.js";
import { topics } from "../../realtime/topics.js";
import type { BookingParties } from "./booking.policy.js";

/** What `bookingUpdated` subscribers are sent (JSON: it may cross Redis); they re-read the booking. */
export interface BookingUpdatedEvent {
  bookingId: string;
  status: string;
}

/** Queues the event on the topic of every party that follows the booking (learner, expert, schedule managers). */
export function bookingUpdatedEvent(
  events: PendingEvents,
  booking: { id: string; status: string },
  parties: BookingParties,
): PendingEvents {
  const payload: BookingUpdatedEvent = { bookingId: booking.id, status: booking.status };
  const people = new Set([parties.learnerId, parties.expertUserId, ...parties.scheduleManagerIds]);
  for (const userId of people) if (userId) events.add(topics.bookingUpdated(userId), payload);
  return events;
}

import { PendingEvents } from "../../realtime/pending-events.js";
import { topics } from "../../realtime/topics.js";

/** What `liveSessionUpdated` subscribers are sent (JSON: it may cross Redis); they re-read the session. */
export interface LiveSessionUpdatedEvent {
  liveSessionId: string;
  status: string;
}

export function liveSessionUpdatedEvent(
  session: { id: string; status: string },
  events = new PendingEvents(),
): PendingEvents {
  const payload: LiveSessionUpdatedEvent = { liveSessionId: session.id, status: session.status };
  return events.add(topics.liveSessionUpdated(session.id), payload);
}

import type { PendingEvents } from "../../realtime/pending-events.js";
import { topics } from "../../realtime/topics.js";

/** Sent to instructors when an inquiry arrives (JSON: it may cross Redis); they re-read it. */
export interface ContactInquiryEvent {
  inquiryId: string;
}

/** Sent to a course's instructor when its quote is viewed or answered; they re-read the quote. */
export interface QuoteEvent {
  quoteId: string;
  status: string;
}

/** Queues a quote event for the people following the quote: the course's instructor and its author. */
export function quoteEvent(
  events: PendingEvents,
  topic: (userId: string) => string,
  quote: { id: string; status: string; createdById: string | null },
  instructorId: string | null,
): PendingEvents {
  const payload: QuoteEvent = { quoteId: quote.id, status: quote.status };
  for (const userId of new Set([instructorId, quote.createdById]))
    if (userId) events.add(topic(userId), payload);
  return events;
}

export const quoteViewedEvent = (
  events: PendingEvents,
  quote: { id: string; status: string; createdById: string | null },
  instructorId: string | null,
) => quoteEvent(events, topics.quoteViewed, quote, instructorId);

export const quoteRespondedEvent = (
  events: PendingEvents,
  quote: { id: string; status: string; createdById: string | null },
  instructorId: string | null,
) => quoteEvent(events, topics.quoteResponded, quote, instructorId);

/**
 * Pub/sub topic names. Ids are part of the topic so Redis only delivers an
 * event to the replicas that have a subscriber for that object or person,
 * and a subscriber can never even listen on another person's topic.
 */
export const topics = {
  /** A booking changed; published once for the learner and once for the expert. */
  bookingUpdated: (userId: string) => `BOOKING_UPDATED:${userId}`,
  /** A slot's availability changed; published per session and per expert. */
  slotAvailabilityBySession: (tutoringSessionId: string) => `SLOT_AVAILABILITY:session:${tutoringSessionId}`,
  slotAvailabilityByExpert: (expertId: string) => `SLOT_AVAILABILITY:expert:${expertId}`,
  /** Seats of a course schedule changed. */
  scheduleSeatsChanged: (scheduleId: string) => `SCHEDULE_SEATS:${scheduleId}`,
  /** A notification was created for a user. */
  notificationAdded: (userId: string) => `NOTIFICATION_ADDED:${userId}`,
  /** A live session changed: status, schedule, places or recording (public per session). */
  liveSessionUpdated: (liveSessionId: string) => `LIVE_SESSION_UPDATED:${liveSessionId}`,
  /** A contact inquiry arrived; every instructor may listen (seed 000: instructors handle inquiries). */
  contactInquiryReceived: () => "CONTACT_INQUIRY_RECEIVED",
  /** The recipient opened a quote of this instructor's course for the first time. */
  quoteViewed: (instructorId: string) => `QUOTE_VIEWED:${instructorId}`,
  /** The recipient accepted or rejected a quote of this instructor's course. */
  quoteResponded: (instructorId: string) => `QUOTE_RESPONDED:${instructorId}`,
} as const;

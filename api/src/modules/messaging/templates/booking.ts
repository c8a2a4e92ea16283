import { compose, formatWhen, type Locale, pick, type RenderedEmail } from "./template-kit.js";

export interface BookingEmailData {
  recipientName: string;
  reference: string;
  /** Course or tutoring session title. */
  title: string;
  startsAt: Date;
  timeZone: string;
  /** Where the booking can be seen. */
  url: string;
}

export function bookingConfirmation(locale: Locale, d: BookingEmailData): RenderedEmail {
  const when = formatWhen(d.startsAt, locale, d.timeZone);
  return pick(locale, {
    en: () =>
      compose(
        `Booking confirmed: ${d.title} (${d.reference})`,
        [
          `Hello ${d.recipientName},`,
          `Your booking ${d.reference} for "${d.title}" on ${when} is confirmed.`,
        ],
        { label: "View your booking", url: d.url },
      ),
    fr: () =>
      compose(
        `Réservation confirmée : ${d.title} (${d.reference})`,
        [
          `Bonjour ${d.recipientName},`,
          `Votre réservation ${d.reference} pour « ${d.title} » le ${when} est confirmée.`,
        ],
        { label: "Voir votre réservation", url: d.url },
      ),
  })();
}

/** Sent 24 hours before the start. */
export function bookingReminder(locale: Locale, d: BookingEmailData): RenderedEmail {
  const when = formatWhen(d.startsAt, locale, d.timeZone);
  return pick(locale, {
    en: () =>
      compose(
        `Reminder: ${d.title} starts tomorrow`,
        [
          `Hello ${d.recipientName},`,
          `A reminder that "${d.title}" (booking ${d.reference}) starts on ${when}.`,
        ],
        { label: "View your booking", url: d.url },
      ),
    fr: () =>
      compose(
        `Rappel : ${d.title} commence demain`,
        [
          `Bonjour ${d.recipientName},`,
          `Pour rappel, « ${d.title} » (réservation ${d.reference}) commence le ${when}.`,
        ],
        { label: "Voir votre réservation", url: d.url },
      ),
  })();
}

export function bookingCancelled(
  locale: Locale,
  d: BookingEmailData & { reason: string | null },
): RenderedEmail {
  const when = formatWhen(d.startsAt, locale, d.timeZone);
  return pick(locale, {
    en: () =>
      compose(`Booking cancelled: ${d.title} (${d.reference})`, [
        `Hello ${d.recipientName},`,
        `Your booking ${d.reference} for "${d.title}" on ${when} has been cancelled.`,
        ...(d.reason ? [`Reason: ${d.reason}`] : []),
      ]),
    fr: () =>
      compose(`Réservation annulée : ${d.title} (${d.reference})`, [
        `Bonjour ${d.recipientName},`,
        `Votre réservation ${d.reference} pour « ${d.title} » le ${when} a été annulée.`,
        ...(d.reason ? [`Motif : ${d.reason}`] : []),
      ]),
  })();
}

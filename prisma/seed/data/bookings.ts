// Demo bookings across the whole lifecycle: every BookingStatus and every BookingPaymentStatus
// appears at least once. Amounts and ledger rows are derived (booking.ts), never typed in.
import type {
  BookingPaymentStatus,
  BookingStatus,
  CancelledByRole,
} from "../../../api/src/generated/prisma/enums.js";
import type { PersonKey } from "./people.js";

export type BookingDef = {
  key: string;
  who: PersonKey;
  /** [tutoring session, first day relative to today, n-th slot from there] or a schedule key. */
  slot?: readonly [session: string, dayOffset: number, ordinal: number];
  schedule?: string;
  status: BookingStatus;
  payment: BookingPaymentStatus;
  /** Hours before "now" the booking was made. */
  bookedHoursAgo: number;
  code?: string;
  cancel?: { by: PersonKey; role: CancelledByRole; reason: string; hoursBeforeStart?: number };
  attendee?: { firstName: string; lastName: string; email: string; phone: string; company: string };
  notes?: string;
  learnerNotes?: string;
  expertNotes?: string;
  certificate?: boolean;
};

export const bookings: BookingDef[] = [
  // Tutoring slots
  {
    key: "emma-graphql-review",
    who: "emma",
    slot: ["graphql-review-60", -12, 0],
    status: "COMPLETED",
    payment: "PAID",
    bookedHoursAgo: 400,
    learnerNotes: "Our pagination is offset-based, should we move to cursors?",
    expertNotes: "Sent a written summary with the connection spec.",
  },
  {
    key: "noah-graphql-review",
    who: "noah",
    slot: ["graphql-review-60", 2, 1],
    status: "CONFIRMED",
    payment: "PAID",
    bookedHoursAgo: 50,
  },
  {
    key: "lucas-claire-60",
    who: "lucas",
    slot: ["bridge-individuel-60", 3, 0],
    status: "CONFIRMED",
    payment: "AUTHORIZED",
    bookedHoursAgo: 30,
    learnerNotes: "Je voudrais travailler le Stayman.",
  },
  {
    key: "chloe-claire-60",
    who: "chloe",
    slot: ["bridge-individuel-60", 5, 1],
    status: "PENDING",
    payment: "PENDING",
    bookedHoursAgo: 0.1,
  },
  {
    key: "mia-pandas-cancelled",
    who: "mia",
    slot: ["pandas-intro-45", 4, 0],
    status: "CANCELLED",
    payment: "REFUNDED",
    bookedHoursAgo: 72,
    cancel: { by: "mia", role: "LEARNER", reason: "Work trip, I will book again next month." },
  },
  {
    key: "emma-pandas-no-show",
    who: "emma",
    slot: ["pandas-intro-45", -9, 0],
    status: "NO_SHOW",
    payment: "PAID",
    bookedHoursAgo: 300,
    expertNotes: "Waited 15 minutes, no show.",
  },
  {
    key: "lucas-analyse-declined",
    who: "lucas",
    slot: ["bridge-analyse-45", -5, 0],
    status: "DECLINED",
    payment: "RELEASED",
    bookedHoursAgo: 200,
    cancel: {
      by: "claire",
      role: "EXPERT",
      reason: "Indisponible ce jour-là, désolée !",
      hoursBeforeStart: 40,
    },
  },
  {
    key: "noah-pairing-late-cancel",
    who: "noah",
    slot: ["ts-pairing-30", -6, 0],
    status: "CANCELLED",
    payment: "PARTIALLY_REFUNDED",
    bookedHoursAgo: 260,
    cancel: { by: "noah", role: "LEARNER", reason: "Production incident.", hoursBeforeStart: 3 },
  },
  {
    key: "oliver-office-hours",
    who: "oliver",
    slot: ["office-hours-90", 0, 0],
    status: "CONFIRMED",
    payment: "PAID",
    bookedHoursAgo: 20,
    code: "TUTOR15",
  },
  {
    key: "emma-office-hours",
    who: "emma",
    slot: ["office-hours-90", 0, 0],
    status: "CONFIRMED",
    payment: "PAID",
    bookedHoursAgo: 10,
  },
  {
    key: "ravi-pairing-failed",
    who: "ravi",
    slot: ["ts-pairing-30", 6, 0],
    status: "CANCELLED",
    payment: "FAILED",
    bookedHoursAgo: 5,
    cancel: { by: "ravi", role: "SYSTEM", reason: "Payment failed: card declined." },
  },
  {
    key: "oliver-ml-mentoring",
    who: "oliver",
    slot: ["ml-mentoring-90", 2, 0],
    status: "CONFIRMED",
    payment: "PAID",
    bookedHoursAgo: 26,
  },
  // In-person schedule seats
  {
    key: "emma-faw-paris",
    who: "emma",
    schedule: "paris-faw-past",
    status: "COMPLETED",
    payment: "PAID",
    bookedHoursAgo: 1900,
    code: "FIRSTAID25",
    certificate: true,
  },
  {
    key: "mia-efaw-copenhagen",
    who: "mia",
    schedule: "copenhagen-efaw-past",
    status: "COMPLETED",
    payment: "PAID",
    bookedHoursAgo: 900,
    certificate: true,
  },
  {
    key: "noah-efaw-paris",
    who: "noah",
    schedule: "paris-efaw-past",
    status: "NO_SHOW",
    payment: "PAID",
    bookedHoursAgo: 1000,
  },
  {
    key: "chloe-paed-lyon",
    who: "chloe",
    schedule: "lyon-paed-next",
    status: "CONFIRMED",
    payment: "PAID",
    bookedHoursAgo: 100,
  },
  {
    key: "lucas-paed-lyon-creche",
    who: "lucas",
    schedule: "lyon-paed-next",
    status: "CONFIRMED",
    payment: "PROCESSING",
    bookedHoursAgo: 60,
    notes: "Facture au nom de la crèche, paiement par virement.",
    attendee: {
      firstName: "Camille",
      lastName: "Roux",
      email: "camille.roux@petits-loups.test",
      phone: "+33 4 72 00 11 22",
      company: "Crèche Les Petits Loups",
    },
  },
  {
    key: "helene-efaw-lyon",
    who: "helene",
    schedule: "lyon-efaw-small",
    status: "CONFIRMED",
    payment: "PAID",
    bookedHoursAgo: 150,
  },
  {
    key: "jeanpierre-efaw-lyon",
    who: "jeanpierre",
    schedule: "lyon-efaw-small",
    status: "CONFIRMED",
    payment: "PAID",
    bookedHoursAgo: 120,
  },
  {
    key: "thomas-efaw-lyon-staff",
    who: "thomas",
    schedule: "lyon-efaw-small",
    status: "CONFIRMED",
    payment: "NOT_REQUIRED",
    bookedHoursAgo: 110,
    code: "STAFF100",
  },
  {
    key: "chloe-efaw-lyon-cancelled",
    who: "chloe",
    schedule: "lyon-efaw-small",
    status: "CANCELLED",
    payment: "REFUNDED",
    bookedHoursAgo: 140,
    cancel: { by: "chloe", role: "LEARNER", reason: "Inscrite à la session pédiatrique à la place." },
  },
  {
    key: "lucas-efaw-lyon",
    who: "lucas",
    schedule: "lyon-efaw-small",
    status: "CONFIRMED",
    payment: "PAID",
    bookedHoursAgo: 40,
  },
  {
    key: "oliver-faw-paris",
    who: "oliver",
    schedule: "paris-faw-next",
    status: "PENDING",
    payment: "PENDING",
    bookedHoursAgo: 0.2,
  },
  {
    key: "ravi-faw-copenhagen",
    who: "ravi",
    schedule: "copenhagen-faw-next",
    status: "CONFIRMED",
    payment: "PAID",
    bookedHoursAgo: 8,
  },
];

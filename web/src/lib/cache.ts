import { cacheExchange } from "@urql/exchange-graphcache";
import { relayPagination } from "@urql/exchange-graphcache/extras";
import { bookingUpdated } from "../features/bookings/bookings.cache";
import { markNotificationsRead, notificationAdded } from "../features/notifications/notifications.cache";
import { quoteResponded, quoteViewed } from "../features/quotes/quotes.cache";
import { bookSlot, slotAvailabilityChanged } from "../features/tutoring/slots.cache";

// Types without an id are embedded in their parent instead of normalized.
const embedded = () => null;
const EMBEDDED_TYPES = [
  "AuthPayload",
  "AttemptOption",
  "AttemptQuestion",
  "BookingStatusCount",
  "AuthTokens",
  "BookingCancellation",
  "CancellationPolicy",
  "CategoryFacet",
  "CertificateVerification",
  "CourseFacets",
  "LevelFacet",
  "Money",
  "PageInfo",
  "PaymentAction",
  "QuizOption",
  "RevenuePoint",
  "TopCourse",
  "QuotePayment",
  "SlotAvailabilityChange",
  "UserError",
];

function keys() {
  const entries = EMBEDDED_TYPES.map((type) => [type, embedded] as const);
  return Object.fromEntries(entries);
}

/** Connections and their edges are embedded too: they belong to the field that returned them. */
const isConnectionType = (typename: string) => typename.endsWith("Connection") || typename.endsWith("Edge");

export function createCacheExchange() {
  const explicit = keys();
  return cacheExchange({
    keys: new Proxy(explicit, {
      get: (target, typename: string) =>
        target[typename] ?? (isConnectionType(typename) ? embedded : undefined),
      has: (target, typename: string) => typename in target || isConnectionType(typename),
    }),
    resolvers: {
      // "Load more" asks for the next page; the cache appends it.
      Query: { courses: relayPagination(), myBookings: relayPagination() },
    },
    // Lists change without refetching: each feature says how its events and mutations move them.
    updates: {
      Mutation: { bookSlot, markNotificationsRead },
      Subscription: {
        bookingUpdated,
        notificationAdded,
        quoteResponded,
        quoteViewed,
        slotAvailabilityChanged,
      },
    },
  });
}

import { cacheExchange } from "@urql/exchange-graphcache";
import { relayPagination } from "@urql/exchange-graphcache/extras";
import {
  createDiscountCode,
  deleteDiscountCode,
  updateDiscountCode,
} from "../features/admin/discount-codes.cache";
import {
  approveInstructorApplication,
  rejectInstructorApplication,
} from "../features/admin/instructor-applications.cache";
import { createVenue, updateVenue } from "../features/admin/venues.cache";
import { sendAssistantMessage } from "../features/assistant/assistant.cache";
import {
  createCourse,
  createQuiz,
  deleteCourseModule,
  deleteLesson,
  deleteQuiz,
  deleteQuizQuestion,
} from "../features/authoring/authoring.cache";
import { bookingUpdated } from "../features/bookings/bookings.cache";
import { submitCode } from "../features/challenges/challenges.cache";
import { markNotificationsRead, notificationAdded } from "../features/notifications/notifications.cache";
import { respondToCourseQuote } from "../features/payments/payments.cache";
import { quoteResponded, quoteViewed } from "../features/quotes/quotes.cache";
import {
  createExpertProfile,
  removeAvailabilityWindow,
  saveAvailabilityWindow,
} from "../features/teaching/availability/availability.cache";
import {
  courseScheduleById,
  createCourseSchedule,
  publishCourseSchedule,
} from "../features/teaching/schedules/schedules.cache";
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
  "CodeTestCase",
  "CodeTestResult",
  "CourseFacets",
  "IndividualCourseProgress",
  "LevelFacet",
  "Money",
  "PageInfo",
  "PaymentAction",
  "PaymentSettings",
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
      Query: {
        courses: relayPagination(),
        myBookings: relayPagination(),
        courseSchedule: courseScheduleById,
        discountCodes: relayPagination(),
        venues: relayPagination(),
        instructorApplications: relayPagination(),
        auditLogs: relayPagination(),
        myPayments: relayPagination(),
      },
    },
    // Lists change without refetching: each feature says how its events and mutations move them.
    updates: {
      Mutation: {
        bookSlot,
        markNotificationsRead,
        saveAvailabilityWindow,
        removeAvailabilityWindow,
        createExpertProfile,
        createCourseSchedule,
        publishCourseSchedule,
        createDiscountCode,
        updateDiscountCode,
        deleteDiscountCode,
        createVenue,
        updateVenue,
        approveInstructorApplication,
        rejectInstructorApplication,
        submitCode,
        sendAssistantMessage,
        createCourse,
        createQuiz,
        deleteQuiz,
        deleteLesson,
        deleteCourseModule,
        deleteQuizQuestion,
        respondToCourseQuote,
      },
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

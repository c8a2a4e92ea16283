// The documented operations of the SDK. GraphQL Code Generator (root codegen.ts) turns each
// into a TypedDocumentNode in ./gql: results and variables are typed from schema.graphql.
import { graphql } from "./gql/gql.js";

/** Published courses, newest first, with an optional full-text query. */
export const CoursesQuery = graphql(`
  query SdkCourses($first: Int, $after: String, $query: String) {
    courses(first: $first, after: $after, query: $query) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes { id slug title description format level price { amountCents currency formatted } }
    }
  }
`);

/** Tutoring sessions (what can be booked with an expert). */
export const TutoringSessionsQuery = graphql(`
  query SdkTutoringSessions($first: Int, $after: String, $topic: String) {
    tutoringSessions(first: $first, after: $after, topic: $topic) {
      pageInfo { hasNextPage endCursor }
      nodes { id title durationMinutes price { amountCents currency formatted } }
    }
  }
`);

/** Bookable slots of one tutoring session within a range of at most 62 days. */
export const AvailableSlotsQuery = graphql(`
  query SdkAvailableSlots($tutoringSessionId: ID!, $from: DateTime!, $to: DateTime!, $timeZone: TimeZone!, $first: Int) {
    availableSlots(tutoringSessionId: $tutoringSessionId, from: $from, to: $to, timeZone: $timeZone, first: $first) {
      totalCount
      nodes { id startsAt endsAt seatsLeft status }
    }
  }
`);

/** Books a slot for the signed-in user (or the API key's user, with the WRITE scope). */
export const BookSlotMutation = graphql(`
  mutation SdkBookSlot($input: BookSlotInput!) {
    bookSlot(input: $input) {
      booking { id reference status paymentStatus startsAt price { amountCents currency formatted } }
      userErrors { field message code }
    }
  }
`);

/** Cancels a booking of the viewer. */
export const CancelBookingMutation = graphql(`
  mutation SdkCancelBooking($input: CancelBookingInput!) {
    cancelBooking(input: $input) {
      booking { id status }
      userErrors { field message code }
    }
  }
`);

/** The viewer's own bookings. */
export const MyBookingsQuery = graphql(`
  query SdkMyBookings($first: Int, $after: String) {
    myBookings(first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes { id reference title status paymentStatus startsAt endsAt viewerCanCancel }
    }
  }
`);

/** The signed-in user. */
export const ViewerQuery = graphql(`
  query SdkViewer {
    viewer { id name email roles }
  }
`);

/** Creates an account and returns tokens (for apps acting for their own users). */
export const SignUpMutation = graphql(`
  mutation SdkSignUp($input: SignUpInput!) {
    signUp(input: $input) {
      viewer { id }
      tokens { accessToken refreshToken accessTokenExpiresAt }
      userErrors { field message code }
    }
  }
`);

/** Live: the viewer's bookings as they change (needs a signed-in socket: a bearer token). */
export const BookingUpdatedSubscription = graphql(`
  subscription SdkBookingUpdated {
    bookingUpdated { id status paymentStatus }
  }
`);

/** Live: availability changes of one tutoring session's slots (public). */
export const SlotAvailabilitySubscription = graphql(`
  subscription SdkSlotAvailability($tutoringSessionId: ID) {
    slotAvailabilityChanged(tutoringSessionId: $tutoringSessionId) {
      reason
      slot { id seatsLeft status }
    }
  }
`);

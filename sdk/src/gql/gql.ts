/* eslint-disable */
import * as types from './graphql.js';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query SdkCourses($first: Int, $after: String, $query: String) {\n    courses(first: $first, after: $after, query: $query) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { id slug title description format level price { amountCents currency formatted } }\n    }\n  }\n": typeof types.SdkCoursesDocument,
    "\n  query SdkTutoringSessions($first: Int, $after: String, $topic: String) {\n    tutoringSessions(first: $first, after: $after, topic: $topic) {\n      pageInfo { hasNextPage endCursor }\n      nodes { id title durationMinutes price { amountCents currency formatted } }\n    }\n  }\n": typeof types.SdkTutoringSessionsDocument,
    "\n  query SdkAvailableSlots($tutoringSessionId: ID!, $from: DateTime!, $to: DateTime!, $timeZone: TimeZone!, $first: Int) {\n    availableSlots(tutoringSessionId: $tutoringSessionId, from: $from, to: $to, timeZone: $timeZone, first: $first) {\n      totalCount\n      nodes { id startsAt endsAt seatsLeft status }\n    }\n  }\n": typeof types.SdkAvailableSlotsDocument,
    "\n  mutation SdkBookSlot($input: BookSlotInput!) {\n    bookSlot(input: $input) {\n      booking { id reference status paymentStatus startsAt price { amountCents currency formatted } }\n      userErrors { field message code }\n    }\n  }\n": typeof types.SdkBookSlotDocument,
    "\n  mutation SdkCancelBooking($input: CancelBookingInput!) {\n    cancelBooking(input: $input) {\n      booking { id status }\n      userErrors { field message code }\n    }\n  }\n": typeof types.SdkCancelBookingDocument,
    "\n  query SdkMyBookings($first: Int, $after: String) {\n    myBookings(first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { id reference title status paymentStatus startsAt endsAt viewerCanCancel }\n    }\n  }\n": typeof types.SdkMyBookingsDocument,
    "\n  query SdkViewer {\n    viewer { id name email roles }\n  }\n": typeof types.SdkViewerDocument,
    "\n  mutation SdkSignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      viewer { id }\n      tokens { accessToken refreshToken accessTokenExpiresAt }\n      userErrors { field message code }\n    }\n  }\n": typeof types.SdkSignUpDocument,
    "\n  subscription SdkBookingUpdated {\n    bookingUpdated { id status paymentStatus }\n  }\n": typeof types.SdkBookingUpdatedDocument,
    "\n  subscription SdkSlotAvailability($tutoringSessionId: ID) {\n    slotAvailabilityChanged(tutoringSessionId: $tutoringSessionId) {\n      reason\n      slot { id seatsLeft status }\n    }\n  }\n": typeof types.SdkSlotAvailabilityDocument,
};
const documents: Documents = {
    "\n  query SdkCourses($first: Int, $after: String, $query: String) {\n    courses(first: $first, after: $after, query: $query) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { id slug title description format level price { amountCents currency formatted } }\n    }\n  }\n": types.SdkCoursesDocument,
    "\n  query SdkTutoringSessions($first: Int, $after: String, $topic: String) {\n    tutoringSessions(first: $first, after: $after, topic: $topic) {\n      pageInfo { hasNextPage endCursor }\n      nodes { id title durationMinutes price { amountCents currency formatted } }\n    }\n  }\n": types.SdkTutoringSessionsDocument,
    "\n  query SdkAvailableSlots($tutoringSessionId: ID!, $from: DateTime!, $to: DateTime!, $timeZone: TimeZone!, $first: Int) {\n    availableSlots(tutoringSessionId: $tutoringSessionId, from: $from, to: $to, timeZone: $timeZone, first: $first) {\n      totalCount\n      nodes { id startsAt endsAt seatsLeft status }\n    }\n  }\n": types.SdkAvailableSlotsDocument,
    "\n  mutation SdkBookSlot($input: BookSlotInput!) {\n    bookSlot(input: $input) {\n      booking { id reference status paymentStatus startsAt price { amountCents currency formatted } }\n      userErrors { field message code }\n    }\n  }\n": types.SdkBookSlotDocument,
    "\n  mutation SdkCancelBooking($input: CancelBookingInput!) {\n    cancelBooking(input: $input) {\n      booking { id status }\n      userErrors { field message code }\n    }\n  }\n": types.SdkCancelBookingDocument,
    "\n  query SdkMyBookings($first: Int, $after: String) {\n    myBookings(first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { id reference title status paymentStatus startsAt endsAt viewerCanCancel }\n    }\n  }\n": types.SdkMyBookingsDocument,
    "\n  query SdkViewer {\n    viewer { id name email roles }\n  }\n": types.SdkViewerDocument,
    "\n  mutation SdkSignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      viewer { id }\n      tokens { accessToken refreshToken accessTokenExpiresAt }\n      userErrors { field message code }\n    }\n  }\n": types.SdkSignUpDocument,
    "\n  subscription SdkBookingUpdated {\n    bookingUpdated { id status paymentStatus }\n  }\n": types.SdkBookingUpdatedDocument,
    "\n  subscription SdkSlotAvailability($tutoringSessionId: ID) {\n    slotAvailabilityChanged(tutoringSessionId: $tutoringSessionId) {\n      reason\n      slot { id seatsLeft status }\n    }\n  }\n": types.SdkSlotAvailabilityDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SdkCourses($first: Int, $after: String, $query: String) {\n    courses(first: $first, after: $after, query: $query) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { id slug title description format level price { amountCents currency formatted } }\n    }\n  }\n"): (typeof documents)["\n  query SdkCourses($first: Int, $after: String, $query: String) {\n    courses(first: $first, after: $after, query: $query) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { id slug title description format level price { amountCents currency formatted } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SdkTutoringSessions($first: Int, $after: String, $topic: String) {\n    tutoringSessions(first: $first, after: $after, topic: $topic) {\n      pageInfo { hasNextPage endCursor }\n      nodes { id title durationMinutes price { amountCents currency formatted } }\n    }\n  }\n"): (typeof documents)["\n  query SdkTutoringSessions($first: Int, $after: String, $topic: String) {\n    tutoringSessions(first: $first, after: $after, topic: $topic) {\n      pageInfo { hasNextPage endCursor }\n      nodes { id title durationMinutes price { amountCents currency formatted } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SdkAvailableSlots($tutoringSessionId: ID!, $from: DateTime!, $to: DateTime!, $timeZone: TimeZone!, $first: Int) {\n    availableSlots(tutoringSessionId: $tutoringSessionId, from: $from, to: $to, timeZone: $timeZone, first: $first) {\n      totalCount\n      nodes { id startsAt endsAt seatsLeft status }\n    }\n  }\n"): (typeof documents)["\n  query SdkAvailableSlots($tutoringSessionId: ID!, $from: DateTime!, $to: DateTime!, $timeZone: TimeZone!, $first: Int) {\n    availableSlots(tutoringSessionId: $tutoringSessionId, from: $from, to: $to, timeZone: $timeZone, first: $first) {\n      totalCount\n      nodes { id startsAt endsAt seatsLeft status }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SdkBookSlot($input: BookSlotInput!) {\n    bookSlot(input: $input) {\n      booking { id reference status paymentStatus startsAt price { amountCents currency formatted } }\n      userErrors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation SdkBookSlot($input: BookSlotInput!) {\n    bookSlot(input: $input) {\n      booking { id reference status paymentStatus startsAt price { amountCents currency formatted } }\n      userErrors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SdkCancelBooking($input: CancelBookingInput!) {\n    cancelBooking(input: $input) {\n      booking { id status }\n      userErrors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation SdkCancelBooking($input: CancelBookingInput!) {\n    cancelBooking(input: $input) {\n      booking { id status }\n      userErrors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SdkMyBookings($first: Int, $after: String) {\n    myBookings(first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { id reference title status paymentStatus startsAt endsAt viewerCanCancel }\n    }\n  }\n"): (typeof documents)["\n  query SdkMyBookings($first: Int, $after: String) {\n    myBookings(first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { id reference title status paymentStatus startsAt endsAt viewerCanCancel }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SdkViewer {\n    viewer { id name email roles }\n  }\n"): (typeof documents)["\n  query SdkViewer {\n    viewer { id name email roles }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SdkSignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      viewer { id }\n      tokens { accessToken refreshToken accessTokenExpiresAt }\n      userErrors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation SdkSignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      viewer { id }\n      tokens { accessToken refreshToken accessTokenExpiresAt }\n      userErrors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription SdkBookingUpdated {\n    bookingUpdated { id status paymentStatus }\n  }\n"): (typeof documents)["\n  subscription SdkBookingUpdated {\n    bookingUpdated { id status paymentStatus }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription SdkSlotAvailability($tutoringSessionId: ID) {\n    slotAvailabilityChanged(tutoringSessionId: $tutoringSessionId) {\n      reason\n      slot { id seatsLeft status }\n    }\n  }\n"): (typeof documents)["\n  subscription SdkSlotAvailability($tutoringSessionId: ID) {\n    slotAvailabilityChanged(tutoringSessionId: $tutoringSessionId) {\n      reason\n      slot { id seatsLeft status }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;
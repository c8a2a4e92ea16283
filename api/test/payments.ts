// Helpers of the payment tests: GraphQL documents and a priced tutoring slot.
import { fromGlobalId } from "../src/graphql/global-id.js";
import { createExpert, createSlot, createTutoringSession, HOUR } from "./scheduling.js";
import type { TestServer } from "./server.js";

export type UserErrors = { field: string[] | null; code: string; message: string }[];

export const BOOKING_FIELDS = `id reference status paymentStatus
  amountDue { amountCents } amountAuthorized { amountCents } amountPaid { amountCents } amountRefunded { amountCents }
  discount { amountCents } authorizationExpiredAt`;

export interface BookingView {
  id: string;
  reference: string;
  status: string;
  paymentStatus: string;
  amountDue: { amountCents: number };
  amountAuthorized: { amountCents: number };
  amountPaid: { amountCents: number };
  amountRefunded: { amountCents: number };
  discount: { amountCents: number };
  authorizationExpiredAt: string | null;
}

export interface CheckoutPayload {
  booking: BookingView | null;
  paymentAction: { clientSecret: string; provider: string; payment: { id: string; status: string } } | null;
  userErrors: UserErrors;
}

const checkout = (name: string, input: string) =>
  `mutation ($input: ${input}!) { ${name}(input: $input) {
    booking { ${BOOKING_FIELDS} } paymentAction { clientSecret provider payment { id status } }
    userErrors { field code message } } }`;
const change = (name: string, input: string) =>
  `mutation ($input: ${input}!) { ${name}(input: $input) { booking { ${BOOKING_FIELDS} } userErrors { field code message } } }`;

export const BOOK_SLOT = checkout("bookSlot", "BookSlotInput");
export const BOOK_SEAT = checkout("bookScheduleSeat", "BookScheduleSeatInput");
export const CONFIRM_BOOKING = change("confirmBooking", "ConfirmBookingInput");
export const DECLINE_BOOKING = change("declineBooking", "DeclineBookingInput");
export const CANCEL_BOOKING = change("cancelBooking", "CancelBookingInput");
export const CAPTURE_BOOKING = change("captureBooking", "CaptureBookingInput");
export const REFUND_BOOKING = change("refundBooking", "RefundBookingInput");
export const PURCHASE_COURSE = `mutation ($input: PurchaseCourseInput!) { purchaseCourse(input: $input) {
  payment { id status amount { amountCents } discount { amountCents } promotionalCode providerPaymentIntentId simulated }
  paymentAction { clientSecret provider } userErrors { field code message } } }`;
export const CONFIRM_PAYMENT = `mutation ($input: ConfirmPaymentInput!) { confirmPayment(input: $input) {
  payment { id status failureReason } booking { ${BOOKING_FIELDS} } userErrors { field code message } } }`;

/** The uuid behind a global id. */
export const uuidOf = (globalId: string) => fromGlobalId(globalId)?.id as string;

/** A verified expert's 50 € session with one slot starting `startsInHours` from now. */
export async function pricedSlot(
  server: TestServer,
  options: { startsInHours?: number; priceCents?: number } = {},
) {
  const expert = await createExpert(server);
  const session = await createTutoringSession(server.app.prisma, expert.profile.id, {
    priceCents: options.priceCents ?? 5000,
  });
  const startsAt = new Date(Date.now() + (options.startsInHours ?? 5 * 24) * HOUR);
  const slot = await createSlot(server.app.prisma, session, startsAt);
  return { expert, session, slot };
}

import type { AppContext } from "../../context.js";
import type { Prisma } from "../../generated/prisma/client.js";
import { byKey, defineLoader } from "../../graphql/loaders.js";

export const bookingSelect = {
  id: true,
  reference: true,
  userId: true,
  expertId: true,
  tutoringSessionId: true,
  slotId: true,
  scheduleId: true,
  startsAt: true,
  endsAt: true,
  status: true,
  paymentStatus: true,
  expiresAt: true,
  confirmedAt: true,
  priceCents: true,
  discountCents: true,
  paymentAmountCents: true,
  currency: true,
  amountAuthorizedCents: true,
  amountCapturedCents: true,
  amountRefundedCents: true,
  discountCodeId: true,
  stripePaymentIntentId: true,
  authorizationExpiredAt: true,
  learnerNotes: true,
  expertNotes: true,
  cancelledAt: true,
  cancelledById: true,
  cancelledByRole: true,
  cancellationReason: true,
  refundableUntil: true,
  refundPercentBefore: true,
  refundPercentAfter: true,
  createdAt: true,
} as const;

export type BookingRow = Prisma.BookingGetPayload<{ select: typeof bookingSelect }>;

/** Bookings by id, unchecked: callers apply `canReadBooking`. */
export const bookingById = defineLoader("bookingById", async (ctx: AppContext, ids: readonly string[]) => {
  const rows = await ctx.prisma.booking.findMany({ where: { id: { in: [...ids] } }, select: bookingSelect });
  return byKey(ids, rows, (r) => r.id);
});

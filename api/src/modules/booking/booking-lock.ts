import type { Viewer } from "../../context.js";
import type { CampusPrisma } from "../../db/client.js";
import type { Prisma } from "../../generated/prisma/client.js";
import { UserErrorCode, UserErrorsException, userError } from "../../graphql/user-error.js";
import { PendingEvents } from "../../realtime/pending-events.js";
import type { CampusPubSub } from "../../realtime/pubsub.js";
import { type BookingRow, bookingSelect } from "./booking.loaders.js";
import { bookingParties } from "./booking.parties.js";
import { type BookingParties, canReadBooking } from "./booking.policy.js";
import { runBookingTransaction } from "./booking-transaction.js";

type Tx = Prisma.TransactionClient;

/**
 * Locks the booking row for the transaction and returns it with its parties;
 * NOT_FOUND when it does not exist or the viewer may not read it (the same answer).
 */
export async function lockReadableBooking(
  tx: Tx,
  viewer: Viewer,
  id: string,
): Promise<{ booking: BookingRow; parties: BookingParties }> {
  await tx.$queryRaw`SELECT 1 FROM bookings WHERE id = ${id}::uuid FOR UPDATE`;
  const booking = await tx.booking.findUnique({ where: { id }, select: bookingSelect });
  const parties = booking ? await bookingParties(tx, booking) : null;
  if (!booking || !parties || !canReadBooking(viewer, parties))
    throw new UserErrorsException([userError(UserErrorCode.NOT_FOUND, "No such booking.", "bookingId")]);
  return { booking, parties };
}

/** Runs one change of a booking in a transaction and publishes its events after the commit. */
export async function runBookingChange(
  deps: { prisma: CampusPrisma; pubsub: CampusPubSub },
  work: (tx: Tx, events: PendingEvents) => Promise<BookingRow>,
): Promise<{ booking: BookingRow }> {
  const events = new PendingEvents();
  const booking = await runBookingTransaction(deps.prisma, (tx) => work(tx, events));
  events.publish(deps.pubsub);
  return { booking };
}

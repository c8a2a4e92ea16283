import type { Prisma } from "../../generated/prisma/client.js";
import { recordActivity } from "../analytics/activity-log.js";
import { queueBookingEmail } from "./booking-emails.js";

/**
 * The rows every new booking writes besides its own, in its transaction: the activity log
 * entry and, for a booking confirmed at once (nothing owed), the confirmation email. A paid
 * booking is confirmed when paid (or by the expert), and mailed then.
 */
export async function recordBookingMade(
  tx: Prisma.TransactionClient,
  booking: { id: string; userId: string; status: string },
): Promise<void> {
  await recordActivity(tx, {
    userId: booking.userId,
    action: "booking_created",
    entityType: "booking",
    entityId: booking.id,
  });
  if (booking.status === "CONFIRMED") await queueBookingEmail(tx, booking.id, "booking_confirmation");
}

import type { CampusPrisma } from "../../db/client.js";
import { classifyDatabaseError } from "../../db/errors.js";
import type { Prisma } from "../../generated/prisma/client.js";
import { UserErrorCode, UserErrorsException, userError } from "../../graphql/user-error.js";

/** Interactive transactions of the booking flow: room to queue for a connection under bursts. */
export const BOOKING_TX = { maxWait: 15_000, timeout: 20_000 } as const;

const SLOT_OVERLAP = "bookable_slots_no_double_booking_per_expert";

/**
 * Runs a booking transaction. A deadlock or serialization failure (two bookers
 * of overlapping slots of one expert lock rows in opposite orders) and a
 * reference collision are retried; what the database refuses in the end
 * becomes a userError, never a 500.
 */
export async function runBookingTransaction<T>(
  prisma: CampusPrisma,
  work: (tx: Prisma.TransactionClient) => Promise<T>,
): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await prisma.$transaction(work, BOOKING_TX);
    } catch (error) {
      const known = classifyDatabaseError(error);
      const retriable =
        known?.kind === "serialization" ||
        (known?.kind === "unique" && known.constraint?.includes("reference"));
      if (retriable && attempt < 3) continue;
      if (known?.kind === "exclusion" && known.constraint === SLOT_OVERLAP) {
        throw new UserErrorsException([
          userError(
            UserErrorCode.UNAVAILABLE,
            "The expert was just booked at an overlapping time.",
            "slotId",
          ),
        ]);
      }
      if (known?.kind === "serialization") {
        throw new UserErrorsException([
          userError(UserErrorCode.UNAVAILABLE, "This was just booked by someone else. Try another time."),
        ]);
      }
      throw error;
    }
  }
}

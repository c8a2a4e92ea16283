import type { Prisma } from "../../generated/prisma/client.js";
import type { BookingParties } from "./booking.policy.js";

type Db = Pick<Prisma.TransactionClient, "expertProfile" | "courseSchedule">;

/** The parties of one booking, read from the database (services; resolvers use the loaders). */
export async function bookingParties(
  db: Db,
  booking: { userId: string; expertId: string | null; scheduleId: string | null },
): Promise<BookingParties> {
  const expert = booking.expertId
    ? await db.expertProfile.findUnique({ where: { id: booking.expertId }, select: { userId: true } })
    : null;
  const schedule = booking.scheduleId
    ? await db.courseSchedule.findUnique({
        where: { id: booking.scheduleId },
        select: { instructorId: true, createdById: true },
      })
    : null;
  return {
    learnerId: booking.userId,
    expertUserId: expert?.userId ?? null,
    scheduleManagerIds: [schedule?.instructorId, schedule?.createdById].filter((v): v is string => !!v),
  };
}

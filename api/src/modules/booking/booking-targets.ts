// What a booking is made on, each read in ONE statement: a Prisma select across relations costs
// one statement per relation (2 for a schedule and its course, 3 for a slot, its session and
// its expert), and a booking under contention pays every round trip. These reads are not
// locked: they decide whether to try and what to record; the seat's conditional UPDATE
// (seat-ledger.ts) decides, under its row lock, at the end of the booking's transaction.
import type { Prisma } from "../../generated/prisma/client.js";

type Tx = Prisma.TransactionClient;

export interface ScheduleToBook {
  status: string;
  startsAt: Date;
  endsAt: Date;
  bookedCount: number;
  capacity: number;
  priceCents: number | null;
  currency: string | null;
  instructorId: string | null;
  createdById: string | null;
  course: {
    id: string;
    title: string;
    priceCents: number;
    currency: string;
    deletedAt: Date | null;
    format: string;
    courseType: string | null;
  };
}

type Flat<T> = Record<string, unknown> & T;

export async function scheduleToBook(tx: Tx, scheduleId: string): Promise<ScheduleToBook | null> {
  const [r] = await tx.$queryRaw<Flat<Omit<ScheduleToBook, "course">>[]>`
    SELECT s.status::text AS status, s.starts_at AS "startsAt", s.ends_at AS "endsAt",
           s.booked_count AS "bookedCount", s.capacity, s.price_cents AS "priceCents", s.currency,
           s.instructor_id::text AS "instructorId", s.created_by_id::text AS "createdById",
           c.id::text AS "courseId", c.title AS "courseTitle", c.price_cents AS "coursePriceCents",
           c.currency AS "courseCurrency", c.deleted_at AS "courseDeletedAt",
           c.format::text AS "courseFormat", c.course_type::text AS "courseType"
      FROM course_schedules s JOIN courses c ON c.id = s.course_id
     WHERE s.id = ${scheduleId}::uuid`;
  if (!r) return null;
  const {
    courseId,
    courseTitle,
    coursePriceCents,
    courseCurrency,
    courseDeletedAt,
    courseFormat,
    courseType,
    ...s
  } = r;
  return {
    ...s,
    course: {
      id: courseId as string,
      title: courseTitle as string,
      priceCents: coursePriceCents as number,
      currency: courseCurrency as string,
      deletedAt: courseDeletedAt as Date | null,
      format: courseFormat as string,
      courseType: courseType as string | null,
    },
  };
}

export interface SlotToBook {
  startsAt: Date;
  endsAt: Date;
  status: string;
  bookedCount: number;
  capacity: number;
  tutoringSession: { id: string; title: string; isActive: boolean; priceCents: number; currency: string };
  expert: { id: string; userId: string; isAvailable: boolean; verificationStatus: string };
}

export async function slotToBook(tx: Tx, slotId: string): Promise<SlotToBook | null> {
  const [r] = await tx.$queryRaw<Flat<Omit<SlotToBook, "tutoringSession" | "expert">>[]>`
    SELECT sl.starts_at AS "startsAt", sl.ends_at AS "endsAt", sl.status::text AS status,
           sl.booked_count AS "bookedCount", sl.capacity,
           t.id::text AS "sessionId", t.title AS "sessionTitle", t.is_active AS "sessionActive",
           t.price_cents AS "sessionPriceCents", t.currency AS "sessionCurrency",
           e.id::text AS "expertId", e.user_id::text AS "expertUserId", e.is_available AS "expertAvailable",
           e.verification_status::text AS "expertVerification"
      FROM bookable_slots sl
      JOIN tutoring_sessions t ON t.id = sl.tutoring_session_id
      JOIN expert_profiles e ON e.id = sl.expert_id
     WHERE sl.id = ${slotId}::uuid`;
  if (!r) return null;
  return {
    startsAt: r.startsAt,
    endsAt: r.endsAt,
    status: r.status,
    bookedCount: r.bookedCount,
    capacity: r.capacity,
    tutoringSession: {
      id: r.sessionId as string,
      title: r.sessionTitle as string,
      isActive: r.sessionActive as boolean,
      priceCents: r.sessionPriceCents as number,
      currency: r.sessionCurrency as string,
    },
    expert: {
      id: r.expertId as string,
      userId: r.expertUserId as string,
      isAvailable: r.expertAvailable as boolean,
      verificationStatus: r.expertVerification as string,
    },
  };
}

// The statements that take and release seats. Each is one conditional UPDATE:
// the row lock it takes serializes concurrent bookers of the same slot or
// schedule, and PostgreSQL re-checks the WHERE clause against the committed row
// after waiting, so `booked_count` can never pass `capacity` (the CHECK
// constraints are the backstop). Statuses follow the counts in the same statement.
import type { Prisma } from "../../generated/prisma/client.js";

type Tx = Prisma.TransactionClient;

export interface TakenSlotSeat {
  id: string;
  tutoring_session_id: string;
  expert_id: string;
  starts_at: Date;
  ends_at: Date;
  booked_count: number;
  capacity: number;
  status: string;
}

export async function takeSlotSeat(
  tx: Tx,
  slotId: string,
  earliestStart: Date,
): Promise<TakenSlotSeat | null> {
  const rows = await tx.$queryRaw<TakenSlotSeat[]>`
    UPDATE bookable_slots
       SET booked_count = booked_count + 1,
           status = CASE WHEN booked_count + 1 >= capacity THEN 'FULL'::slot_status ELSE status END,
           updated_at = now()
     WHERE id = ${slotId}::uuid AND status = 'AVAILABLE' AND booked_count < capacity
       AND starts_at >= ${earliestStart}::timestamptz
     RETURNING id::text, tutoring_session_id::text, expert_id::text, starts_at, ends_at, booked_count, capacity, status::text`;
  return rows[0] ?? null;
}

/** Releases one seat; returns the seats still booked, or null if there was none to release. */
export async function releaseSlotSeat(tx: Tx, slotId: string): Promise<TakenSlotSeat | null> {
  const rows = await tx.$queryRaw<TakenSlotSeat[]>`
    UPDATE bookable_slots
       SET booked_count = booked_count - 1,
           status = CASE WHEN status = 'FULL' THEN 'AVAILABLE'::slot_status ELSE status END,
           updated_at = now()
     WHERE id = ${slotId}::uuid AND booked_count > 0
     RETURNING id::text, tutoring_session_id::text, expert_id::text, starts_at, ends_at, booked_count, capacity, status::text`;
  return rows[0] ?? null;
}

/**
 * An expert is booked from start to end: their other free slots overlapping it
 * become BLOCKED (returns the sessions touched, for events).
 */
export async function blockOverlappingSlots(tx: Tx, slot: TakenSlotSeat): Promise<string[]> {
  const rows = await tx.$queryRaw<{ tutoring_session_id: string }[]>`
    UPDATE bookable_slots SET status = 'BLOCKED'::slot_status, updated_at = now()
     WHERE expert_id = ${slot.expert_id}::uuid AND id <> ${slot.id}::uuid
       AND status = 'AVAILABLE' AND booked_count = 0
       AND starts_at < ${slot.ends_at}::timestamptz AND ends_at > ${slot.starts_at}::timestamptz
     RETURNING tutoring_session_id::text`;
  return [...new Set(rows.map((r) => r.tutoring_session_id))];
}

/** The reverse, once the slot is free again: reopen blocked slots no other booking overlaps. */
export async function reopenOverlappingSlots(tx: Tx, slot: TakenSlotSeat): Promise<string[]> {
  const rows = await tx.$queryRaw<{ tutoring_session_id: string }[]>`
    UPDATE bookable_slots s SET status = 'AVAILABLE'::slot_status, updated_at = now()
     WHERE s.expert_id = ${slot.expert_id}::uuid AND s.status = 'BLOCKED' AND s.booked_count = 0
       AND s.starts_at < ${slot.ends_at}::timestamptz AND s.ends_at > ${slot.starts_at}::timestamptz
       AND s.starts_at > now()
       AND NOT EXISTS (
         SELECT 1 FROM bookable_slots b
          WHERE b.expert_id = s.expert_id AND b.booked_count > 0 AND b.status <> 'CANCELLED'
            AND b.starts_at < s.ends_at AND b.ends_at > s.starts_at)
     RETURNING tutoring_session_id::text`;
  return [...new Set(rows.map((r) => r.tutoring_session_id))];
}

export interface TakenScheduleSeat {
  id: string;
  course_id: string;
  starts_at: Date;
  ends_at: Date;
  booked_count: number;
  capacity: number;
  status: string;
  price_cents: number | null;
  currency: string | null;
}

export async function takeScheduleSeat(tx: Tx, scheduleId: string): Promise<TakenScheduleSeat | null> {
  const rows = await tx.$queryRaw<TakenScheduleSeat[]>`
    UPDATE course_schedules
       SET booked_count = booked_count + 1,
           status = CASE WHEN booked_count + 1 >= capacity THEN 'FULL'::schedule_status ELSE status END,
           updated_at = now()
     WHERE id = ${scheduleId}::uuid AND status = 'PUBLISHED' AND booked_count < capacity AND starts_at > now()
     RETURNING id::text, course_id::text, starts_at, ends_at, booked_count, capacity, status::text, price_cents, currency`;
  return rows[0] ?? null;
}

export async function releaseScheduleSeat(tx: Tx, scheduleId: string): Promise<TakenScheduleSeat | null> {
  const rows = await tx.$queryRaw<TakenScheduleSeat[]>`
    UPDATE course_schedules
       SET booked_count = booked_count - 1,
           status = CASE WHEN status = 'FULL' THEN 'PUBLISHED'::schedule_status ELSE status END,
           updated_at = now()
     WHERE id = ${scheduleId}::uuid AND booked_count > 0
     RETURNING id::text, course_id::text, starts_at, ends_at, booked_count, capacity, status::text, price_cents, currency`;
  return rows[0] ?? null;
}

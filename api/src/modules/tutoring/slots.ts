// Slot generation from weekly availability windows (seed 003), pure so it can be
// tested without a database. Windows are wall-clock times in an IANA zone: a
// 09:00 Europe/Paris window is 09:00 in Paris on both sides of a DST change, so
// its UTC instant moves by an hour. Within one day a window is the real interval
// between its local start and end, cut into back-to-back slots of the session's
// duration (a 01:00–04:00 window lasts 2 h on spring-forward night, 4 h on fall-back night).
import { addDays, addMinutes, dayOfWeek, type LocalDate, localDateOf, zonedInstant } from "./zoned-time.js";

export interface WindowSpec {
  id: string;
  dayOfWeek: number;
  startMinutes: number;
  endMinutes: number;
  timezone: string;
}

export interface SessionSpec {
  id: string;
  durationMinutes: number;
  maxParticipants: number;
}

export interface Interval {
  startsAt: Date;
  endsAt: Date;
}

export interface PlannedSlot extends Interval {
  tutoringSessionId: string;
  availabilityWindowId: string;
  capacity: number;
}

/** Occurrences of a window that overlap [from, to). */
export function windowOccurrences(window: WindowSpec, from: Date, to: Date): Interval[] {
  const out: Interval[] = [];
  // A day of margin on both sides: the zone's calendar date differs from UTC's.
  let date: LocalDate = addDays(localDateOf(window.timezone, from), -1);
  const last = addDays(localDateOf(window.timezone, to), 1);
  for (let guard = 0; guard < 800; guard += 1) {
    if (dayOfWeek(date) === window.dayOfWeek) {
      const startsAt = zonedInstant(window.timezone, date, window.startMinutes);
      const endsAt = zonedInstant(window.timezone, date, window.endMinutes);
      if (endsAt > from && startsAt < to && endsAt > startsAt) out.push({ startsAt, endsAt });
    }
    if (date.year === last.year && date.month === last.month && date.day === last.day) break;
    date = addDays(date, 1);
  }
  return out;
}

/** Every slot the windows produce for the sessions, starting in [from, to), soonest first. */
export function planSlots(
  windows: WindowSpec[],
  sessions: SessionSpec[],
  from: Date,
  to: Date,
): PlannedSlot[] {
  const planned: PlannedSlot[] = [];
  for (const window of windows) {
    for (const occurrence of windowOccurrences(window, from, to)) {
      for (const session of sessions) {
        for (
          let startsAt = occurrence.startsAt;
          addMinutes(startsAt, session.durationMinutes) <= occurrence.endsAt;
          startsAt = addMinutes(startsAt, session.durationMinutes)
        ) {
          if (startsAt < from || startsAt >= to) continue;
          planned.push({
            tutoringSessionId: session.id,
            availabilityWindowId: window.id,
            startsAt,
            endsAt: addMinutes(startsAt, session.durationMinutes),
            capacity: session.maxParticipants,
          });
        }
      }
    }
  }
  return planned.sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
}

export const overlaps = (a: Interval, b: Interval) => a.startsAt < b.endsAt && b.startsAt < a.endsAt;

export interface ExistingSlot extends Interval {
  id: string;
  tutoringSessionId: string;
  status: "AVAILABLE" | "FULL" | "BLOCKED" | "CANCELLED";
  bookedCount: number;
}

export interface SlotReconciliation {
  create: (PlannedSlot & { status: "AVAILABLE" | "BLOCKED" })[];
  open: string[];
  block: string[];
  cancel: string[];
}

const key = (s: { tutoringSessionId: string; startsAt: Date }) =>
  `${s.tutoringSessionId}@${s.startsAt.getTime()}`;

/**
 * What to change so the stored slots match the plan. Booked slots are never
 * touched (a window change never removes or moves a booking); a planned slot
 * that overlaps a booked one is kept but BLOCKED, so it reopens when the
 * booking is cancelled; unbooked slots no longer planned are CANCELLED (not
 * deleted: cancelled bookings may still point at them).
 */
export function reconcileSlots(planned: PlannedSlot[], existing: ExistingSlot[]): SlotReconciliation {
  const booked = existing.filter((s) => s.bookedCount > 0 && s.status !== "CANCELLED");
  const byKey = new Map(existing.map((s) => [key(s), s]));
  const plannedKeys = new Set(planned.map(key));
  const result: SlotReconciliation = { create: [], open: [], block: [], cancel: [] };
  for (const slot of planned) {
    const current = byKey.get(key(slot));
    if (current && current.bookedCount > 0) continue;
    const blocked = booked.some((b) => b !== current && overlaps(b, slot));
    if (!current) {
      result.create.push({ ...slot, status: blocked ? "BLOCKED" : "AVAILABLE" });
    } else if (blocked && current.status !== "BLOCKED") {
      result.block.push(current.id);
    } else if (!blocked && current.status !== "AVAILABLE") {
      result.open.push(current.id);
    }
  }
  for (const slot of existing) {
    if (slot.bookedCount === 0 && slot.status !== "CANCELLED" && !plannedKeys.has(key(slot))) {
      result.cancel.push(slot.id);
    }
  }
  return result;
}

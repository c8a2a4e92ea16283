// Regenerates an expert's slots from their windows and sessions, inside the
// caller's transaction (a window or session change and its slots commit together).
import type { Prisma } from "../../generated/prisma/client.js";
import { PendingEvents } from "../../realtime/pending-events.js";
import { slotAvailabilityEvent } from "./slot.events.js";
import { type ExistingSlot, planSlots, reconcileSlots } from "./slots.js";

export interface SlotHorizon {
  slotHorizonWeeks: number;
}

const DAY_MS = 86_400_000;

export async function regenerateExpertSlots(
  tx: Prisma.TransactionClient,
  expertId: string,
  options: SlotHorizon & { now?: Date },
): Promise<{ changed: number; events: PendingEvents }> {
  // One regeneration per expert at a time (window edits, the horizon job): the
  // expert row is the lock. Bookings do not take it; every write below is
  // conditional on booked_count = 0, so a slot booked meanwhile is left alone.
  await tx.$queryRaw`SELECT 1 FROM expert_profiles WHERE id = ${expertId}::uuid FOR UPDATE`;
  const now = options.now ?? new Date();
  const to = new Date(now.getTime() + options.slotHorizonWeeks * 7 * DAY_MS);
  const windows = await tx.availabilityWindow.findMany({
    where: { expertId, isActive: true },
    select: { id: true, dayOfWeek: true, startMinutes: true, endMinutes: true, timezone: true },
  });
  const sessions = await tx.tutoringSession.findMany({
    where: { expertId, isActive: true },
    select: { id: true, durationMinutes: true, maxParticipants: true },
  });
  // From a day back so booked slots that started before `now` still block overlaps.
  const existing = await tx.bookableSlot.findMany({
    where: { expertId, startsAt: { gte: new Date(now.getTime() - DAY_MS), lt: to } },
    select: {
      id: true,
      tutoringSessionId: true,
      startsAt: true,
      endsAt: true,
      status: true,
      bookedCount: true,
    },
  });
  const planned = planSlots(windows, sessions, now, to);
  const current = existing.filter((s) => s.startsAt >= now || s.bookedCount > 0) as ExistingSlot[];
  const plan = reconcileSlots(planned, current);
  let changed = 0;
  if (plan.create.length) {
    const created = await tx.bookableSlot.createMany({
      data: plan.create.map((s) => ({ ...s, expertId })),
      skipDuplicates: true,
    });
    changed += created.count;
  }
  for (const [ids, status] of [
    [plan.open, "AVAILABLE"],
    [plan.block, "BLOCKED"],
    [plan.cancel, "CANCELLED"],
  ] as const) {
    if (!ids.length) continue;
    const updated = await tx.bookableSlot.updateMany({
      where: { id: { in: ids }, bookedCount: 0 },
      data: { status },
    });
    changed += updated.count;
  }
  const events = new PendingEvents();
  if (changed > 0) {
    const touched = new Set([...sessions.map((s) => s.id), ...existing.map((s) => s.tutoringSessionId)]);
    for (const tutoringSessionId of touched) {
      slotAvailabilityEvent(events, { slotId: null, tutoringSessionId, expertId, reason: "REGENERATED" });
    }
  }
  return { changed, events };
}

// Slot planning from weekly windows: the same pure computation decides which slots tutoring.ts
// inserts and which slot each demo booking takes, so both agree without sharing state.
import type { SeedContext } from "./context.js";
import type { PersonKey } from "./data/people.js";
import { expertZones, sessionDef, type TutoringSessionDef, toMinutes, windows } from "./data/tutoring.js";
import { seedId } from "./ids.js";
import { windowId } from "./refs.js";
import { addDays, addLocalDays, addMinutes, dayOfWeek, HOUR_MS, localDateOf, zonedInstant } from "./time.js";

export type SlotPlan = {
  id: string;
  session: TutoringSessionDef;
  windowId: string;
  startsAt: Date;
  endsAt: Date;
};

export function zoneOf(expert: PersonKey): string {
  const zone = expertZones[expert];
  if (!zone) throw new Error(`Seed data: ${expert} is not an expert`);
  return zone;
}

/** Every slot the active windows produce between today+fromDays and today+toDays (local dates). */
export function planSlots(ctx: SeedContext, fromDays: number, toDays: number): SlotPlan[] {
  const plans: SlotPlan[] = [];
  const perExpert = new Map<PersonKey, number>();
  for (const w of windows) {
    const index = perExpert.get(w.expert) ?? 0;
    perExpert.set(w.expert, index + 1);
    if (w.active === false) continue;
    const zone = zoneOf(w.expert);
    const session = sessionDef(w.session);
    const first = localDateOf(zone, addDays(ctx.today, fromDays));
    for (let d = 0; d < toDays - fromDays; d += 1) {
      const date = addLocalDays(first, d);
      if (dayOfWeek(date) !== w.day) continue;
      for (let m = toMinutes(w.start); m + session.minutes <= toMinutes(w.end); m += session.minutes) {
        const startsAt = zonedInstant(zone, date, m);
        plans.push({
          id: seedId(`slot:${session.key}:${startsAt.toISOString()}`),
          session,
          windowId: windowId(w.expert, index),
          startsAt,
          endsAt: addMinutes(startsAt, session.minutes),
        });
      }
    }
  }
  return plans.sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
}

/**
 * The `ordinal`-th slot of a session starting on or after today+dayOffset. Future picks keep an
 * hour of margin from now; past picks must have ended, or the demo data would contradict itself.
 */
export function pickSlot(ctx: SeedContext, session: string, dayOffset: number, ordinal: number): SlotPlan {
  const from = Math.max(
    addDays(ctx.today, dayOffset).getTime(),
    dayOffset >= 0 ? ctx.now.getTime() + HOUR_MS : 0,
  );
  const candidates = planSlots(ctx, dayOffset - 1, dayOffset + 15).filter(
    (s) => s.session.key === session && s.startsAt.getTime() >= from,
  );
  const slot = candidates[ordinal];
  if (!slot) throw new Error(`Seed data: no slot ${ordinal} for ${session} from day ${dayOffset}`);
  if (dayOffset < 0 && slot.endsAt > ctx.now)
    throw new Error(`Seed data: slot for ${session} is not in the past`);
  return slot;
}

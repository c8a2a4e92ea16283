// Scale seed, tutoring side: experts in eight time zones, one 60-minute session each, daily
// 09:00-17:00 windows and their slots: two weeks ahead, plus the history their bookings need.
import type { Prisma, PrismaClient } from "../../api/src/generated/prisma/client.js";
import { seedId } from "./ids.js";
import { insertBatched, insertGrouped, type ProgressListener } from "./scale-batches.js";
import { scaleUserId } from "./scale-catalog.js";
import { expertColumns, slotColumns, tutoringSessionColumns, windowColumns } from "./scale-columns.js";
import { FUTURE_DAYS, pastDaysFor, SLOTS_PER_DAY, slotOrdinal } from "./scale-layout.js";
import { tableSink } from "./scale-sql.js";
import { addLocalDays, DAY_MS, dayOfWeek, HOUR_MS, localDateOf, zonedInstant } from "./time.js";

type WithId<T> = T & { id: string };

const ZONES: ReadonlyArray<readonly [zone: string, currency: string]> = [
  ["Europe/Paris", "EUR"],
  ["America/New_York", "USD"],
  ["Australia/Sydney", "AUD"],
  ["Europe/London", "GBP"],
  ["Asia/Tokyo", "USD"],
  ["America/Los_Angeles", "USD"],
  ["Europe/Copenhagen", "DKK"],
  ["Asia/Kolkata", "USD"],
];

export const scaleExpertId = (e: number) => seedId(`scale:expert:${e}`);
export const scaleSessionId = (e: number) => seedId(`scale:tutoring-session:${e}`);
export const scaleSlotId = (e: number, day: number, k: number) => seedId(`scale:slot:${e}:${day}:${k}`);
export const expertZone = (e: number) => ZONES[e % ZONES.length] ?? (["UTC", "USD"] as const);
export const scaleSessionPrice = (e: number) => 4000 + (e % 9) * 1000;

/** Start of slot k (k-th hour from 09:00 local) of day `day` (relative to today) for expert e. */
export function createSlotClock(
  today: Date,
): (e: number, day: number, k: number) => { startsAt: Date; weekday: number } {
  const nine = new Map<string, { at: number; weekday: number }>();
  return (e, day, k) => {
    const [zone] = expertZone(e);
    const key = `${zone}|${day}`;
    let hit = nine.get(key);
    if (!hit) {
      // One Intl round trip per zone and day: no DST change happens between 09:00 and 17:00.
      const date = addLocalDays(localDateOf(zone, today), day);
      hit = { at: zonedInstant(zone, date, 9 * 60).getTime(), weekday: dayOfWeek(date) };
      nine.set(key, hit);
    }
    return { startsAt: new Date(hit.at + k * HOUR_MS), weekday: hit.weekday };
  };
}

export type ExpertLoad = {
  /** Slot bookings of expert e. */
  bookingsOf(e: number): number;
  /** Whether the n-th booking of expert e holds its slot (cancelled ones do not). */
  holds(e: number, n: number): boolean;
};

export async function seedScaleExperts(
  prisma: PrismaClient,
  experts: number,
  load: ExpertLoad,
  today: Date,
  progress: ProgressListener,
): Promise<number> {
  const at = new Date(today.getTime() - 60 * DAY_MS);
  const stamps = { createdAt: at, updatedAt: at };
  const expert = (e: number): WithId<Prisma.ExpertProfileCreateManyInput> => ({
    id: scaleExpertId(e),
    userId: scaleUserId("expert", e),
    expertiseAreas: ["mentoring"],
    currency: expertZone(e)[1],
    hourlyRateCents: scaleSessionPrice(e),
    verificationStatus: "VERIFIED",
    rating: (4 + (e % 10) / 10).toFixed(2),
    ...stamps,
  });
  const session = (e: number): WithId<Prisma.TutoringSessionCreateManyInput> => ({
    id: scaleSessionId(e),
    expertId: scaleExpertId(e),
    title: `Mentoring session #${e}`,
    description: "One hour, one topic.",
    topicTags: ["mentoring"],
    durationMinutes: 60,
    priceCents: scaleSessionPrice(e),
    currency: expertZone(e)[1],
    ...stamps,
  });
  const window = (i: number): WithId<Prisma.AvailabilityWindowCreateManyInput> => {
    const e = Math.floor(i / 7);
    const [zone] = expertZone(e);
    const id = seedId(`scale:window:${e}:${i % 7}`);
    return {
      id,
      expertId: scaleExpertId(e),
      dayOfWeek: i % 7,
      startMinutes: 540,
      endMinutes: 1020,
      timezone: zone,
      ...stamps,
    };
  };
  const clock = createSlotClock(today);
  const slots = (e: number) => {
    const k = load.bookingsOf(e);
    const rows: WithId<Prisma.BookableSlotCreateManyInput>[] = [];
    for (let day = -pastDaysFor(k); day < FUTURE_DAYS; day += 1) {
      for (let hour = 0; hour < SLOTS_PER_DAY; hour += 1) {
        const { startsAt, weekday } = clock(e, day, hour);
        const n = slotOrdinal(day, hour);
        const held = n !== null && n < k && load.holds(e, n);
        const created = new Date(startsAt.getTime() - FUTURE_DAYS * DAY_MS);
        rows.push({
          id: scaleSlotId(e, day, hour),
          tutoringSessionId: scaleSessionId(e),
          expertId: scaleExpertId(e),
          availabilityWindowId: seedId(`scale:window:${e}:${weekday}`),
          startsAt,
          endsAt: new Date(startsAt.getTime() + HOUR_MS),
          capacity: 1,
          bookedCount: held ? 1 : 0,
          status: held ? "FULL" : "AVAILABLE",
          createdAt: created,
          updatedAt: created,
        });
      }
    }
    return rows;
  };
  let inserted = await insertBatched(
    "experts",
    experts,
    5000,
    expert,
    tableSink(prisma, "expert_profiles", expertColumns),
    progress,
  );
  inserted += await insertBatched(
    "tutoring sessions",
    experts,
    5000,
    session,
    tableSink(prisma, "tutoring_sessions", tutoringSessionColumns),
    progress,
  );
  inserted += await insertBatched(
    "availability windows",
    experts * 7,
    5000,
    window,
    tableSink(prisma, "availability_windows", windowColumns),
    progress,
  );
  inserted += await insertGrouped(
    "slots",
    experts,
    40,
    slots,
    tableSink(prisma, "bookable_slots", slotColumns),
    progress,
  );
  return inserted;
}

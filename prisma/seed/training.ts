// training: venues and in-person schedules (data/training.ts). Class days run 09:00-17:00 in
// the venue's time zone; bookedCount and FULL are recomputed from the bookings (counters.ts).
import { type SeedContext, stamps } from "./context.js";
import { courseDef } from "./data/courses.js";
import { type ScheduleDef, schedules, venues } from "./data/training.js";
import { courseId, scheduleId, userId, venueId } from "./refs.js";
import { addDays, addLocalDays, localDateOf, zonedInstant } from "./time.js";

export function venueOf(key: string) {
  const venue = venues.find((v) => v.key === key);
  if (!venue) throw new Error(`Unknown seed venue ${key}`);
  return venue;
}

export function scheduleDef(key: string): ScheduleDef {
  const found = schedules.find((s) => s.key === key);
  if (!found) throw new Error(`Unknown seed schedule ${key}`);
  return found;
}

export function scheduleTimes(ctx: SeedContext, s: ScheduleDef): { startsAt: Date; endsAt: Date } {
  const zone = venueOf(s.venue).timezone;
  const first = localDateOf(zone, addDays(ctx.today, s.startDay));
  return {
    startsAt: zonedInstant(zone, first, 9 * 60),
    endsAt: zonedInstant(zone, addLocalDays(first, s.days - 1), 17 * 60),
  };
}

/** List price of a seat: the schedule's override, else the course price. */
export function seatPrice(s: ScheduleDef): { cents: number; currency: string } {
  const course = courseDef(s.slug);
  return s.price ?? { cents: course.priceCents, currency: course.currency };
}

export async function seedTraining(ctx: SeedContext): Promise<void> {
  await ctx.prisma.venue.createMany({
    skipDuplicates: true,
    data: venues.map((v) => ({
      id: venueId(v.key),
      name: v.name,
      addressLine1: v.address,
      addressLine2: v.address2 ?? null,
      city: v.city,
      postcode: v.postcode,
      capacity: v.capacity,
      facilities: v.facilities,
      parkingInfo: v.parking,
      timezone: v.timezone,
      ...stamps(ctx.day(-400, 9)),
    })),
  });
  await ctx.prisma.courseSchedule.createMany({
    skipDuplicates: true,
    data: schedules.map((s) => {
      const { startsAt, endsAt } = scheduleTimes(ctx, s);
      const course = courseDef(s.slug);
      // Service rules the database does not enforce: checked here so the demo obeys them too.
      if (course.format !== "IN_PERSON") throw new Error(`Schedule ${s.key}: course is not IN_PERSON`);
      if (s.capacity > venueOf(s.venue).capacity)
        throw new Error(`Schedule ${s.key}: exceeds venue capacity`);
      return {
        id: scheduleId(s.key),
        courseId: courseId(s.slug),
        venueId: venueId(s.venue),
        instructorId: s.instructor ? userId(s.instructor) : null,
        startsAt,
        endsAt,
        status: s.status,
        capacity: s.capacity,
        priceCents: s.price?.cents ?? null,
        currency: s.price?.currency ?? null,
        notes: s.notes ?? null,
        createdById: userId("admin"),
        ...stamps(addDays(startsAt, -45)),
      };
    }),
  });
}

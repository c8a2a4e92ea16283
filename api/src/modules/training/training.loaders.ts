import type { AppContext } from "../../context.js";
import { byKey, defineLoader } from "../../graphql/loaders.js";

export const venueSelect = {
  id: true,
  name: true,
  addressLine1: true,
  addressLine2: true,
  city: true,
  postcode: true,
  capacity: true,
  facilities: true,
  parkingInfo: true,
  timezone: true,
  isActive: true,
  createdAt: true,
} as const;

export const scheduleSelect = {
  id: true,
  courseId: true,
  venueId: true,
  instructorId: true,
  startsAt: true,
  endsAt: true,
  status: true,
  capacity: true,
  bookedCount: true,
  priceCents: true,
  currency: true,
  notes: true,
  createdById: true,
  createdAt: true,
} as const;

export const venueById = defineLoader(
  "venueById",
  async (ctx: AppContext, ids: readonly string[]) => {
    const rows = await ctx.prisma.venue.findMany({ where: { id: { in: [...ids] } }, select: venueSelect });
    return byKey(ids, rows, (r) => r.id);
  },
  { sharedPerEvent: true },
);

/** Schedules by id, whatever their status: callers apply `canViewSchedule`. */
export const scheduleById = defineLoader(
  "scheduleById",
  async (ctx: AppContext, ids: readonly string[]) => {
    const rows = await ctx.prisma.courseSchedule.findMany({
      where: { id: { in: [...ids] } },
      select: scheduleSelect,
    });
    return byKey(ids, rows, (r) => r.id);
  },
  { sharedPerEvent: true },
);

import type { AppContext } from "../../context.js";
import { byKey, defineLoader, groupByKey } from "../../graphql/loaders.js";

export const expertSelect = {
  id: true,
  userId: true,
  bio: true,
  expertiseAreas: true,
  hourlyRateCents: true,
  currency: true,
  rating: true,
  totalSessions: true,
  isAvailable: true,
  verificationStatus: true,
  createdAt: true,
} as const;

export const tutoringSessionSelect = {
  id: true,
  expertId: true,
  title: true,
  description: true,
  shortDescription: true,
  topicTags: true,
  durationMinutes: true,
  priceCents: true,
  currency: true,
  level: true,
  prerequisites: true,
  materialsUrl: true,
  maxParticipants: true,
  isActive: true,
  createdAt: true,
} as const;

export const windowSelect = {
  id: true,
  expertId: true,
  dayOfWeek: true,
  startMinutes: true,
  endMinutes: true,
  timezone: true,
  isActive: true,
} as const;

export const slotSelect = {
  id: true,
  tutoringSessionId: true,
  expertId: true,
  startsAt: true,
  endsAt: true,
  capacity: true,
  bookedCount: true,
  status: true,
} as const;

export const expertById = defineLoader(
  "expertById",
  async (ctx: AppContext, ids: readonly string[]) => {
    const rows = await ctx.prisma.expertProfile.findMany({
      where: { id: { in: [...ids] } },
      select: expertSelect,
    });
    return byKey(ids, rows, (r) => r.id);
  },
  { sharedPerEvent: true },
);

export const tutoringSessionById = defineLoader(
  "tutoringSessionById",
  async (ctx: AppContext, ids: readonly string[]) => {
    const rows = await ctx.prisma.tutoringSession.findMany({
      where: { id: { in: [...ids] } },
      select: tutoringSessionSelect,
    });
    return byKey(ids, rows, (r) => r.id);
  },
  { sharedPerEvent: true },
);

/** Every session of each expert, by title; callers filter what the viewer may see. */
export const tutoringSessionsByExpert = defineLoader(
  "tutoringSessionsByExpert",
  async (ctx: AppContext, expertIds: readonly string[]) => {
    const rows = await ctx.prisma.tutoringSession.findMany({
      where: { expertId: { in: [...expertIds] } },
      orderBy: [{ title: "asc" }, { id: "asc" }],
      select: tutoringSessionSelect,
    });
    return groupByKey(expertIds, rows, (r) => r.expertId);
  },
);

export const windowsByExpert = defineLoader(
  "windowsByExpert",
  async (ctx: AppContext, expertIds: readonly string[]) => {
    const rows = await ctx.prisma.availabilityWindow.findMany({
      where: { expertId: { in: [...expertIds] } },
      orderBy: [{ dayOfWeek: "asc" }, { startMinutes: "asc" }],
      select: windowSelect,
    });
    return groupByKey(expertIds, rows, (r) => r.expertId);
  },
);

export const slotById = defineLoader(
  "slotById",
  async (ctx: AppContext, ids: readonly string[]) => {
    const rows = await ctx.prisma.bookableSlot.findMany({
      where: { id: { in: [...ids] } },
      select: slotSelect,
    });
    return byKey(ids, rows, (r) => r.id);
  },
  { sharedPerEvent: true },
);

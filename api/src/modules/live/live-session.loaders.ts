import type { AppContext } from "../../context.js";
import { byKey, defineLoader, groupByKey } from "../../graphql/loaders.js";
import { liveSessionSelect } from "./live-session.types.js";

/** Live sessions by id, unchecked: callers apply canViewLiveSession. */
export const liveSessionById = defineLoader(
  "liveSessionById",
  async (ctx: AppContext, ids: readonly string[]) => {
    const rows = await ctx.prisma.liveSession.findMany({
      where: { id: { in: [...ids] } },
      select: liveSessionSelect,
    });
    return byKey(ids, rows, (r) => r.id);
  },
  { sharedPerEvent: true },
);

/** People holding a place (joined and not left) in each session. */
export const placesTakenBySession = defineLoader(
  "placesTakenBySession",
  async (ctx: AppContext, ids: readonly string[]) => {
    const rows = await ctx.prisma.sessionParticipant.groupBy({
      by: ["liveSessionId"],
      where: { liveSessionId: { in: [...ids] }, leftAt: null },
      _count: { _all: true },
    });
    const counts = new Map(rows.map((r) => [r.liveSessionId, r._count._all]));
    return ids.map((id) => counts.get(id) ?? 0);
  },
);

const participantSelect = {
  liveSessionId: true,
  userId: true,
  joinedAt: true,
  leftAt: true,
  createdAt: true,
} as const;

/** The viewer's participation in each session (held or left), if any. */
export const viewerParticipationBySession = defineLoader(
  "viewerParticipationBySession",
  async (ctx: AppContext, ids: readonly string[]) => {
    const viewer = await ctx.viewer();
    if (!viewer) return ids.map(() => null);
    const rows = await ctx.prisma.sessionParticipant.findMany({
      where: { userId: viewer.id, liveSessionId: { in: [...ids] } },
      select: participantSelect,
    });
    return byKey(ids, rows, (r) => r.liveSessionId);
  },
);

/** Everyone who took a place in each session, first come first. */
export const participantsBySession = defineLoader(
  "participantsBySession",
  async (ctx: AppContext, ids: readonly string[]) => {
    const rows = await ctx.prisma.sessionParticipant.findMany({
      where: { liveSessionId: { in: [...ids] } },
      orderBy: [{ liveSessionId: "asc" }, { createdAt: "asc" }, { id: "asc" }],
      select: participantSelect,
    });
    return groupByKey(ids, rows, (r) => r.liveSessionId);
  },
);

/** Each course's sessions that are scheduled or live and not over yet, soonest first. */
export const upcomingSessionsByCourse = defineLoader(
  "upcomingSessionsByCourse",
  async (ctx: AppContext, courseIds: readonly string[]) => {
    const rows = await ctx.prisma.liveSession.findMany({
      where: {
        courseId: { in: [...courseIds] },
        status: { in: ["SCHEDULED", "LIVE"] },
        endsAt: { gt: new Date() },
      },
      orderBy: [{ startsAt: "asc" }, { id: "asc" }],
      select: liveSessionSelect,
    });
    return groupByKey(courseIds, rows, (r) => r.courseId ?? "");
  },
);

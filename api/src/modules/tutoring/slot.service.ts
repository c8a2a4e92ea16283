import type { Viewer } from "../../context.js";
import type { CampusPrisma } from "../../db/client.js";
import { badUserInput, notFound } from "../../graphql/errors.js";
import { type PageArgs, paginate } from "../../graphql/pagination.js";
import { expertSelect, slotSelect } from "./tutoring.loaders.js";
import { canViewExpert, canViewTutoringSession } from "./tutoring.policy.js";

/** The widest range one `availableSlots` call may ask for. */
export const MAX_SLOT_RANGE_DAYS = 62;

export interface AvailableSlotsQuery {
  tutoringSessionId?: string | null;
  expertId?: string | null;
  from: Date;
  to: Date;
  timeZone: string;
}

/** Public slot availability (seed 003 bookable_slots where is_available). */
export class SlotService {
  constructor(private readonly deps: { prisma: CampusPrisma; minNoticeMinutes: number }) {}

  /**
   * Slots that can be booked now, starting in [from, to), of one session or of
   * all active sessions of one expert. Rows carry the zone their local times
   * are shown in.
   */
  async available(viewer: Viewer | null, query: AvailableSlotsQuery, page: PageArgs) {
    if ((query.tutoringSessionId == null) === (query.expertId == null)) {
      throw badUserInput("Give either `tutoringSessionId` or `expertId`.");
    }
    if (query.to <= query.from) throw badUserInput("`to` must be after `from`.", "to");
    if (query.to.getTime() - query.from.getTime() > MAX_SLOT_RANGE_DAYS * 86_400_000) {
      throw badUserInput(`The range may span at most ${MAX_SLOT_RANGE_DAYS} days.`, "to");
    }
    const expertId = await this.visibleExpertId(viewer, query);
    const earliest = new Date(Date.now() + this.deps.minNoticeMinutes * 60_000);
    const where = {
      status: "AVAILABLE" as const,
      // Booking refuses experts who paused bookings; so does the listing.
      expert: { isAvailable: true },
      startsAt: { gte: query.from > earliest ? query.from : earliest, lt: query.to },
      ...(query.tutoringSessionId
        ? { tutoringSessionId: query.tutoringSessionId }
        : { expertId, tutoringSession: { isActive: true } }),
    };
    const connection = await paginate(page, {
      sort: [{ field: "startsAt", direction: "asc" }],
      fetch: ({ cursorWhere, orderBy, take }) =>
        this.deps.prisma.bookableSlot.findMany({
          where: cursorWhere ? { AND: [where, cursorWhere] } : where,
          orderBy,
          take,
          select: slotSelect,
        }),
      count: () => this.deps.prisma.bookableSlot.count({ where }),
    });
    const withZone = <T extends object>(row: T) => ({ ...row, displayTimeZone: query.timeZone });
    return {
      ...connection,
      edges: connection.edges.map((e) => ({ cursor: e.cursor, node: withZone(e.node) })),
      nodes: connection.nodes.map(withZone),
    };
  }

  /** The expert whose slots are asked for, if the viewer may see them and they take bookings. */
  private async visibleExpertId(viewer: Viewer | null, query: AvailableSlotsQuery): Promise<string> {
    if (query.tutoringSessionId) {
      const session = await this.deps.prisma.tutoringSession.findUnique({
        where: { id: query.tutoringSessionId },
        select: { isActive: true, expertId: true, expert: { select: expertSelect } },
      });
      if (!session || !canViewTutoringSession(viewer, session, session.expert))
        throw notFound("Tutoring session");
      return session.expertId;
    }
    const expert = await this.deps.prisma.expertProfile.findUnique({
      where: { id: query.expertId as string },
      select: expertSelect,
    });
    if (!expert || !canViewExpert(viewer, expert)) throw notFound("Expert");
    return expert.id;
  }
}

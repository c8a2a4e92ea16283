import { isAdmin } from "../../auth/policy.js";
import type { Viewer } from "../../context.js";
import type { CampusPrisma } from "../../db/client.js";
import type { Prisma } from "../../generated/prisma/client.js";
import { type PageArgs, paginate } from "../../graphql/pagination.js";
import { accessGrantingEnrollment } from "../catalog/course-access.loaders.js";
import { liveSessionSelect } from "./live-session.types.js";

export interface LiveSessionListFilter {
  statuses?: ("SCHEDULED" | "LIVE" | "COMPLETED" | "CANCELLED")[] | null;
  includePast?: boolean | null;
  courseId?: string | null;
  instructorId?: string | null;
}

/** The sessions a viewer may see, as a Prisma condition (the same rule as canViewLiveSession). */
function visibleTo(viewer: Viewer | null, now: Date): Prisma.LiveSessionWhereInput {
  if (isAdmin(viewer)) return {};
  const mine: Prisma.LiveSessionWhereInput[] = viewer
    ? [
        { instructorId: viewer.id },
        { course: { deletedAt: null, enrollments: { some: accessGrantingEnrollment(viewer.id, now) } } },
        { course: { instructorId: viewer.id, deletedAt: null } },
      ]
    : [];
  return { OR: [{ courseId: null }, { course: { status: "PUBLISHED", deletedAt: null } }, ...mine] };
}

/** Listing live sessions: upcoming and live by default, soonest first (index (status, starts_at)). */
export class LiveSessionQueries {
  constructor(private readonly deps: { prisma: CampusPrisma }) {}

  list(viewer: Viewer | null, filter: LiveSessionListFilter, page: PageArgs) {
    const now = new Date();
    const where: Prisma.LiveSessionWhereInput = {
      AND: [
        visibleTo(viewer, now),
        { status: { in: filter.statuses?.length ? filter.statuses : ["SCHEDULED", "LIVE"] } },
        filter.includePast ? {} : { endsAt: { gt: now } },
        filter.courseId ? { courseId: filter.courseId } : {},
        filter.instructorId ? { instructorId: filter.instructorId } : {},
      ],
    };
    return paginate(page, {
      sort: [{ field: "startsAt", direction: "asc" }],
      fetch: ({ cursorWhere, orderBy, take }) =>
        this.deps.prisma.liveSession.findMany({
          where: cursorWhere ? { AND: [where, cursorWhere] } : where,
          orderBy,
          take,
          select: liveSessionSelect,
        }),
      count: () => this.deps.prisma.liveSession.count({ where }),
    });
  }
}

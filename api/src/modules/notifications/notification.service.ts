import { z } from "zod";
import type { Viewer } from "../../context.js";
import type { CampusPrisma } from "../../db/client.js";
import { type PageArgs, paginate } from "../../graphql/pagination.js";
import { UserErrorCode, UserErrorsException, userError } from "../../graphql/user-error.js";
import { globalIdOf } from "../../lib/id-schema.js";
import { parseInput } from "../../lib/validation.js";

export const notificationSelect = {
  id: true,
  userId: true,
  type: true,
  title: true,
  description: true,
  link: true,
  metadata: true,
  readAt: true,
  createdAt: true,
} as const;

const markSchema = z
  .object({
    ids: z.array(globalIdOf("Notification", "notification")).max(100, "At most 100 at once.").nullish(),
    all: z.boolean().nullish(),
  })
  .refine((v) => (v.all === true) !== (v.ids != null && v.ids.length > 0), {
    message: "Give either `ids` or `all: true`.",
    path: ["ids"],
  });

/** The viewer's in-app notifications (seed 001 notifications); creation is `notify` in notification.events.ts. */
export class NotificationService {
  constructor(private readonly deps: { prisma: CampusPrisma }) {}

  /** Newest first (index notifications(user_id, created_at)). */
  list(viewer: Viewer, filter: { unreadOnly?: boolean | null }, page: PageArgs) {
    const where = { userId: viewer.id, ...(filter.unreadOnly ? { readAt: null } : {}) };
    return paginate(page, {
      sort: [{ field: "createdAt", direction: "desc" }],
      fetch: ({ cursorWhere, orderBy, take }) =>
        this.deps.prisma.notification.findMany({
          where: cursorWhere ? { AND: [where, cursorWhere] } : where,
          orderBy,
          take,
          select: notificationSelect,
        }),
      count: () => this.deps.prisma.notification.count({ where }),
    });
  }

  /** Index notifications(user_id, read_at). */
  unreadCount(viewer: Viewer) {
    return this.deps.prisma.notification.count({ where: { userId: viewer.id, readAt: null } });
  }

  async markRead(viewer: Viewer, input: unknown) {
    const data = parseInput(markSchema, input);
    const now = new Date();
    // Only the viewer's own notifications match: other people's ids are ignored, not revealed.
    const where = { userId: viewer.id, readAt: null, ...(data.ids ? { id: { in: data.ids } } : {}) };
    const { count } = await this.deps.prisma.notification.updateMany({ where, data: { readAt: now } });
    if (data.ids && count === 0) {
      const owned = await this.deps.prisma.notification.count({
        where: { userId: viewer.id, id: { in: data.ids } },
      });
      if (owned === 0)
        throw new UserErrorsException([userError(UserErrorCode.NOT_FOUND, "No such notifications.", "ids")]);
    }
    const notifications = data.ids
      ? await this.deps.prisma.notification.findMany({
          where: { userId: viewer.id, id: { in: data.ids } },
          orderBy: { createdAt: "desc" },
          select: notificationSelect,
        })
      : [];
    return { notifications, markedCount: count, unreadCount: await this.unreadCount(viewer) };
  }

  /** One notification, fresh from the database, if it is the viewer's (subscriptions, node). */
  async get(viewer: Viewer | null, id: string) {
    if (!viewer) return null;
    return this.deps.prisma.notification.findFirst({
      where: { id, userId: viewer.id },
      select: notificationSelect,
    });
  }
}

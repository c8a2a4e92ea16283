import type { Prisma } from "../../generated/prisma/client.js";
import type { PendingEvents } from "../../realtime/pending-events.js";
import { topics } from "../../realtime/topics.js";

export type NotificationKind =
  | "BOOKING"
  | "QUOTE"
  | "PAYMENT"
  | "COURSE_UPDATE"
  | "LIVE_SESSION"
  | "ANNOUNCEMENT";

export interface NewNotification {
  userId: string;
  type: NotificationKind;
  title: string;
  description: string;
  link?: string | null;
  metadata?: Record<string, string | number | boolean | null>;
}

/** What `notificationAdded` subscribers are sent (JSON: it may cross Redis). */
export interface NotificationAddedEvent {
  notificationId: string;
  userId: string;
}

/**
 * Creates notifications inside the caller's transaction (they exist exactly when
 * the change they announce does) and queues `notificationAdded` for after commit.
 */
export async function notify(
  tx: Pick<Prisma.TransactionClient, "notification">,
  events: PendingEvents,
  notifications: NewNotification[],
): Promise<void> {
  for (const n of notifications) {
    const row = await tx.notification.create({
      data: {
        userId: n.userId,
        type: n.type,
        title: n.title,
        description: n.description,
        link: n.link ?? null,
        metadata: n.metadata ?? undefined,
      },
      select: { id: true },
    });
    const event: NotificationAddedEvent = { notificationId: row.id, userId: n.userId };
    events.add(topics.notificationAdded(n.userId), event);
  }
}

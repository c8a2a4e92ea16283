import type { Prisma } from "../../generated/prisma/client.js";
import { truncateIp } from "./ip-truncation.js";

export type ActivityTx = Pick<Prisma.TransactionClient, "activityLog">;

/** Seed 002 activity actions recorded by the platform. */
export type ActivityAction =
  | "login"
  | "enrollment_created"
  | "course_completed"
  | "lesson_completed"
  | "booking_created"
  | "payment_succeeded";

export interface ActivityEntry {
  userId: string | null;
  action: ActivityAction;
  entityType?: string | null;
  entityId?: string | null;
  ip?: string | null;
  userAgent?: string | null;
  sessionId?: string | null;
  metadata?: Record<string, string | number | boolean | null>;
}

/**
 * Records what a user did (seed 002 activity_logs). Call it inside the
 * transaction of the change, so the entry exists exactly when the change does.
 */
export async function recordActivity(tx: ActivityTx, entry: ActivityEntry): Promise<void> {
  await tx.activityLog.create({
    data: {
      userId: entry.userId,
      action: entry.action,
      entityType: entry.entityType ?? null,
      entityId: entry.entityId ?? null,
      ipAddress: truncateIp(entry.ip),
      userAgent: entry.userAgent?.slice(0, 500) ?? null,
      sessionId: entry.sessionId?.slice(0, 100) ?? null,
      metadata: entry.metadata ?? undefined,
    },
    select: { id: true },
  });
}

import { isIP } from "node:net";
import type { Prisma } from "../../generated/prisma/client.js";

export type AuditTx = Pick<Prisma.TransactionClient, "auditLog">;

export interface AuditEntry {
  actorId: string;
  /** `<entity>.<verb>`, e.g. instructor_application.approve. */
  action: string;
  entityType: string;
  entityId: string;
  oldValues: Record<string, unknown> | null;
  newValues: Record<string, unknown> | null;
  /** Where the request came from, when known (stored only if it is an IP address). */
  ipAddress?: string | null;
  userAgent?: string | null;
}

/** Dates become ISO strings and undefined disappears, as they would in any JSON reader. */
function toJson(values: Record<string, unknown> | null): Prisma.InputJsonObject | undefined {
  return values ? (JSON.parse(JSON.stringify(values)) as Prisma.InputJsonObject) : undefined;
}

/**
 * Records an admin action with the values before and after (DESIGN.md: every admin mutation
 * writes one). Call it inside the mutation's transaction so the row exists exactly when the
 * change does.
 */
export async function writeAuditLog(tx: AuditTx, entry: AuditEntry): Promise<void> {
  await tx.auditLog.create({
    data: {
      actorId: entry.actorId,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId,
      oldValues: toJson(entry.oldValues),
      newValues: toJson(entry.newValues),
      ipAddress: entry.ipAddress && isIP(entry.ipAddress) ? entry.ipAddress : null,
      userAgent: entry.userAgent?.slice(0, 500) ?? null,
    },
    select: { id: true },
  });
}

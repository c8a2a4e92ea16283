import { isIP } from "node:net";
import type { Prisma } from "../../generated/prisma/client.js";

export type AuditTx = Pick<Prisma.TransactionClient, "auditLog">;

export interface AuditEntry {
  actorId: string;
  /** `<entity>.<verb>`, e.g. instructor_application.approve. */
  action: string;
  /** The GraphQL type of the object changed (other spellings are normalized: see auditEntityType). */
  entityType: string;
  entityId: string;
  oldValues: Record<string, unknown> | null;
  newValues: Record<string, unknown> | null;
  /** Where the request came from, when known (stored only if it is an IP address). */
  ipAddress?: string | null;
  userAgent?: string | null;
}

/** Entity names whose GraphQL type is not simply their PascalCase form. */
const TYPE_ALIASES: Record<string, string> = {
  module: "CourseModule",
  payment_transaction: "Payment",
};

/**
 * The one spelling of an audited object's kind: its GraphQL type name (`course_review` and
 * `CourseReview` are both CourseReview), so the audit log filters on one value and a client
 * can build the object's global id from the type and the id.
 */
export function auditEntityType(name: string): string {
  const trimmed = name.trim();
  const alias = TYPE_ALIASES[trimmed.toLowerCase()];
  if (alias) return alias;
  return trimmed
    .split(/[_\s-]+/)
    .filter(Boolean)
    .map((part) => part[0]!.toUpperCase() + part.slice(1))
    .join("");
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
      entityType: auditEntityType(entry.entityType),
      entityId: entry.entityId,
      oldValues: toJson(entry.oldValues),
      newValues: toJson(entry.newValues),
      ipAddress: entry.ipAddress && isIP(entry.ipAddress) ? entry.ipAddress : null,
      userAgent: entry.userAgent?.slice(0, 500) ?? null,
    },
    select: { id: true },
  });
}

import { createHash, randomBytes, randomUUID } from "node:crypto";
import type { CampusPrisma } from "../../db/client.js";

export const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");

export interface IssuedRefreshToken {
  token: string;
  id: string;
  expiresAt: Date;
}

export type RotationResult =
  | { kind: "rotated"; userId: string; next: IssuedRefreshToken }
  | { kind: "invalid" }
  | { kind: "reused" };

interface IssueOptions {
  userId: string;
  familyId?: string;
  ttlDays: number;
  userAgent?: string | null;
}

type Tx = Pick<CampusPrisma, "refreshToken">;

/** Opaque 256-bit token; only its SHA-256 is stored, so a database leak yields no sessions. */
export async function issueRefreshToken(db: Tx, options: IssueOptions): Promise<IssuedRefreshToken> {
  const token = randomBytes(32).toString("base64url");
  const expiresAt = new Date(Date.now() + options.ttlDays * 86_400_000);
  const row = await db.refreshToken.create({
    data: {
      userId: options.userId,
      tokenHash: hashToken(token),
      familyId: options.familyId ?? randomUUID(),
      expiresAt,
      userAgent: options.userAgent?.slice(0, 300) ?? null,
    },
    select: { id: true },
  });
  return { token, id: row.id, expiresAt };
}

/**
 * Single-use rotation. The old token is consumed by a conditional update, so
 * two concurrent refreshes cannot both win; presenting a token that was already
 * rotated (a stolen copy, or the loser of such a race) revokes its whole family.
 */
export async function rotateRefreshToken(
  prisma: CampusPrisma,
  token: string,
  ttlDays: number,
  userAgent: string | null,
): Promise<RotationResult> {
  const found = await prisma.refreshToken.findUnique({
    where: { tokenHash: hashToken(token) },
    select: {
      id: true,
      userId: true,
      familyId: true,
      expiresAt: true,
      revokedAt: true,
      replacedById: true,
      user: { select: { deactivatedAt: true, deletedAt: true } },
    },
  });
  if (!found || found.user.deactivatedAt || found.user.deletedAt) return { kind: "invalid" };
  if (found.replacedById || found.revokedAt) {
    if (found.replacedById) await revokeFamily(prisma, found.familyId);
    return { kind: found.replacedById ? "reused" : "invalid" };
  }
  if (found.expiresAt.getTime() <= Date.now()) return { kind: "invalid" };

  const outcome = await prisma.$transaction(async (tx) => {
    const next = await issueRefreshToken(tx, {
      userId: found.userId,
      familyId: found.familyId,
      ttlDays,
      userAgent,
    });
    const consumed = await tx.refreshToken.updateMany({
      where: { id: found.id, replacedById: null, revokedAt: null },
      data: { replacedById: next.id, lastUsedAt: new Date() },
    });
    if (consumed.count === 0) {
      await tx.refreshToken.delete({ where: { id: next.id } });
      return null;
    }
    return next;
  });
  if (!outcome) {
    await revokeFamily(prisma, found.familyId);
    return { kind: "reused" };
  }
  return { kind: "rotated", userId: found.userId, next: outcome };
}

export async function revokeFamily(
  prisma: Pick<CampusPrisma, "refreshToken">,
  familyId: string,
): Promise<number> {
  const { count } = await prisma.refreshToken.updateMany({
    where: { familyId, revokedAt: null },
    data: { revokedAt: new Date() },
  });
  return count;
}

export async function revokeAllForUser(
  prisma: Pick<CampusPrisma, "refreshToken">,
  userId: string,
): Promise<number> {
  const { count } = await prisma.refreshToken.updateMany({
    where: { userId, revokedAt: null },
    data: { revokedAt: new Date() },
  });
  return count;
}

/** Looks up the family of a presented token (for log out). */
export async function findFamily(prisma: CampusPrisma, token: string) {
  return prisma.refreshToken.findUnique({
    where: { tokenHash: hashToken(token) },
    select: { familyId: true, userId: true },
  });
}

import { z } from "zod";
import { verifyPassword } from "../../auth/passwords.js";
import type { Viewer } from "../../context.js";
import type { CampusPrisma } from "../../db/client.js";
import { notFound } from "../../graphql/errors.js";
import { toGlobalId } from "../../graphql/global-id.js";
import { UserErrorCode, UserErrorsException, userError } from "../../graphql/user-error.js";
import { globalIdOf } from "../../lib/id-schema.js";
import { parseInput } from "../../lib/validation.js";
import type { CampusPubSub } from "../../realtime/pubsub.js";
import { assertAdmin } from "../admin/admin.policy.js";
import { publishSessionsRevoked } from "../admin/user-sessions.js";
import { writeAuditLog } from "../audit/audit-log.js";
import { anonymizeUser } from "./anonymize.js";
import { exportUserData } from "./data-export.js";

export interface RequestMeta {
  ip: string;
  userAgent: string | null;
}

const CONFIRMATION = "DELETE MY ACCOUNT";

/** Seed 000 user rights: access (export) and erasure (anonymization), for oneself and by admins. */
export class PrivacyService {
  constructor(private readonly deps: { prisma: CampusPrisma; pubsub: CampusPubSub }) {}

  async exportMine(viewer: Viewer) {
    const data = await exportUserData(this.deps.prisma, viewer.id);
    if (!data) throw notFound("User");
    return data;
  }

  async deleteMine(viewer: Viewer, input: unknown, meta: RequestMeta) {
    const data = parseInput(
      z.object({
        confirmation: z.literal(CONFIRMATION, `Type "${CONFIRMATION}" to confirm.`),
        password: z.string().max(200).nullish(),
      }),
      input,
    );
    const { passwordHash } = await this.deps.prisma.user.findUniqueOrThrow({
      where: { id: viewer.id },
      select: { passwordHash: true },
    });
    // Proof of presence: a stolen access token alone must not be able to erase an account.
    if (passwordHash && !(data.password && (await verifyPassword(passwordHash, data.password)))) {
      throw new UserErrorsException([
        userError(UserErrorCode.INVALID_CREDENTIALS, "The password is not correct.", "password"),
      ]);
    }
    return this.erase(viewer, viewer.id, "user.delete_self", meta);
  }

  async deleteUser(viewer: Viewer, input: unknown, meta: RequestMeta) {
    assertAdmin(viewer);
    const { userId } = parseInput(z.object({ userId: globalIdOf("User", "user") }), input);
    if (userId === viewer.id) {
      throw new UserErrorsException([
        userError(UserErrorCode.INVALID, "Use deleteMyAccount to delete your own account.", "userId"),
      ]);
    }
    return this.erase(viewer, userId, "user.delete", meta);
  }

  private async erase(viewer: Viewer, userId: string, action: string, meta: RequestMeta) {
    const deletedAt = await this.deps.prisma.$transaction(async (tx) => {
      const [row] = await tx.$queryRaw<{ deleted: boolean }[]>`
        SELECT deleted_at IS NOT NULL AS deleted FROM users WHERE id = ${userId}::uuid FOR UPDATE`;
      if (!row) throw notFound("User");
      if (row.deleted) {
        throw new UserErrorsException([
          userError(UserErrorCode.INVALID_STATE, "This account has already been deleted.", "userId"),
        ]);
      }
      const now = new Date();
      await anonymizeUser(tx, userId, now);
      // No personal values in the trail: it must outlive the erasure without undoing it.
      await writeAuditLog(tx, {
        actorId: viewer.id,
        action,
        entityType: "user",
        entityId: userId,
        oldValues: { deletedAt: null },
        newValues: { deletedAt: now },
        ipAddress: meta.ip,
        userAgent: meta.userAgent,
      });
      return now;
    });
    publishSessionsRevoked(this.deps.pubsub, userId);
    return { deletedUserId: toGlobalId("User", userId), deletedAt };
  }
}

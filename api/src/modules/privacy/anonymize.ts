import type { Prisma } from "../../generated/prisma/client.js";

export const DELETED_NAME = "Deleted user";
export const deletedEmail = (userId: string) => `deleted-${userId}@invalid`;

/**
 * Erases the personal data of a user (seed 000 compliance: right to erasure) while the ledger
 * and audit trail keep their rows and references: the user row stays, blanked, with deletedAt
 * set. Sessions and API keys are revoked in the same transaction; the caller then publishes
 * USER_SESSIONS_REVOKED so open sockets close.
 */
export async function anonymizeUser(tx: Prisma.TransactionClient, userId: string, now = new Date()) {
  const email = deletedEmail(userId);
  await tx.user.update({
    where: { id: userId },
    data: {
      email,
      emailVerifiedAt: null,
      passwordHash: null,
      externalId: null,
      fullName: null,
      displayName: null,
      firstName: null,
      lastName: null,
      avatarUrl: null,
      phone: null,
      dateOfBirth: null,
      bio: null,
      stripeCustomerId: null,
      lastActiveAt: null,
      lastLoginAt: null,
      deletedAt: now,
    },
    select: { id: true },
  });
  await tx.refreshToken.updateMany({ where: { userId, revokedAt: null }, data: { revokedAt: now } });
  await tx.refreshToken.updateMany({ where: { userId }, data: { ipAddress: null, userAgent: null } });
  await tx.passwordResetToken.updateMany({ where: { userId, usedAt: null }, data: { usedAt: now } });
  await tx.apiKey.updateMany({ where: { userId, revokedAt: null }, data: { revokedAt: now } });
  await tx.expertProfile.updateMany({ where: { userId }, data: { bio: null } });
  await tx.booking.updateMany({
    where: { userId },
    data: {
      attendeeFirstName: null,
      attendeeLastName: null,
      attendeeEmail: null,
      attendeePhone: null,
      attendeeCompany: null,
      learnerNotes: null,
    },
  });
  await tx.contact.updateMany({ where: { userId }, data: { name: DELETED_NAME, email, phone: null } });
  await tx.certificate.updateMany({ where: { userId }, data: { userName: DELETED_NAME } });
  await tx.emailLog.updateMany({ where: { userId }, data: { recipientEmail: email } });
  // Conversations with the assistant are free text written by the person: nothing to keep.
  await tx.aiConversation.deleteMany({ where: { userId } });
  await tx.activityLog.updateMany({ where: { userId }, data: { ipAddress: null, userAgent: null } });
  await tx.analyticsEvent.updateMany({ where: { userId }, data: { ipAddress: null, userAgent: null } });
}

import type { Prisma } from "../../generated/prisma/client.js";

/**
 * An individual course needs a student account, but an inquirer may have none. We
 * reuse the one they signed in with or the one holding their email; otherwise we
 * create a passwordless STUDENT account (no way to log in until they set a
 * password through the identity flows), so the quote can reach them by link.
 */
export async function findOrInviteStudent(
  tx: Prisma.TransactionClient,
  contact: { userId: string | null; email: string; name: string; phone: string | null; language: string },
): Promise<string> {
  if (contact.userId) return contact.userId;
  const email = contact.email.toLowerCase();
  const known = await tx.user.findUnique({ where: { email }, select: { id: true } });
  if (known) return known.id;
  const created = await tx.user.create({
    data: {
      email,
      fullName: contact.name,
      displayName: contact.name,
      phone: contact.phone,
      roles: ["STUDENT"],
      preferredLanguage: contact.language,
    },
    select: { id: true },
  });
  return created.id;
}

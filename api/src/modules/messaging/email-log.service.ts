import { assertAllowed, isAdmin } from "../../auth/policy.js";
import type { Viewer } from "../../context.js";
import type { CampusPrisma } from "../../db/client.js";
import type { EmailStatus } from "../../generated/prisma/client.js";
import { type PageArgs, paginate } from "../../graphql/pagination.js";

export const emailLogSelect = {
  id: true,
  recipientEmail: true,
  emailType: true,
  subject: true,
  status: true,
  errorMessage: true,
  deliveryNote: true,
  attempts: true,
  textBody: true,
  htmlBody: true,
  nextAttemptAt: true,
  sentAt: true,
  openedAt: true,
  clickedAt: true,
  createdAt: true,
} as const;

/** The outbox as admins see it: every email, including those kept in the log without SMTP. */
export class EmailLogService {
  constructor(private readonly deps: { prisma: CampusPrisma }) {}

  list(
    viewer: Viewer | null,
    filter: { status?: EmailStatus | null; recipientEmail?: string | null },
    page: PageArgs,
  ) {
    assertAllowed(viewer, isAdmin(viewer));
    const where = {
      ...(filter.status ? { status: filter.status } : {}),
      ...(filter.recipientEmail ? { recipientEmail: filter.recipientEmail.trim().toLowerCase() } : {}),
    };
    return paginate(page, {
      sort: [{ field: "createdAt", direction: "desc" }],
      fetch: ({ cursorWhere, orderBy, take }) =>
        this.deps.prisma.emailLog.findMany({
          where: cursorWhere ? { AND: [where, cursorWhere] } : where,
          orderBy,
          take,
          select: emailLogSelect,
        }),
      count: () => this.deps.prisma.emailLog.count({ where }),
    });
  }
}

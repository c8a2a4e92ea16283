import type { Viewer } from "../../context.js";
import type { CampusPrisma } from "../../db/client.js";
import { type PageArgs, paginate } from "../../graphql/pagination.js";
import { normalizeVerificationCode } from "./certificate.code.js";
import { certificateSelect, validityOf } from "./certificate.types.js";

/** Certificates: the holder's list and public verification. Issuing is certificate.issue.ts. */
export class CertificateService {
  constructor(private readonly deps: { prisma: CampusPrisma }) {}

  /** The viewer's certificates, newest first (index certificates(user_id, issued_at)). */
  listMine(viewer: Viewer, page: PageArgs) {
    const where = { userId: viewer.id };
    return paginate(page, {
      sort: [{ field: "issuedAt", direction: "desc" }],
      fetch: ({ cursorWhere, orderBy, take }) =>
        this.deps.prisma.certificate.findMany({
          where: cursorWhere ? { AND: [where, cursorWhere] } : where,
          orderBy,
          take,
          select: certificateSelect,
        }),
      count: () => this.deps.prisma.certificate.count({ where }),
    });
  }

  /**
   * Public check of a code (seed 001: "verification without authentication"). Only what a
   * certificate shows is returned: names, course, dates, validity; never ids or emails. An
   * unknown or malformed code is null, the same answer either way.
   */
  async verify(code: string, now = new Date()) {
    const normalized = normalizeVerificationCode(code);
    if (!normalized) return null;
    const found = await this.deps.prisma.certificate.findUnique({
      where: { verificationCode: normalized },
      select: certificateSelect,
    });
    if (!found) return null;
    const validity = validityOf(found, now);
    return {
      validity,
      isValid: validity === "VALID",
      holderName: found.userName,
      courseTitle: found.courseName,
      instructorName: found.instructorName,
      issuedAt: found.issuedAt,
      expiresAt: found.expiresAt,
      revokedAt: found.revokedAt,
    };
  }
}

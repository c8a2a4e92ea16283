import { z } from "zod";
import { isAdmin } from "../../auth/policy.js";
import type { Viewer } from "../../context.js";
import type { CampusPrisma } from "../../db/client.js";
import type { Prisma } from "../../generated/prisma/client.js";
import { fromGlobalId } from "../../graphql/global-id.js";
import { type PageArgs, paginate } from "../../graphql/pagination.js";
import { globalIdOf } from "../../lib/id-schema.js";
import { auditEntityType } from "../audit/audit-log.js";
import { withLazyFields } from "../catalog/lazy-fields.js";
import { assertAdmin } from "./admin.policy.js";
import { auditLogSelect } from "./audit-log.types.js";
import { parseFilter } from "./parse-filter.js";

const filterSchema = z.object({
  actorId: globalIdOf("User", "actor").nullish(),
  action: z.string().trim().max(200).nullish(),
  // Any spelling of the kind (course_review, CourseReview) finds the stored GraphQL type name.
  entityType: z.string().trim().max(100).transform(auditEntityType).nullish(),
  // Entity ids are stored raw (they point at any table); a global id is decoded for convenience.
  entityId: z
    .string()
    .trim()
    .max(200)
    .transform((v) => fromGlobalId(v)?.id ?? v)
    .nullish(),
  from: z.date().nullish(),
  to: z.date().nullish(),
});

/** The admin trail, filtered on the indexed columns (actor+date, action, entity, date). */
export class AuditLogService {
  constructor(private readonly deps: { prisma: CampusPrisma }) {}

  async list(viewer: Viewer, filter: unknown, page: PageArgs) {
    assertAdmin(viewer);
    const f = parseFilter(filterSchema, filter);
    const where: Prisma.AuditLogWhereInput = {
      ...(f.actorId ? { actorId: f.actorId } : {}),
      ...(f.action ? { action: f.action } : {}),
      ...(f.entityType ? { entityType: f.entityType } : {}),
      ...(f.entityId ? { entityId: f.entityId } : {}),
      ...(f.from || f.to
        ? { createdAt: { ...(f.from ? { gte: f.from } : {}), ...(f.to ? { lt: f.to } : {}) } }
        : {}),
    };
    const connection = await paginate(page, {
      sort: [{ field: "createdAt", direction: "desc" }],
      fetch: ({ cursorWhere, orderBy, take }) =>
        this.deps.prisma.auditLog.findMany({
          where: cursorWhere ? { AND: [where, cursorWhere] } : where,
          orderBy,
          take,
          select: auditLogSelect,
        }),
      count: () => this.deps.prisma.auditLog.count({ where }),
    });
    return withLazyFields(connection, { totalCount: connection.totalCount });
  }

  async get(viewer: Viewer | null, id: string) {
    if (!isAdmin(viewer)) return null;
    return this.deps.prisma.auditLog.findUnique({ where: { id }, select: auditLogSelect });
  }
}

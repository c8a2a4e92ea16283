import { z } from "zod";
import type { Viewer } from "../../context.js";
import type { CampusPrisma } from "../../db/client.js";
import type { Prisma } from "../../generated/prisma/client.js";
import { notFound } from "../../graphql/errors.js";
import { type PageArgs, paginate } from "../../graphql/pagination.js";
import { UserErrorCode, UserErrorsException, userError } from "../../graphql/user-error.js";
import { globalIdOf } from "../../lib/id-schema.js";
import { parseInput } from "../../lib/validation.js";
import type { CampusPubSub } from "../../realtime/pubsub.js";
import { writeAuditLog } from "../audit/audit-log.js";
import { withLazyFields } from "../catalog/lazy-fields.js";
import { userSelect } from "../identity/identity.loaders.js";
import { revokeAllForUser } from "../identity/refresh-tokens.js";
import { assertAdmin } from "./admin.policy.js";
import { publishSessionsRevoked } from "./user-sessions.js";

export interface RequestMeta {
  ip: string;
  userAgent: string | null;
}

const ROLES = ["STUDENT", "INSTRUCTOR", "ADMIN"] as const;
const userId = globalIdOf("User", "user");
const rolesSchema = z.object({
  userId,
  roles: z
    .array(z.enum(ROLES))
    .min(1, "Keep at least one role.")
    .transform((r) => [...new Set(r)]),
});
const deactivateSchema = z.object({
  userId,
  reason: z.string().trim().max(500, "The reason must be at most 500 characters.").nullish(),
});

export interface UserFilterArgs {
  roles?: string[] | null;
  deactivated?: boolean | null;
  includeDeleted?: boolean | null;
  search?: string | null;
}

/** Admin management of accounts: roles, deactivation. Every change is audited with old and new values. */
export class AdminUsersService {
  constructor(private readonly deps: { prisma: CampusPrisma; pubsub: CampusPubSub }) {}

  async list(viewer: Viewer, filter: UserFilterArgs | null | undefined, page: PageArgs) {
    assertAdmin(viewer);
    const where = userWhere(filter ?? {});
    const connection = await paginate(page, {
      sort: [{ field: "createdAt", direction: "desc" }],
      fetch: ({ cursorWhere, orderBy, take }) =>
        this.deps.prisma.user.findMany({
          where: cursorWhere ? { AND: [where, cursorWhere] } : where,
          orderBy,
          take,
          select: userSelect,
        }),
      count: () => this.deps.prisma.user.count({ where }),
    });
    return withLazyFields(connection, { totalCount: connection.totalCount });
  }

  async setRoles(viewer: Viewer, input: unknown, meta: RequestMeta) {
    assertAdmin(viewer);
    const data = parseInput(rolesSchema, input);
    if (data.userId === viewer.id && !data.roles.includes("ADMIN")) {
      // Otherwise the last admin could lock everyone out of administration.
      throw new UserErrorsException([
        userError(UserErrorCode.INVALID, "You cannot remove your own admin role.", "roles"),
      ]);
    }
    return this.change(viewer, meta, data.userId, "user.set_roles", (before) => ({
      data: { roles: data.roles },
      oldValues: { roles: before.roles },
      newValues: { roles: data.roles },
    }));
  }

  async deactivate(viewer: Viewer, input: unknown, meta: RequestMeta) {
    assertAdmin(viewer);
    const data = parseInput(deactivateSchema, input);
    if (data.userId === viewer.id) {
      throw new UserErrorsException([
        userError(UserErrorCode.INVALID, "You cannot deactivate your own account.", "userId"),
      ]);
    }
    const now = new Date();
    const result = await this.change(viewer, meta, data.userId, "user.deactivate", (before) => {
      if (before.deactivatedAt) throw invalidState("This account is already deactivated.");
      return {
        data: { deactivatedAt: now },
        oldValues: { deactivatedAt: null },
        newValues: { deactivatedAt: now, reason: data.reason ?? null },
        // Refresh tokens too: otherwise a reactivation would revive old sessions.
        also: (tx) => revokeAllForUser(tx, data.userId),
      };
    });
    publishSessionsRevoked(this.deps.pubsub, data.userId);
    return result;
  }

  async reactivate(viewer: Viewer, input: unknown, meta: RequestMeta) {
    assertAdmin(viewer);
    const data = parseInput(z.object({ userId }), input);
    return this.change(viewer, meta, data.userId, "user.reactivate", (before) => {
      if (!before.deactivatedAt) throw invalidState("This account is not deactivated.");
      return {
        data: { deactivatedAt: null },
        oldValues: { deactivatedAt: before.deactivatedAt },
        newValues: { deactivatedAt: null },
      };
    });
  }

  /** Locks the user row, applies the change and writes the audit row in one transaction. */
  private change(
    viewer: Viewer,
    meta: RequestMeta,
    id: string,
    action: string,
    plan: (before: { roles: string[]; deactivatedAt: Date | null }) => {
      data: Prisma.UserUpdateInput;
      oldValues: Record<string, unknown>;
      newValues: Record<string, unknown>;
      also?: (tx: Prisma.TransactionClient) => Promise<unknown>;
    },
  ) {
    return this.deps.prisma.$transaction(async (tx) => {
      const [before] = await tx.$queryRaw<
        { roles: string[]; deactivatedAt: Date | null; deleted: boolean }[]
      >`
        SELECT roles::text[] AS roles, deactivated_at AS "deactivatedAt", deleted_at IS NOT NULL AS deleted
        FROM users WHERE id = ${id}::uuid FOR UPDATE`;
      if (!before) throw notFound("User");
      if (before.deleted) throw invalidState("This account has been deleted.");
      const step = plan(before);
      const user = await tx.user.update({ where: { id }, data: step.data, select: userSelect });
      await step.also?.(tx);
      await writeAuditLog(tx, {
        actorId: viewer.id,
        action,
        entityType: "user",
        entityId: id,
        oldValues: step.oldValues,
        newValues: step.newValues,
        ipAddress: meta.ip,
        userAgent: meta.userAgent,
      });
      return { user };
    });
  }
}

const invalidState = (message: string) =>
  new UserErrorsException([userError(UserErrorCode.INVALID_STATE, message, "userId")]);

function userWhere(filter: UserFilterArgs): Prisma.UserWhereInput {
  const and: Prisma.UserWhereInput[] = [];
  if (!filter.includeDeleted) and.push({ deletedAt: null });
  if (filter.roles?.length)
    and.push({ roles: { hasSome: filter.roles as ("STUDENT" | "INSTRUCTOR" | "ADMIN")[] } });
  if (filter.deactivated != null) {
    and.push({ deactivatedAt: filter.deactivated ? { not: null } : null });
  }
  const search = filter.search?.trim();
  if (search) {
    const contains = { contains: search.slice(0, 100), mode: "insensitive" as const };
    and.push({
      OR: [
        { email: contains },
        { firstName: contains },
        { lastName: contains },
        { displayName: contains },
        { fullName: contains },
      ],
    });
  }
  return { AND: and };
}

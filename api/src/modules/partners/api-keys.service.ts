import { z } from "zod";
import { isAdmin } from "../../auth/policy.js";
import type { Viewer } from "../../context.js";
import type { CampusPrisma } from "../../db/client.js";
import type { Prisma } from "../../generated/prisma/client.js";
import { notFound } from "../../graphql/errors.js";
import { type PageArgs, paginate } from "../../graphql/pagination.js";
import { UserErrorCode, UserErrorsException, userError } from "../../graphql/user-error.js";
import { globalIdOf, text } from "../../lib/id-schema.js";
import { parseInput } from "../../lib/validation.js";
import { assertAdmin } from "../admin/admin.policy.js";
import { parseFilter } from "../admin/parse-filter.js";
import { writeAuditLog } from "../audit/audit-log.js";
import { withLazyFields } from "../catalog/lazy-fields.js";
import { generateApiKey, hashApiKey } from "./api-key-secret.js";
import { apiKeySelect } from "./api-keys.types.js";
import { ApiKeyScope } from "./scopes.js";

export interface RequestMeta {
  ip: string;
  userAgent: string | null;
}

const createSchema = z.object({
  userId: globalIdOf("User", "user"),
  name: text("The name", 100),
  scopes: z
    .array(z.enum(ApiKeyScope))
    .min(1, "Grant at least one scope.")
    .transform((s) => [...new Set(s)]),
  expiresAt: z
    .date()
    .refine((d) => d.getTime() > Date.now(), "The expiry must be in the future.")
    .nullish(),
});

/** Admin-issued partner keys: created (secret shown once), listed, revoked; both changes audited. */
export class ApiKeyService {
  constructor(private readonly deps: { prisma: CampusPrisma }) {}

  async create(viewer: Viewer, input: unknown, meta: RequestMeta) {
    assertAdmin(viewer);
    const data = parseInput(createSchema, input);
    const { key, prefix, keyHash } = generateApiKey();
    return this.deps.prisma.$transaction(async (tx) => {
      const owner = await tx.user.findFirst({
        where: { id: data.userId, deletedAt: null },
        select: { id: true },
      });
      if (!owner)
        throw new UserErrorsException([userError(UserErrorCode.NOT_FOUND, "No such user.", "userId")]);
      const apiKey = await tx.apiKey.create({
        data: {
          userId: data.userId,
          name: data.name,
          prefix,
          keyHash,
          scopes: data.scopes,
          expiresAt: data.expiresAt ?? null,
        },
        select: apiKeySelect,
      });
      await writeAuditLog(tx, {
        actorId: viewer.id,
        action: "api_key.create",
        entityType: "api_key",
        entityId: apiKey.id,
        oldValues: null,
        newValues: {
          userId: data.userId,
          name: data.name,
          prefix,
          scopes: data.scopes,
          expiresAt: apiKey.expiresAt,
        },
        ipAddress: meta.ip,
        userAgent: meta.userAgent,
      });
      return { apiKey, secret: key };
    });
  }

  async revoke(viewer: Viewer, input: unknown, meta: RequestMeta) {
    assertAdmin(viewer);
    const { apiKeyId } = parseInput(z.object({ apiKeyId: globalIdOf("ApiKey", "API key") }), input);
    return this.deps.prisma.$transaction(async (tx) => {
      const now = new Date();
      const { count } = await tx.apiKey.updateMany({
        where: { id: apiKeyId, revokedAt: null },
        data: { revokedAt: now },
      });
      const apiKey = await tx.apiKey.findUnique({ where: { id: apiKeyId }, select: apiKeySelect });
      if (!apiKey) throw notFound("ApiKey");
      if (count === 0) {
        throw new UserErrorsException([
          userError(UserErrorCode.INVALID_STATE, "This key is already revoked.", "apiKeyId"),
        ]);
      }
      await writeAuditLog(tx, {
        actorId: viewer.id,
        action: "api_key.revoke",
        entityType: "api_key",
        entityId: apiKey.id,
        oldValues: { revokedAt: null },
        newValues: { revokedAt: now },
        ipAddress: meta.ip,
        userAgent: meta.userAgent,
      });
      return { apiKey };
    });
  }

  async list(viewer: Viewer, filter: unknown, page: PageArgs) {
    assertAdmin(viewer);
    const f = parseFilter(
      z.object({ userId: globalIdOf("User", "user").nullish(), includeRevoked: z.boolean().nullish() }),
      filter,
    );
    const where: Prisma.ApiKeyWhereInput = {
      ...(f.userId ? { userId: f.userId } : {}),
      ...(f.includeRevoked ? {} : { revokedAt: null }),
    };
    const connection = await paginate(page, {
      sort: [{ field: "createdAt", direction: "desc" }],
      fetch: ({ cursorWhere, orderBy, take }) =>
        this.deps.prisma.apiKey.findMany({
          where: cursorWhere ? { AND: [where, cursorWhere] } : where,
          orderBy,
          take,
          select: apiKeySelect,
        }),
      count: () => this.deps.prisma.apiKey.count({ where }),
    });
    return withLazyFields(connection, { totalCount: connection.totalCount });
  }

  async get(viewer: Viewer | null, id: string) {
    if (!isAdmin(viewer)) return null;
    return this.deps.prisma.apiKey.findUnique({ where: { id }, select: apiKeySelect });
  }

  /**
   * The key's user and scopes, or null for an unknown, revoked or expired key (or one whose
   * user is deactivated or deleted). lastUsedAt is written at most once a minute per key.
   */
  async authenticate(key: string): Promise<{ id: string; userId: string; scopes: string[] } | null> {
    if (key.length > 200) return null;
    const now = new Date();
    const row = await this.deps.prisma.apiKey.findFirst({
      where: {
        keyHash: hashApiKey(key),
        revokedAt: null,
        OR: [{ expiresAt: null }, { expiresAt: { gt: now } }],
        user: { deactivatedAt: null, deletedAt: null },
      },
      select: { id: true, userId: true, scopes: true, lastUsedAt: true },
    });
    if (!row) return null;
    if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() > 60_000) {
      void this.deps.prisma.apiKey
        .update({ where: { id: row.id }, data: { lastUsedAt: now }, select: { id: true } })
        .catch(() => undefined);
    }
    return { id: row.id, userId: row.userId, scopes: row.scopes };
  }
}

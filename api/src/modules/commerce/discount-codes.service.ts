import { z } from "zod";
import { assertAllowed, isAdmin } from "../../auth/policy.js";
import type { Viewer } from "../../context.js";
import type { CampusPrisma } from "../../db/client.js";
import { classifyDatabaseError } from "../../db/errors.js";
import type { DiscountCode, Prisma } from "../../generated/prisma/client.js";
import { type PageArgs, paginate } from "../../graphql/pagination.js";
import { UserErrorCode, UserErrorsException, userError } from "../../graphql/user-error.js";
import { globalIdOf } from "../../lib/id-schema.js";
import { parseInput } from "../../lib/validation.js";
import { writeAuditLog } from "../audit/audit-log.js";
import { createDiscountCodeSchema, updateDiscountCodeSchema } from "./discount-codes.schema.js";

const fail = (code: UserErrorCode, message: string, field?: string): never => {
  throw new UserErrorsException([userError(code, message, field)]);
};

const assertAdmin = (viewer: Viewer) =>
  assertAllowed(viewer, isAdmin(viewer), "Only admins manage discount codes.");

/** What an audit entry keeps of a code. */
const snapshot = (c: DiscountCode) => ({
  code: c.code,
  discountType: c.discountType,
  discountValue: c.discountValue,
  currency: c.currency,
  minPurchaseCents: c.minPurchaseCents,
  scope: c.scope,
  applicableCourseIds: c.applicableCourseIds,
  format: c.format,
  courseTypeRestriction: c.courseTypeRestriction,
  maxUses: c.maxUses,
  maxUsesPerUser: c.maxUsesPerUser,
  validFrom: c.validFrom,
  validUntil: c.validUntil,
  isActive: c.isActive,
});

const COLUMNS = [
  "description",
  "discountType",
  "discountValue",
  "currency",
  "minPurchaseCents",
  "scope",
  "format",
  "courseTypeRestriction",
  "maxUses",
  "maxUsesPerUser",
  "validFrom",
  "validUntil",
  "isActive",
] as const;

/** The columns an input sets (undefined: leave as is). */
function columns(
  data: { [K in (typeof COLUMNS)[number]]?: unknown } & { applicableCourseIds?: string[] | null },
) {
  const out: Prisma.DiscountCodeUncheckedUpdateInput = {};
  for (const key of COLUMNS) if (data[key] !== undefined) (out as Record<string, unknown>)[key] = data[key];
  if (data.applicableCourseIds !== undefined) out.applicableCourseIds = data.applicableCourseIds ?? [];
  return out;
}

export interface DiscountCodeFilter {
  activeOnly?: boolean | null;
  search?: string | null;
}

/** Admin management of discount codes (seed 002 promotional codes + seed 004 discount codes); every change audited. */
export class DiscountCodesService {
  constructor(private readonly deps: { prisma: CampusPrisma }) {}

  list(viewer: Viewer, filter: DiscountCodeFilter, page: PageArgs) {
    assertAdmin(viewer);
    const where: Prisma.DiscountCodeWhereInput = {
      ...(filter.activeOnly ? { isActive: true } : {}),
      ...(filter.search ? { code: { contains: filter.search.trim().toUpperCase() } } : {}),
    };
    return paginate(page, {
      sort: [{ field: "createdAt", direction: "desc" }],
      fetch: ({ cursorWhere, orderBy, take }) =>
        this.deps.prisma.discountCode.findMany({
          where: cursorWhere ? { AND: [where, cursorWhere] } : where,
          orderBy,
          take,
        }),
      count: () => this.deps.prisma.discountCode.count({ where }),
    });
  }

  async create(viewer: Viewer, input: unknown) {
    assertAdmin(viewer);
    const data = parseInput(createDiscountCodeSchema, input);
    try {
      const discountCode = await this.deps.prisma.$transaction(async (tx) => {
        const created = await tx.discountCode.create({
          data: {
            ...(columns(data) as Prisma.DiscountCodeUncheckedCreateInput),
            code: data.code,
            discountType: data.discountType,
            discountValue: data.discountValue,
            scope: data.scope ?? "ALL",
            maxUsesPerUser: data.maxUsesPerUser === undefined ? 1 : data.maxUsesPerUser,
            validFrom: data.validFrom ?? new Date(),
            isActive: data.isActive ?? true,
            createdById: viewer.id,
          },
        });
        await writeAuditLog(tx, {
          actorId: viewer.id,
          action: "discount_code.create",
          entityType: "DiscountCode",
          entityId: created.id,
          oldValues: null,
          newValues: snapshot(created),
        });
        return created;
      });
      return { discountCode };
    } catch (error) {
      if (classifyDatabaseError(error)?.kind === "unique")
        fail(UserErrorCode.TAKEN, "This code exists already.", "code");
      throw error;
    }
  }

  async update(viewer: Viewer, input: unknown) {
    assertAdmin(viewer);
    const data = parseInput(updateDiscountCodeSchema, input);
    const discountCode = await this.deps.prisma.$transaction(async (tx) => {
      await tx.$queryRaw`SELECT 1 FROM discount_codes WHERE id = ${data.id}::uuid FOR UPDATE`;
      const before = await tx.discountCode.findUnique({ where: { id: data.id } });
      if (!before) return fail(UserErrorCode.NOT_FOUND, "No such discount code.", "id");
      const maxUses = data.maxUses === undefined ? before.maxUses : data.maxUses;
      if (maxUses != null && maxUses < before.usedCount)
        fail(UserErrorCode.INVALID, `It has been used ${before.usedCount} times already.`, "maxUses");
      const type = data.discountType ?? before.discountType;
      const value = data.discountValue ?? before.discountValue;
      if (type === "PERCENTAGE" && value > 100)
        fail(UserErrorCode.INVALID, "A percentage is at most 100.", "discountValue");
      const currency = data.currency === undefined ? before.currency : data.currency;
      if (type === "FIXED_AMOUNT" && !currency)
        fail(UserErrorCode.INVALID, "A fixed amount needs a currency.", "currency");
      const from = data.validFrom ?? before.validFrom;
      const until = data.validUntil === undefined ? before.validUntil : data.validUntil;
      if (until && until <= from) fail(UserErrorCode.INVALID, "Must be after validFrom.", "validUntil");
      const after = await tx.discountCode.update({ where: { id: data.id }, data: columns(data) });
      await writeAuditLog(tx, {
        actorId: viewer.id,
        action: "discount_code.update",
        entityType: "DiscountCode",
        entityId: after.id,
        oldValues: snapshot(before),
        newValues: snapshot(after),
      });
      return after;
    });
    return { discountCode };
  }

  /** Deletes a code nobody used; a used one is kept for its redemptions (deactivate it instead). */
  async delete(viewer: Viewer, input: unknown) {
    assertAdmin(viewer);
    const data = parseInput(z.object({ id: globalIdOf("DiscountCode", "discount code") }), input);
    return this.deps.prisma.$transaction(async (tx) => {
      await tx.$queryRaw`SELECT 1 FROM discount_codes WHERE id = ${data.id}::uuid FOR UPDATE`;
      const before = await tx.discountCode.findUnique({ where: { id: data.id } });
      if (!before) return fail(UserErrorCode.NOT_FOUND, "No such discount code.", "id");
      const used = await tx.discountRedemption.count({ where: { discountCodeId: data.id } });
      const referenced = await tx.booking.count({ where: { discountCodeId: data.id } });
      if (used > 0 || referenced > 0 || before.usedCount > 0)
        fail(UserErrorCode.INVALID_STATE, "This code has been redeemed: deactivate it instead.", "id");
      await tx.discountCode.delete({ where: { id: data.id } });
      await writeAuditLog(tx, {
        actorId: viewer.id,
        action: "discount_code.delete",
        entityType: "DiscountCode",
        entityId: before.id,
        oldValues: snapshot(before),
        newValues: null,
      });
      return { deletedDiscountCodeId: before.id };
    });
  }
}

import { z } from "zod";
import type { Viewer } from "../../context.js";
import type { CampusPrisma } from "../../db/client.js";
import { classifyDatabaseError } from "../../db/errors.js";
import { type PageArgs, paginate } from "../../graphql/pagination.js";
import { UserErrorCode, UserErrorsException, userError } from "../../graphql/user-error.js";
import { currencyCode, globalIdOf } from "../../lib/id-schema.js";
import { parseInput } from "../../lib/validation.js";
import { writeAuditLog } from "../audit/audit-log.js";
import { expertSelect } from "./tutoring.loaders.js";
import { assertCanBecomeExpert, assertCanManageExpert, assertCanVerifyExperts } from "./tutoring.policy.js";

const profileSchema = z.object({
  bio: z.string().trim().max(5000).nullish(),
  expertiseAreas: z.array(z.string().trim().min(1).max(60)).max(30).nullish(),
  hourlyRateCents: z.number().int().min(0, "The rate cannot be negative.").max(10_000_000).nullish(),
  currency: currencyCode.nullish(),
  isAvailable: z.boolean().nullish(),
});

const verifySchema = z.object({
  expertId: globalIdOf("ExpertProfile", "expert"),
  status: z.enum(["VERIFIED", "REJECTED"], "Verify or reject."),
});

const fail = (code: UserErrorCode, message: string, field?: string): never => {
  throw new UserErrorsException([userError(code, message, field)]);
};

/** Expert profiles (seed 003 expert_profiles): instructors create theirs, admins verify. */
export class ExpertService {
  constructor(private readonly deps: { prisma: CampusPrisma }) {}

  /** Verified experts who accept bookings, newest first. */
  listVerified(page: PageArgs) {
    const where = { verificationStatus: "VERIFIED" as const, isAvailable: true };
    return paginate(page, {
      sort: [{ field: "createdAt", direction: "desc" }],
      fetch: ({ cursorWhere, orderBy, take }) =>
        this.deps.prisma.expertProfile.findMany({
          where: cursorWhere ? { AND: [where, cursorWhere] } : where,
          orderBy,
          take,
          select: expertSelect,
        }),
      count: () => this.deps.prisma.expertProfile.count({ where }),
    });
  }

  forUser(userId: string) {
    return this.deps.prisma.expertProfile.findUnique({ where: { userId }, select: expertSelect });
  }

  async create(viewer: Viewer | null, input: unknown) {
    assertCanBecomeExpert(viewer);
    const data = parseInput(profileSchema, input);
    if (!data.currency) fail(UserErrorCode.REQUIRED, "Currency is required.", "currency");
    try {
      const expert = await this.deps.prisma.expertProfile.create({
        data: {
          userId: viewer.id,
          bio: data.bio ?? null,
          expertiseAreas: data.expertiseAreas ?? [],
          hourlyRateCents: data.hourlyRateCents ?? null,
          currency: data.currency as string,
          isAvailable: data.isAvailable ?? true,
        },
        select: expertSelect,
      });
      return { expert };
    } catch (error) {
      if (classifyDatabaseError(error)?.kind === "unique")
        fail(UserErrorCode.TAKEN, "You already have an expert profile.");
      throw error;
    }
  }

  async update(viewer: Viewer | null, input: unknown) {
    const data = parseInput(profileSchema, input);
    const current = viewer ? await this.forUser(viewer.id) : null;
    if (!current) return fail(UserErrorCode.NOT_FOUND, "You have no expert profile yet.");
    assertCanManageExpert(viewer, current);
    const expert = await this.deps.prisma.expertProfile.update({
      where: { id: current.id },
      data: {
        bio: data.bio === undefined ? undefined : data.bio,
        expertiseAreas: data.expertiseAreas ?? undefined,
        hourlyRateCents: data.hourlyRateCents === undefined ? undefined : data.hourlyRateCents,
        currency: data.currency ?? undefined,
        isAvailable: data.isAvailable ?? undefined,
      },
      select: expertSelect,
    });
    return { expert };
  }

  async verify(viewer: Viewer | null, input: unknown) {
    assertCanVerifyExperts(viewer);
    const data = parseInput(verifySchema, input);
    return this.deps.prisma.$transaction(async (tx) => {
      const old = await tx.expertProfile.findUnique({ where: { id: data.expertId }, select: expertSelect });
      if (!old) return fail(UserErrorCode.NOT_FOUND, "No such expert.", "expertId");
      const expert = await tx.expertProfile.update({
        where: { id: old.id },
        data: { verificationStatus: data.status },
        select: expertSelect,
      });
      await writeAuditLog(tx, {
        actorId: viewer.id,
        action: `expert.${data.status === "VERIFIED" ? "verify" : "reject"}`,
        entityType: "ExpertProfile",
        entityId: old.id,
        oldValues: { verificationStatus: old.verificationStatus },
        newValues: { verificationStatus: expert.verificationStatus },
      });
      return { expert };
    });
  }
}

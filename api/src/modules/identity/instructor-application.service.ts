import { z } from "zod";
import type { Viewer } from "../../context.js";
import type { CampusPrisma } from "../../db/client.js";
import type { InstructorApplicationStatus, Prisma } from "../../generated/prisma/client.js";
import { forbidden, notFound } from "../../graphql/errors.js";
import { type PageArgs, paginate } from "../../graphql/pagination.js";
import { UserErrorCode, UserErrorsException, userError } from "../../graphql/user-error.js";
import { parseInput } from "../../lib/validation.js";
import { writeAuditLog } from "../audit/audit-log.js";
import { withLazyFields } from "../catalog/lazy-fields.js";
import { canApplyToTeach, canReviewApplications } from "./instructor-application.policy.js";
import { applicationSelect } from "./instructor-application.types.js";

const OPEN = ["SUBMITTED", "UNDER_REVIEW"] as const;
const text = (label: string, max: number) =>
  z.string().trim().min(1, `${label} is required.`).max(max, `${label} is too long.`);
const optional = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .nullish()
    .transform((v) => v || null);
const url = z.preprocess(
  (v) => (v instanceof URL ? v.toString() : v),
  z.url({ protocol: /^https?$/, message: "Use an http or https URL." }),
);

const submitSchema = z.object({
  licenseNumber: text("The license number", 100),
  licenseState: optional(100),
  licenseExpiry: z
    .date()
    .refine((d) => d.getTime() > Date.now(), "The license must not have expired.")
    .nullish(),
  insuranceProvider: optional(200),
  documents: z.array(url).min(1, "Attach at least one document.").max(10, "At most 10 documents."),
});

export interface RequestMeta {
  ip: string;
  userAgent: string | null;
}

const decided = () =>
  new UserErrorsException([
    userError(UserErrorCode.INVALID_STATE, "This application has already been decided.", "applicationId"),
  ]);

/** Instructor vetting: apply, and admins approve (granting INSTRUCTOR) or reject; every decision is audited. */
export class InstructorApplicationService {
  constructor(private readonly deps: { prisma: CampusPrisma }) {}

  async submit(viewer: Viewer, input: unknown) {
    if (!canApplyToTeach(viewer)) {
      throw new UserErrorsException([userError(UserErrorCode.INVALID_STATE, "You already teach on Campus.")]);
    }
    const data = parseInput(submitSchema, input);
    return this.deps.prisma.$transaction(async (tx) => {
      // One open application per person: the user row lock orders concurrent submissions.
      await tx.$queryRaw`SELECT id FROM users WHERE id = ${viewer.id}::uuid FOR UPDATE`;
      const open = await tx.instructorApplication.findFirst({
        where: { userId: viewer.id, status: { in: [...OPEN] } },
        select: { id: true },
      });
      if (open)
        throw new UserErrorsException([
          userError(UserErrorCode.CONFLICT, "Your application is already being reviewed."),
        ]);
      const application = await tx.instructorApplication.create({
        data: { ...data, userId: viewer.id, status: "SUBMITTED", submittedAt: new Date() },
        select: applicationSelect,
      });
      return { application };
    });
  }

  async approve(viewer: Viewer, input: unknown, meta: RequestMeta) {
    if (!canReviewApplications(viewer)) throw forbidden("Only admins review applications.");
    const data = parseInput(
      z.object({
        applicationId: z.uuid(),
        currency: z
          .string()
          .regex(/^[A-Za-z]{3}$/, "Use an ISO 4217 code such as EUR.")
          .nullish(),
        hourlyRateCents: z
          .number()
          .int()
          .refine((v) => v >= 0, "The rate must not be negative.")
          .nullish(),
      }),
      input,
    );
    return this.deps.prisma.$transaction(async (tx) => {
      const before = await this.decide(tx, viewer, data.applicationId, { status: "APPROVED" });
      const user = await tx.user.findUniqueOrThrow({ where: { id: before.userId }, select: { roles: true } });
      const [granted] = await tx.$queryRaw<{ roles: string[] }[]>`
        UPDATE users SET roles = CASE WHEN 'INSTRUCTOR' = ANY(roles) THEN roles ELSE array_append(roles, 'INSTRUCTOR'::role) END,
          updated_at = now()
        WHERE id = ${before.userId}::uuid RETURNING roles::text[] AS roles`;
      const profile = await tx.expertProfile.upsert({
        where: { userId: before.userId },
        create: {
          userId: before.userId,
          currency: (data.currency ?? "EUR").toUpperCase(),
          hourlyRateCents: data.hourlyRateCents ?? null,
          verificationStatus: "VERIFIED",
        },
        update: { verificationStatus: "VERIFIED" },
        select: { id: true },
      });
      const application = await tx.instructorApplication.findUniqueOrThrow({
        where: { id: before.id },
        select: applicationSelect,
      });
      await writeAuditLog(tx, {
        actorId: viewer.id,
        action: "instructor_application.approve",
        entityType: "instructor_application",
        entityId: before.id,
        oldValues: { status: before.status, roles: user.roles },
        newValues: { status: application.status, roles: granted?.roles ?? [], expertProfileId: profile.id },
        ipAddress: meta.ip,
        userAgent: meta.userAgent,
      });
      return { application };
    });
  }

  async reject(viewer: Viewer, input: unknown, meta: RequestMeta) {
    if (!canReviewApplications(viewer)) throw forbidden("Only admins review applications.");
    const data = parseInput(z.object({ applicationId: z.uuid(), reason: text("A reason", 2000) }), input);
    return this.deps.prisma.$transaction(async (tx) => {
      const before = await this.decide(tx, viewer, data.applicationId, {
        status: "REJECTED",
        rejectionReason: data.reason,
      });
      const application = await tx.instructorApplication.findUniqueOrThrow({
        where: { id: before.id },
        select: applicationSelect,
      });
      await writeAuditLog(tx, {
        actorId: viewer.id,
        action: "instructor_application.reject",
        entityType: "instructor_application",
        entityId: before.id,
        oldValues: { status: before.status, rejectionReason: before.rejectionReason },
        newValues: { status: application.status, rejectionReason: application.rejectionReason },
        ipAddress: meta.ip,
        userAgent: meta.userAgent,
      });
      return { application };
    });
  }

  /** Admins' queue, oldest first (createdAt: never null, unlike submittedAt of drafts). */
  async list(viewer: Viewer, statuses: InstructorApplicationStatus[] | null | undefined, page: PageArgs) {
    if (!canReviewApplications(viewer)) throw forbidden("Only admins review applications.");
    const where = statuses?.length ? { status: { in: statuses } } : {};
    const connection = await paginate(page, {
      sort: [{ field: "createdAt", direction: "asc" }],
      fetch: ({ cursorWhere, orderBy, take }) =>
        this.deps.prisma.instructorApplication.findMany({
          where: cursorWhere ? { AND: [where, cursorWhere] } : where,
          orderBy,
          take,
          select: applicationSelect,
        }),
      count: () => this.deps.prisma.instructorApplication.count({ where }),
    });
    return withLazyFields(connection, { totalCount: connection.totalCount });
  }

  /** Records the decision only if the application is still open, so two admins cannot both decide it. */
  private async decide(
    tx: Prisma.TransactionClient,
    viewer: Viewer,
    applicationId: string,
    data: { status: "APPROVED" | "REJECTED"; rejectionReason?: string },
  ) {
    const before = await tx.instructorApplication.findUnique({
      where: { id: applicationId },
      select: applicationSelect,
    });
    if (!before) throw notFound("InstructorApplication");
    const { count } = await tx.instructorApplication.updateMany({
      where: { id: applicationId, status: { in: [...OPEN] } },
      data: { ...data, reviewedAt: new Date(), reviewedById: viewer.id },
    });
    if (count === 0) throw decided();
    return before;
  }
}

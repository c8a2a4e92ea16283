import { randomBytes } from "node:crypto";
import { z } from "zod";
import type { Viewer } from "../../context.js";
import type { CampusPrisma } from "../../db/client.js";
import { classifyDatabaseError } from "../../db/errors.js";
import type { Prisma } from "../../generated/prisma/client.js";
import { forbidden } from "../../graphql/errors.js";
import { type UserError, UserErrorCode, UserErrorsException, userError } from "../../graphql/user-error.js";
import { parseInput } from "../../lib/validation.js";
import { type CourseRow, courseSelect } from "./catalog.loaders.js";
import { canCreateCourse } from "./catalog.policy.js";
import { courseChanges, createCourseSchema, updateCourseSchema } from "./course-authoring.schema.js";
import { auditIfAdmin, type LockedCourse, lockEditableCourse, type Tx } from "./course-lock.js";
import { freeSlug, slugify } from "./slug.js";

type AccessType = "FREE" | "PAID" | "SUBSCRIPTION";

const slugTaken = () =>
  new UserErrorsException([userError(UserErrorCode.TAKEN, "Another course already uses this slug.", "slug")]);

/** Free means a zero price: a FREE course with a price, or a paid type without one, is refused. */
function accessTypeFor(
  given: AccessType | null | undefined,
  priceCents: number,
  current?: AccessType,
): AccessType {
  const accessType = given ?? (priceCents === 0 ? "FREE" : current && current !== "FREE" ? current : "PAID");
  if ((accessType === "FREE") !== (priceCents === 0) && accessType !== "SUBSCRIPTION") {
    throw new UserErrorsException([
      userError(UserErrorCode.INVALID, "A course is free exactly when its price is zero.", "accessType"),
    ]);
  }
  return accessType;
}

const pick = (row: Record<string, unknown>, keys: string[]) =>
  Object.fromEntries(keys.map((k) => [k, row[k]]));

/** Instructors' course writes: create, update, publish, unpublish, archive, delete. */
export class CourseAuthoringService {
  constructor(private readonly deps: { prisma: CampusPrisma }) {}

  async createCourse(viewer: Viewer, input: unknown): Promise<{ course: CourseRow }> {
    if (!canCreateCourse(viewer)) throw forbidden("Only instructors can create courses.");
    const { title, slug, ...fields } = parseInput(createCourseSchema, input);
    const priceCents = fields.priceCents ?? 0;
    const accessType = accessTypeFor(fields.accessType, priceCents);
    // A generated slug can lose a race to a concurrent creation; retry with a random suffix.
    for (let attempt = 0; ; attempt++) {
      try {
        return await this.deps.prisma.$transaction(async (tx) => {
          if (slug && (await tx.course.findUnique({ where: { slug }, select: { id: true } })))
            throw slugTaken();
          const suffix = attempt > 0 ? `-${randomBytes(3).toString("hex")}` : "";
          const course = await tx.course.create({
            data: {
              ...(courseChanges(fields) as Prisma.CourseUncheckedCreateInput),
              title,
              slug: slug ?? (await freeSlug(tx, `${slugify(title)}${suffix}`)),
              description: fields.description ?? "",
              priceCents,
              currency: fields.currency ?? "EUR",
              accessType,
              instructorId: viewer.id,
              status: "DRAFT",
            },
            select: courseSelect,
          });
          return { course };
        });
      } catch (error) {
        if (classifyDatabaseError(error)?.kind !== "unique") throw error;
        if (slug || attempt >= 2) throw slugTaken();
      }
    }
  }

  async updateCourse(viewer: Viewer, input: unknown): Promise<{ course: CourseRow }> {
    const { courseId, title, slug, ...fields } = parseInput(updateCourseSchema, input);
    return this.deps.prisma.$transaction(async (tx) => {
      const locked = await lockEditableCourse(tx, viewer, courseId);
      const before = await tx.course.findUniqueOrThrow({ where: { id: courseId }, select: courseSelect });
      const errors: UserError[] = [];
      if (slug && slug !== before.slug) {
        if (before.publishedAt) {
          errors.push(
            userError(
              UserErrorCode.INVALID_STATE,
              "The slug cannot change once the course has been published.",
              "slug",
            ),
          );
        } else if (await tx.course.findUnique({ where: { slug }, select: { id: true } })) {
          errors.push(slugTaken().userErrors[0]!);
        }
      }
      if (fields.category === null && before.status === "PUBLISHED") {
        errors.push(
          userError(UserErrorCode.INVALID_STATE, "A published course needs a category.", "category"),
        );
      }
      if (errors.length > 0) throw new UserErrorsException(errors);
      const priceCents = fields.priceCents ?? before.priceCents;
      const accessType = accessTypeFor(fields.accessType, priceCents, before.accessType);
      const changes = {
        ...courseChanges(fields),
        ...(title ? { title } : {}),
        ...(slug ? { slug } : {}),
        ...(accessType !== before.accessType ? { accessType } : {}),
      };
      const course = await tx.course.update({ where: { id: courseId }, data: changes, select: courseSelect });
      await this.audit(
        tx,
        viewer,
        locked,
        "course.update",
        pick(before, Object.keys(changes)),
        pick(course, Object.keys(changes)),
      );
      return { course };
    });
  }

  /** Publishing needs a title, a description, a category and at least one lesson. */
  publishCourse(viewer: Viewer, input: unknown) {
    return this.transition(viewer, input, "course.publish", async (tx, course) => {
      const errors: UserError[] = [];
      if (!course.title.trim())
        errors.push(userError(UserErrorCode.REQUIRED, "Give the course a title.", "title"));
      if (!course.description.trim())
        errors.push(
          userError(UserErrorCode.REQUIRED, "Describe the course before publishing it.", "description"),
        );
      if (!course.category)
        errors.push(userError(UserErrorCode.REQUIRED, "Choose a category before publishing.", "category"));
      if ((await tx.lesson.count({ where: { courseId: course.id } })) === 0)
        errors.push(
          userError(UserErrorCode.INVALID_STATE, "Add at least one lesson before publishing.", "courseId"),
        );
      if (errors.length > 0) throw new UserErrorsException(errors);
      return { status: "PUBLISHED", publishedAt: course.publishedAt ?? new Date() };
    });
  }

  /** Back to draft: out of the catalog; enrolled students keep their access. */
  unpublishCourse(viewer: Viewer, input: unknown) {
    return this.transition(viewer, input, "course.unpublish", async () => ({ status: "DRAFT" }));
  }

  archiveCourse(viewer: Viewer, input: unknown) {
    return this.transition(viewer, input, "course.archive", async () => ({ status: "ARCHIVED" }));
  }

  /** Soft delete; a course with enrollments is archived instead, so students keep what they bought. */
  async deleteCourse(
    viewer: Viewer,
    input: unknown,
  ): Promise<{ outcome: "DELETED" | "ARCHIVED"; course: CourseRow }> {
    const { courseId } = parseInput(z.object({ courseId: z.uuid() }), input);
    return this.deps.prisma.$transaction(async (tx) => {
      const locked = await lockEditableCourse(tx, viewer, courseId);
      const archive = (await tx.enrollment.count({ where: { courseId } })) > 0;
      const data = archive ? { status: "ARCHIVED" as const } : { deletedAt: new Date() };
      const course = await tx.course.update({ where: { id: courseId }, data, select: courseSelect });
      await this.audit(
        tx,
        viewer,
        locked,
        archive ? "course.archive" : "course.delete",
        { status: locked.status, deletedAt: locked.deletedAt },
        { status: course.status, deletedAt: course.deletedAt },
      );
      return { outcome: archive ? "ARCHIVED" : "DELETED", course };
    });
  }

  private async transition(
    viewer: Viewer,
    input: unknown,
    action: string,
    next: (
      tx: Tx,
      course: LockedCourse,
    ) => Promise<{ status: "DRAFT" | "PUBLISHED" | "ARCHIVED"; publishedAt?: Date }>,
  ): Promise<{ course: CourseRow }> {
    const { courseId } = parseInput(z.object({ courseId: z.uuid() }), input);
    return this.deps.prisma.$transaction(async (tx) => {
      const locked = await lockEditableCourse(tx, viewer, courseId);
      const data = await next(tx, locked);
      const course = await tx.course.update({ where: { id: courseId }, data, select: courseSelect });
      await this.audit(
        tx,
        viewer,
        locked,
        action,
        { status: locked.status, publishedAt: locked.publishedAt },
        { status: course.status, publishedAt: course.publishedAt },
      );
      return { course };
    });
  }

  private audit(
    tx: Tx,
    viewer: Viewer,
    course: LockedCourse,
    action: string,
    oldValues: Record<string, unknown>,
    newValues: Record<string, unknown>,
  ) {
    return auditIfAdmin(tx, viewer, course, {
      action,
      entityType: "course",
      entityId: course.id,
      oldValues,
      newValues,
    });
  }
}

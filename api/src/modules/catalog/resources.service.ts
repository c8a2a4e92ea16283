import { z } from "zod";
import type { Viewer } from "../../context.js";
import type { CampusPrisma } from "../../db/client.js";
import type { Prisma } from "../../generated/prisma/client.js";
import { forbidden, notFound } from "../../graphql/errors.js";
import { type PageArgs, paginate } from "../../graphql/pagination.js";
import { parseInput } from "../../lib/validation.js";
import { writeAuditLog } from "../audit/audit-log.js";
import { canViewCourse } from "./catalog.policy.js";
import { refreshFavoriteCount } from "./counters.js";
import { auditIfAdmin, isEnrolledIn, lockEditableCourse, type Tx } from "./course-lock.js";
import { withLazyFields } from "./lazy-fields.js";
import {
  canCreateStandaloneResource,
  canEditResource,
  canFeatureResource,
  canViewResource,
} from "./resources.policy.js";
import { createResourceSchema, updateResourceSchema } from "./resources.schema.js";
import { resourceSelect } from "./resources.types.js";

/** Resources (course-bound or standalone) and favorites. */
export class ResourcesService {
  constructor(private readonly deps: { prisma: CampusPrisma }) {}

  async createResource(viewer: Viewer, input: unknown) {
    const { courseId, data } = parseInput(createResourceSchema, input);
    if (data.featured && !canFeatureResource(viewer)) throw forbidden("Only admins can feature resources.");
    return this.deps.prisma.$transaction(async (tx) => {
      const author = data.author ?? (await this.displayName(tx, viewer.id));
      if (courseId) {
        const course = await lockEditableCourse(tx, viewer, courseId);
        const resource = await tx.resource.create({
          data: { ...data, author, courseId, createdById: viewer.id },
          select: resourceSelect,
        });
        await auditIfAdmin(tx, viewer, course, {
          action: "resource.create",
          entityType: "resource",
          entityId: resource.id,
          oldValues: null,
          newValues: resource,
        });
        return { resource };
      }
      if (!canCreateStandaloneResource(viewer)) throw forbidden("Only instructors can publish resources.");
      return {
        resource: await tx.resource.create({
          data: { ...data, author, createdById: viewer.id },
          select: resourceSelect,
        }),
      };
    });
  }

  async updateResource(viewer: Viewer, input: unknown) {
    const { resourceId, data } = parseInput(updateResourceSchema, input);
    if (data.featured !== undefined && !canFeatureResource(viewer))
      throw forbidden("Only admins can feature resources.");
    return this.deps.prisma.$transaction(async (tx) => {
      const before = await this.lockEditable(tx, viewer, resourceId);
      const resource = await tx.resource.update({ where: { id: resourceId }, data, select: resourceSelect });
      await this.auditAdmin(tx, viewer, before, "resource.update", resource);
      return { resource };
    });
  }

  async deleteResource(viewer: Viewer, input: unknown) {
    const { resourceId } = parseInput(z.object({ resourceId: z.uuid() }), input);
    return this.deps.prisma.$transaction(async (tx) => {
      const before = await this.lockEditable(tx, viewer, resourceId);
      await tx.resource.delete({ where: { id: resourceId } });
      await this.auditAdmin(tx, viewer, before, "resource.delete", null);
      return { deletedResourceId: resourceId };
    });
  }

  /** Saves a resource as a favorite; saving it twice changes nothing. */
  favorite(viewer: Viewer, input: unknown) {
    return this.changeFavorite(viewer, input, async (tx, resourceId) => {
      await tx.favorite.createMany({ data: [{ userId: viewer.id, resourceId }], skipDuplicates: true });
    });
  }

  unfavorite(viewer: Viewer, input: unknown) {
    return this.changeFavorite(viewer, input, async (tx, resourceId) => {
      await tx.favorite.deleteMany({ where: { userId: viewer.id, resourceId } });
    });
  }

  /** Resources the viewer may see, newest first: standalone ones and those of visible courses. */
  async listResources(
    viewer: Viewer | null,
    filter: {
      courseId?: string | null;
      featured?: boolean | null;
      category?: string | null;
      tag?: string | null;
    },
    page: PageArgs,
  ) {
    const where: Prisma.ResourceWhereInput = {
      ...(filter.featured != null ? { featured: filter.featured } : {}),
      ...(filter.category ? { categories: { has: filter.category } } : {}),
      ...(filter.tag ? { tags: { has: filter.tag.toLowerCase() } } : {}),
    };
    if (filter.courseId) {
      const course = await this.deps.prisma.course.findUnique({ where: { id: filter.courseId } });
      const enrolled = course ? await isEnrolledIn(this.deps.prisma, viewer, course.id) : false;
      if (!course || !canViewCourse(viewer, course, enrolled)) throw notFound("Course");
      where.courseId = course.id;
    } else {
      where.OR = [{ courseId: null }, { course: { status: "PUBLISHED", deletedAt: null } }];
    }
    const connection = await paginate(page, {
      sort: [{ field: "createdAt", direction: "desc" }],
      fetch: ({ cursorWhere, orderBy, take }) =>
        this.deps.prisma.resource.findMany({
          where: cursorWhere ? { AND: [where, cursorWhere] } : where,
          orderBy,
          take,
          select: resourceSelect,
        }),
      count: () => this.deps.prisma.resource.count({ where }),
    });
    return withLazyFields(connection, { totalCount: connection.totalCount });
  }

  private async changeFavorite(
    viewer: Viewer,
    input: unknown,
    change: (tx: Tx, resourceId: string) => Promise<void>,
  ) {
    const { resourceId } = parseInput(z.object({ resourceId: z.uuid() }), input);
    return this.deps.prisma.$transaction(async (tx) => {
      // Row lock: concurrent (un)favorites of one resource recount one after another.
      const locked = await tx.$queryRaw<
        { id: string }[]
      >`SELECT id FROM resources WHERE id = ${resourceId}::uuid FOR UPDATE`;
      const resource = locked.length
        ? await tx.resource.findUnique({ where: { id: resourceId }, select: resourceSelect })
        : null;
      if (!resource) throw notFound("Resource");
      const course = resource.courseId
        ? await tx.course.findUnique({ where: { id: resource.courseId } })
        : null;
      const enrolled = course ? await isEnrolledIn(tx, viewer, course.id) : false;
      if (!canViewResource(viewer, resource, course, enrolled)) throw notFound("Resource");
      await change(tx, resourceId);
      await refreshFavoriteCount(tx, resourceId);
      return {
        resource: await tx.resource.findUniqueOrThrow({ where: { id: resourceId }, select: resourceSelect }),
      };
    });
  }

  /** The resource, locked with its course when it has one; NOT_FOUND if hidden, FORBIDDEN if only visible. */
  private async lockEditable(tx: Tx, viewer: Viewer, resourceId: string) {
    const found = await tx.resource.findUnique({ where: { id: resourceId }, select: resourceSelect });
    if (!found) throw notFound("Resource");
    if (found.courseId) {
      await lockEditableCourse(tx, viewer, found.courseId);
      return found;
    }
    if (!canEditResource(viewer, found, null)) throw forbidden();
    return found;
  }

  private async auditAdmin(
    tx: Tx,
    viewer: Viewer,
    before: { id: string; courseId: string | null; createdById: string | null },
    action: string,
    after: object | null,
  ) {
    const course = before.courseId ? await tx.course.findUnique({ where: { id: before.courseId } }) : null;
    const owner = course ? course.instructorId : before.createdById;
    if (owner === viewer.id || !viewer.roles.includes("ADMIN")) return;
    await writeAuditLog(tx, {
      actorId: viewer.id,
      action,
      entityType: "resource",
      entityId: before.id,
      oldValues: before,
      newValues: after as Record<string, unknown> | null,
    });
  }

  private async displayName(tx: Tx, userId: string): Promise<string> {
    const user = await tx.user.findUniqueOrThrow({
      where: { id: userId },
      select: { displayName: true, fullName: true, firstName: true, lastName: true },
    });
    return (
      user.displayName ??
      user.fullName ??
      ([user.firstName, user.lastName].filter(Boolean).join(" ") || "Campus")
    );
  }
}

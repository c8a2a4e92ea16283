import { z } from "zod";
import type { Viewer } from "../../context.js";
import type { CampusPrisma } from "../../db/client.js";
import type { Prisma } from "../../generated/prisma/client.js";
import { notFound } from "../../graphql/errors.js";
import { type PageArgs, paginate } from "../../graphql/pagination.js";
import { parseInput } from "../../lib/validation.js";
import { courseSelect } from "./catalog.loaders.js";
import { canViewCourse } from "./catalog.policy.js";
import { isEnrolledIn } from "./course-lock.js";
import { withLazyFields } from "./lazy-fields.js";
import { resourceSelect } from "./resources.types.js";

/** Only rows whose course is still in the catalog are listed (a course may be retired meanwhile). */
const listedCourse = { status: "PUBLISHED", deletedAt: null } satisfies Prisma.CourseWhereInput;

/** The viewer's wishlist (courses) and favorite resources. */
export class WishlistService {
  constructor(private readonly deps: { prisma: CampusPrisma }) {}

  /** Idempotent: adding a course twice keeps one entry. */
  async add(viewer: Viewer, input: unknown) {
    const { courseId } = parseInput(z.object({ courseId: z.uuid() }), input);
    const course = await this.visibleCourse(viewer, courseId);
    await this.deps.prisma.wishlistItem.createMany({
      data: [{ userId: viewer.id, courseId }],
      skipDuplicates: true,
    });
    return { course };
  }

  async remove(viewer: Viewer, input: unknown) {
    const { courseId } = parseInput(z.object({ courseId: z.uuid() }), input);
    const course = await this.visibleCourse(viewer, courseId);
    await this.deps.prisma.wishlistItem.deleteMany({ where: { userId: viewer.id, courseId } });
    return { course };
  }

  async wishlist(userId: string, page: PageArgs) {
    const where = { userId, course: listedCourse } satisfies Prisma.WishlistItemWhereInput;
    const connection = await paginate(page, {
      sort: [{ field: "createdAt", direction: "desc" }],
      fetch: ({ cursorWhere, orderBy, take }) =>
        this.deps.prisma.wishlistItem.findMany({
          where: cursorWhere ? { AND: [where, cursorWhere] } : where,
          orderBy,
          take,
          select: { id: true, createdAt: true, course: { select: courseSelect } },
        }),
      count: () => this.deps.prisma.wishlistItem.count({ where }),
    });
    return withLazyFields(
      {
        ...connection,
        nodes: connection.nodes.map(item),
        edges: connection.edges.map((e) => ({ ...e, node: item(e.node) })),
      },
      { totalCount: connection.totalCount },
    );
  }

  async favorites(userId: string, page: PageArgs) {
    const where = {
      userId,
      resource: { OR: [{ courseId: null }, { course: listedCourse }] },
    } satisfies Prisma.FavoriteWhereInput;
    const connection = await paginate(page, {
      sort: [{ field: "createdAt", direction: "desc" }],
      fetch: ({ cursorWhere, orderBy, take }) =>
        this.deps.prisma.favorite.findMany({
          where: cursorWhere ? { AND: [where, cursorWhere] } : where,
          orderBy,
          take,
          select: { id: true, createdAt: true, resource: { select: resourceSelect } },
        }),
      count: () => this.deps.prisma.favorite.count({ where }),
    });
    const favorite = (f: (typeof connection.nodes)[number]) => ({
      savedAt: f.createdAt,
      resource: f.resource,
    });
    return withLazyFields(
      {
        ...connection,
        nodes: connection.nodes.map(favorite),
        edges: connection.edges.map((e) => ({ ...e, node: favorite(e.node) })),
      },
      { totalCount: connection.totalCount },
    );
  }

  private async visibleCourse(viewer: Viewer, courseId: string) {
    const course = await this.deps.prisma.course.findUnique({
      where: { id: courseId },
      select: courseSelect,
    });
    const enrolled = course ? await isEnrolledIn(this.deps.prisma, viewer, courseId) : false;
    if (!course || !canViewCourse(viewer, course, enrolled)) throw notFound("Course");
    return course;
  }
}

function item<T extends { createdAt: Date; course: unknown }>(row: T) {
  return { addedAt: row.createdAt, course: row.course };
}

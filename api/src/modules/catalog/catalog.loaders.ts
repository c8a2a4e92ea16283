import type { AppContext } from "../../context.js";
import type { Prisma } from "../../generated/prisma/client.js";
import { byKey, defineLoader } from "../../graphql/loaders.js";

export const courseSelect = {
  id: true,
  slug: true,
  title: true,
  subtitle: true,
  description: true,
  longDescription: true,
  thumbnailUrl: true,
  previewVideoUrl: true,
  format: true,
  status: true,
  accessType: true,
  level: true,
  category: true,
  subcategory: true,
  language: true,
  tags: true,
  priceCents: true,
  currency: true,
  durationText: true,
  lessonCount: true,
  studentCount: true,
  totalDurationMinutes: true,
  averageRating: true,
  reviewCount: true,
  hasCertificate: true,
  certificationValidityYears: true,
  discussionEnabled: true,
  maxCapacity: true,
  captionsAvailable: true,
  prerequisites: true,
  learningOutcomes: true,
  targetAudience: true,
  metaDescription: true,
  metaKeywords: true,
  instructorId: true,
  publishedAt: true,
  lastUpdatedAt: true,
  deletedAt: true,
  createdAt: true,
  updatedAt: true,
} as const;

/** A course row as every catalog reader sees it. */
export type CourseRow = Prisma.CourseGetPayload<{ select: typeof courseSelect }>;

/** Courses by id, whatever their status: callers apply the course policy. */
export const courseById = defineLoader(
  "courseById",
  async (ctx: AppContext, ids: readonly string[]) => {
    const rows = await ctx.prisma.course.findMany({ where: { id: { in: [...ids] } }, select: courseSelect });
    return byKey(ids, rows, (r) => r.id);
  },
  { sharedPerEvent: true },
);

/** Courses by slug (unique), whatever their status; primes `courseById` with what it finds. */
export const courseBySlug = defineLoader(
  "courseBySlug",
  async (ctx: AppContext, slugs: readonly string[]) => {
    const rows = await ctx.prisma.course.findMany({
      where: { slug: { in: [...slugs] } },
      select: courseSelect,
    });
    for (const row of rows) courseById(ctx).prime(row.id, row);
    return byKey(slugs, rows, (r) => r.slug);
  },
);

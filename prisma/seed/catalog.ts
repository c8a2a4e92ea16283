// catalog: courses with their modules and lessons (data/courses.ts, data/curricula.ts).
// Counters (lessonCount, totalDurationMinutes, reviewCount, ...) are left at 0 here and
// recomputed from the rows by counters.ts, so they cannot drift from what was inserted.
import type { Prisma } from "../../api/src/generated/prisma/client.js";
import { type SeedContext, stamps } from "./context.js";
import { type CourseDef, courses } from "./data/courses.js";
import { curricula } from "./data/curricula.js";
import { courseId, lessonId, moduleId, userId } from "./refs.js";

const MEDIA = "https://media.campus.test";

function courseRow(ctx: SeedContext, c: CourseDef): Prisma.CourseCreateManyInput {
  const published = c.publishedDaysAgo === null ? null : ctx.day(-c.publishedDaysAgo, 8);
  return {
    id: courseId(c.slug),
    slug: c.slug,
    title: c.title,
    subtitle: c.subtitle,
    description: c.description,
    longDescription: `${c.description}\n\n${c.language === "fr" ? "Vous saurez" : "You will"}:\n${c.outcomes
      .map((o) => `- ${o}`)
      .join("\n")}`,
    thumbnailUrl: `${MEDIA}/${c.slug}/thumbnail.jpg`,
    previewVideoUrl: c.format === "IN_PERSON" ? null : `${MEDIA}/${c.slug}/preview.mp4`,
    instructorId: c.instructor ? userId(c.instructor) : null,
    format: c.format,
    status: c.status,
    accessType: c.accessType,
    category: c.category,
    subcategory: c.subcategory ?? null,
    tags: c.tags,
    courseType: c.training?.courseType ?? null,
    level: c.level,
    priceCents: c.priceCents,
    currency: c.currency,
    durationText: c.durationText,
    hasCertificate: c.hasCertificate,
    certificationValidityYears: c.training?.validityYears ?? null,
    discussionEnabled: c.format !== "IN_PERSON",
    maxCapacity: c.training?.maxCapacity ?? c.maxCapacity ?? null,
    language: c.language,
    captionsAvailable: c.format === "SELF_PACED" ? [c.language, c.language === "fr" ? "en" : "fr"] : [],
    prerequisites: c.prerequisites,
    learningOutcomes: c.outcomes,
    targetAudience: c.audience,
    metaDescription: c.description.slice(0, 155),
    metaKeywords: c.tags,
    publishedAt: published,
    lastUpdatedAt: ctx.day(-Math.min(c.createdDaysAgo, 10 + (c.publishedDaysAgo ?? 0) / 4), 16),
    ...stamps(ctx.day(-c.createdDaysAgo, 9)),
  };
}

function lessonBody(title: string, language: "en" | "fr"): string {
  return language === "fr"
    ? `# ${title}\n\nDans cette leçon, nous étudions « ${title} » à l'aide de donnes d'exemple.`
    : `# ${title}\n\nThis lesson walks through "${title}" with worked examples and a short exercise.`;
}

export async function seedCatalog(ctx: SeedContext): Promise<void> {
  await ctx.prisma.course.createMany({ data: courses.map((c) => courseRow(ctx, c)), skipDuplicates: true });

  const modules: Prisma.CourseModuleCreateManyInput[] = [];
  const lessons: Prisma.LessonCreateManyInput[] = [];
  for (const c of courses) {
    const created = ctx.day(-c.createdDaysAgo, 10);
    (curricula[c.slug] ?? []).forEach((m, mi) => {
      modules.push({
        id: moduleId(c.slug, mi),
        courseId: courseId(c.slug),
        title: m.title,
        position: mi + 1,
        ...stamps(created),
      });
      m.lessons.forEach(([title, type, minutes, preview], li) => {
        const video = type === "VIDEO";
        lessons.push({
          id: lessonId(c.slug, mi, li),
          courseId: courseId(c.slug),
          moduleId: moduleId(c.slug, mi),
          title,
          description: title,
          position: li + 1,
          type,
          videoUrl: video ? `${MEDIA}/${c.slug}/${mi + 1}-${li + 1}.mp4` : null,
          // A little under the rounded minutes, as real recordings are.
          videoDurationSeconds: video ? minutes * 60 - ((mi * 7 + li * 13) % 50) : null,
          articleContent: video || type === "QUIZ" ? null : lessonBody(title, c.language),
          durationMinutes: minutes,
          downloadableResources:
            type === "DOCUMENT"
              ? [
                  {
                    name: `${title}.pdf`,
                    url: `${MEDIA}/${c.slug}/${mi + 1}-${li + 1}.pdf`,
                    size: 482_133,
                    type: "pdf",
                  },
                ]
              : undefined,
          isPreview: preview === true,
          ...stamps(created),
        });
      });
    });
  }
  await ctx.prisma.courseModule.createMany({ data: modules, skipDuplicates: true });
  await ctx.prisma.lesson.createMany({ data: lessons, skipDuplicates: true });
}

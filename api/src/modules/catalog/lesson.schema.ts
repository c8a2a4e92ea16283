import { z } from "zod";
import { Prisma } from "../../generated/prisma/client.js";
import { LessonTypeEnum } from "./catalog.enums.js";
import { httpUrl, optionalText, text, wholeNumber } from "./catalog.schema.js";

const download = z.object({
  name: text("Name", 200),
  url: httpUrl,
  size: z.number().int().nonnegative().optional(),
  type: z.string().trim().max(50).optional(),
});

const fields = {
  description: optionalText("Description", 2000),
  videoUrl: httpUrl.nullish(),
  videoDurationSeconds: wholeNumber("The video length", 86_400).nullish(),
  articleContent: optionalText("Article", 200_000),
  durationMinutes: wholeNumber("The duration", 10_000).nullish(),
  downloadableResources: z.array(download).max(50, "At most 50 downloads.").nullish(),
  isPreview: z.boolean().nullish(),
};

/** JSON column: null clears it (Prisma spells that DbNull), undefined leaves it. */
const json = (v: z.infer<typeof download>[] | null | undefined) => (v === null ? Prisma.DbNull : v);

export const createLessonSchema = z
  .object({ moduleId: z.uuid(), title: text("Title", 200), type: z.enum(LessonTypeEnum), ...fields })
  .transform((v) => ({
    moduleId: v.moduleId,
    title: v.title,
    type: v.type,
    description: v.description ?? null,
    videoUrl: v.videoUrl ?? null,
    videoDurationSeconds: v.videoDurationSeconds ?? null,
    articleContent: v.articleContent ?? null,
    durationMinutes: v.durationMinutes ?? null,
    downloadableResources: v.downloadableResources ?? undefined,
    isPreview: v.isPreview ?? false,
  }));

export const updateLessonSchema = z
  .object({
    lessonId: z.uuid(),
    moduleId: z.uuid().nullish(),
    title: text("Title", 200).nullish(),
    type: z.enum(LessonTypeEnum).nullish(),
    ...fields,
  })
  .transform((v) => ({
    lessonId: v.lessonId,
    moduleId: v.moduleId ?? null,
    title: v.title ?? undefined,
    type: v.type ?? undefined,
    description: v.description,
    videoUrl: v.videoUrl,
    videoDurationSeconds: v.videoDurationSeconds,
    articleContent: v.articleContent,
    durationMinutes: v.durationMinutes,
    downloadableResources: json(v.downloadableResources),
    isPreview: v.isPreview ?? undefined,
  }));

import { z } from "zod";
import { SkillLevelEnum } from "./catalog.enums.js";
import { httpUrl, optionalText, text, wordList } from "./catalog.schema.js";

const fields = {
  categories: wordList("Categories").nullish(),
  tags: wordList("Tags", 20, true).nullish(),
  thumbnailUrl: httpUrl.nullish(),
  author: optionalText("Author", 200),
  difficulty: z.enum(SkillLevelEnum).nullish(),
  duration: optionalText("Duration", 50),
  fileSize: optionalText("File size", 50),
  restricted: z.boolean().nullish(),
  featured: z.boolean().nullish(),
};

// Prisma rejects null for NOT NULL columns, so `?? undefined` turns "not given" (or null) into
// "unchanged"; nullable columns keep an explicit null, which clears them.
export const createResourceSchema = z
  .object({
    courseId: z.uuid().nullish(),
    title: text("Title", 200),
    description: text("Description", 5000),
    type: text("Type", 50),
    url: httpUrl,
    ...fields,
  })
  .transform(({ courseId, ...v }) => ({
    courseId: courseId ?? null,
    data: {
      title: v.title,
      description: v.description,
      type: v.type,
      url: v.url,
      categories: v.categories ?? [],
      tags: v.tags ?? [],
      thumbnailUrl: v.thumbnailUrl ?? null,
      author: v.author ?? null,
      difficulty: v.difficulty ?? null,
      duration: v.duration ?? null,
      fileSize: v.fileSize ?? null,
      restricted: v.restricted ?? false,
      featured: v.featured ?? false,
    },
  }));

export const updateResourceSchema = z
  .object({
    resourceId: z.uuid(),
    title: text("Title", 200).nullish(),
    description: text("Description", 5000).nullish(),
    type: text("Type", 50).nullish(),
    url: httpUrl.nullish(),
    ...fields,
  })
  .transform(({ resourceId, ...v }) => ({
    resourceId,
    data: {
      title: v.title ?? undefined,
      description: v.description ?? undefined,
      type: v.type ?? undefined,
      url: v.url ?? undefined,
      categories: v.categories ?? undefined,
      tags: v.tags ?? undefined,
      thumbnailUrl: v.thumbnailUrl,
      author: v.author ?? undefined,
      difficulty: v.difficulty,
      duration: v.duration,
      fileSize: v.fileSize,
      restricted: v.restricted ?? undefined,
      featured: v.featured ?? undefined,
    },
  }));

import { z } from "zod";
import { CourseAccessTypeEnum, CourseFormatEnum, SkillLevelEnum } from "./catalog.enums.js";
import { httpUrl, optionalText, text, wholeNumber, wordList } from "./catalog.schema.js";

export const slugSchema = z
  .string()
  .trim()
  .min(3, "The slug must have at least 3 characters.")
  .max(100, "The slug must be at most 100 characters.")
  .regex(
    /^[a-z0-9]+(?:-[a-z0-9]+)*$/,
    "Use lowercase letters, digits and single hyphens, e.g. intro-to-typescript.",
  );

const sentences = (label: string) => z.array(text(label, 300)).max(30, `At most 30 ${label.toLowerCase()}s.`);

const fields = {
  subtitle: optionalText("Subtitle", 200),
  description: text("Description", 5000).nullish(),
  longDescription: optionalText("Long description", 50_000),
  format: z.enum(CourseFormatEnum).nullish(),
  category: optionalText("Category", 100),
  subcategory: optionalText("Subcategory", 100),
  level: z.enum(SkillLevelEnum).nullish(),
  language: z
    .string()
    .trim()
    .regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, "Use a language tag such as en or fr.")
    .nullish(),
  tags: wordList("Tags", 20, true).nullish(),
  priceCents: wholeNumber("The price").nullish(),
  currency: z
    .string()
    .regex(/^[A-Za-z]{3}$/, "Use an ISO 4217 currency code such as EUR.")
    .transform((v) => v.toUpperCase())
    .nullish(),
  accessType: z.enum(CourseAccessTypeEnum).nullish(),
  hasCertificate: z.boolean().nullish(),
  certificationValidityYears: z
    .number()
    .int()
    .refine((v) => v >= 1 && v <= 50, "Validity must be between 1 and 50 years.")
    .nullish(),
  discussionEnabled: z.boolean().nullish(),
  thumbnailUrl: httpUrl.nullish(),
  previewVideoUrl: httpUrl.nullish(),
  durationText: optionalText("Duration", 50),
  maxCapacity: z
    .number()
    .int()
    .refine((v) => v >= 1 && v <= 10_000, "Capacity must be between 1 and 10000.")
    .nullish(),
  captionsAvailable: wordList("Caption languages").nullish(),
  prerequisites: sentences("Prerequisite").nullish(),
  learningOutcomes: sentences("Learning outcome").nullish(),
  targetAudience: optionalText("Target audience", 500),
  metaDescription: optionalText("Meta description", 300),
  metaKeywords: wordList("Keywords", 30).nullish(),
};

export const createCourseSchema = z.object({
  title: text("Title", 200),
  slug: slugSchema.nullish(),
  ...fields,
});
export const updateCourseSchema = z.object({
  courseId: z.uuid(),
  title: text("Title", 200).nullish(),
  slug: slugSchema.nullish(),
  ...fields,
});

export type CourseFields = z.infer<typeof updateCourseSchema>;

/** Columns a null may clear; for the others null means "leave unchanged" (they are NOT NULL). */
const CLEARABLE = new Set([
  "subtitle",
  "longDescription",
  "category",
  "subcategory",
  "level",
  "certificationValidityYears",
  "thumbnailUrl",
  "previewVideoUrl",
  "durationText",
  "maxCapacity",
  "targetAudience",
  "metaDescription",
]);

/** The Prisma data of an update: given values, explicit nulls only where a column may be cleared. */
export function courseChanges(fieldsGiven: Omit<CourseFields, "courseId" | "slug">): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(fieldsGiven).filter(
      ([key, value]) => value !== undefined && (value !== null || CLEARABLE.has(key)),
    ),
  );
}

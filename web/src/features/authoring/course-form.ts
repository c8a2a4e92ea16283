import { z } from "zod";
import type { CourseFormat, CreateCourseInput, SkillLevel, UpdateCourseInput } from "../../gql/graphql";
import { parseAmountToCents } from "../teaching/quote-total";

export const COURSE_FORMATS = [
  "SELF_PACED",
  "LIVE_GROUP",
  "IN_PERSON",
  "INDIVIDUAL",
] as const satisfies readonly CourseFormat[];
export const SKILL_LEVELS = [
  "BEGINNER",
  "INTERMEDIATE",
  "ADVANCED",
  "EXPERT",
] as const satisfies readonly SkillLevel[];

/** Lists typed in a text box: tags separated by commas, outcomes and prerequisites one per line. */
export const splitList = (text: string, separator: RegExp) =>
  text
    .split(separator)
    .map((item) => item.trim())
    .filter(Boolean);
const commaList = (text: string) => splitList(text, /,/);
const lineList = (text: string) => splitList(text, /\n/);

const optionalWhole = (min: number, max: number, message: string) =>
  z
    .string()
    .trim()
    .refine((v) => v === "" || (/^\d+$/.test(v) && Number(v) >= min && Number(v) <= max), message);

const optionalUrl = z
  .string()
  .trim()
  .refine((v) => v === "" || /^https?:\/\/\S+$/.test(v), "url");

// Mirrors the API's rules (catalog course-authoring.schema.ts) so most mistakes are caught before a
// round trip; the API stays the judge and its userErrors land on the same fields.
export const courseFormSchema = z.object({
  title: z.string().trim().min(1, "required").max(200, "tooLong"),
  subtitle: z.string().trim().max(200, "tooLong"),
  description: z.string().trim().max(5000, "tooLong"),
  longDescription: z.string().trim().max(50_000, "tooLong"),
  category: z.string().trim().max(100, "tooLong"),
  subcategory: z.string().trim().max(100, "tooLong"),
  level: z.enum([...SKILL_LEVELS, ""]),
  format: z.enum(COURSE_FORMATS),
  language: z
    .string()
    .trim()
    .regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, "language"),
  price: z.string().refine((v) => Number.isFinite(parseAmountToCents(v)), "price"),
  currency: z
    .string()
    .trim()
    .regex(/^[A-Za-z]{3}$/, "currency"),
  tags: z
    .string()
    .refine((v) => commaList(v).length <= 20, "tooManyTags")
    .refine((v) => commaList(v).every((tag) => tag.length <= 50), "tagTooLong"),
  hasCertificate: z.boolean(),
  certificationValidityYears: optionalWhole(1, 50, "validity"),
  discussionEnabled: z.boolean(),
  durationText: z.string().trim().max(50, "tooLong"),
  maxCapacity: optionalWhole(1, 10_000, "capacity"),
  thumbnailUrl: optionalUrl,
  previewVideoUrl: optionalUrl,
  targetAudience: z.string().trim().max(500, "tooLong"),
  learningOutcomes: z.string().refine((v) => lineList(v).length <= 30, "tooManyLines"),
  prerequisites: z.string().refine((v) => lineList(v).length <= 30, "tooManyLines"),
});

export type CourseFormValues = z.infer<typeof courseFormSchema>;
export type CourseFormField = keyof CourseFormValues;

export const emptyCourseForm: CourseFormValues = {
  title: "",
  subtitle: "",
  description: "",
  longDescription: "",
  category: "",
  subcategory: "",
  level: "",
  format: "SELF_PACED",
  language: "en",
  price: "0",
  currency: "EUR",
  tags: "",
  hasCertificate: true,
  certificationValidityYears: "",
  discussionEnabled: true,
  durationText: "",
  maxCapacity: "",
  thumbnailUrl: "",
  previewVideoUrl: "",
  targetAudience: "",
  learningOutcomes: "",
  prerequisites: "",
};

/** The saved course, as the form shows it. */
export type EditableCourse = {
  title: string;
  subtitle?: string | null;
  description: string;
  longDescription?: string | null;
  category?: string | null;
  subcategory?: string | null;
  level?: SkillLevel | null;
  format: CourseFormat;
  language: string;
  price: { amountCents: number; currency: string };
  tags: ReadonlyArray<string>;
  hasCertificate: boolean;
  certificationValidityYears?: number | null;
  discussionEnabled: boolean;
  durationText?: string | null;
  maxCapacity?: number | null;
  thumbnailUrl?: string | null;
  previewVideoUrl?: string | null;
  targetAudience?: string | null;
  learningOutcomes: ReadonlyArray<string>;
  prerequisites: ReadonlyArray<string>;
};

const amount = (cents: number) => (cents % 100 === 0 ? String(cents / 100) : (cents / 100).toFixed(2));

export function courseFormValues(course: EditableCourse): CourseFormValues {
  return {
    title: course.title,
    subtitle: course.subtitle ?? "",
    description: course.description,
    longDescription: course.longDescription ?? "",
    category: course.category ?? "",
    subcategory: course.subcategory ?? "",
    level: course.level ?? "",
    format: course.format,
    language: course.language,
    price: amount(course.price.amountCents),
    currency: course.price.currency,
    tags: course.tags.join(", "),
    hasCertificate: course.hasCertificate,
    certificationValidityYears: course.certificationValidityYears?.toString() ?? "",
    discussionEnabled: course.discussionEnabled,
    durationText: course.durationText ?? "",
    maxCapacity: course.maxCapacity?.toString() ?? "",
    thumbnailUrl: course.thumbnailUrl ?? "",
    previewVideoUrl: course.previewVideoUrl ?? "",
    targetAudience: course.targetAudience ?? "",
    learningOutcomes: course.learningOutcomes.join("\n"),
    prerequisites: course.prerequisites.join("\n"),
  };
}

const orNull = (text: string) => text.trim() || null;
const numberOrNull = (text: string) => (text.trim() === "" ? null : Number(text));

type CourseFields = Omit<CreateCourseInput, "slug" | "accessType" | "captionsAvailable" | "metaKeywords">;

/**
 * The input of createCourse / updateCourse. Empty optional fields are sent as null, which clears
 * them on update. The description is required by the API once given, so an empty one is left out.
 */
export function courseInput(values: CourseFormValues): CourseFields {
  const description = values.description.trim();
  return {
    title: values.title.trim(),
    subtitle: orNull(values.subtitle),
    ...(description ? { description } : {}),
    longDescription: orNull(values.longDescription),
    category: orNull(values.category),
    subcategory: orNull(values.subcategory),
    level: values.level || null,
    format: values.format,
    language: values.language.trim(),
    priceCents: parseAmountToCents(values.price),
    currency: values.currency.trim().toUpperCase(),
    tags: commaList(values.tags),
    hasCertificate: values.hasCertificate,
    certificationValidityYears: values.hasCertificate
      ? numberOrNull(values.certificationValidityYears)
      : null,
    discussionEnabled: values.discussionEnabled,
    durationText: orNull(values.durationText),
    maxCapacity: numberOrNull(values.maxCapacity),
    thumbnailUrl: orNull(values.thumbnailUrl),
    previewVideoUrl: orNull(values.previewVideoUrl),
    targetAudience: orNull(values.targetAudience),
    learningOutcomes: lineList(values.learningOutcomes),
    prerequisites: lineList(values.prerequisites),
  };
}

export const updateCourseInput = (courseId: string, values: CourseFormValues): UpdateCourseInput => ({
  courseId,
  ...courseInput(values),
});

/** Which form field an API userError is about: `["input", "priceCents"]` → price, `tags.3` → tags. */
export function courseFieldOf(path: ReadonlyArray<string> | null | undefined): CourseFormField | null {
  const name = path && path.length > 1 ? path[1] : null;
  if (name === "priceCents") return "price";
  return name && name in emptyCourseForm ? (name as CourseFormField) : null;
}

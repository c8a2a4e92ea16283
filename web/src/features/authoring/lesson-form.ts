import { z } from "zod";
import type { CreateLessonInput, LessonType, UpdateLessonInput } from "../../gql/graphql";

export const LESSON_TYPES = [
  "VIDEO",
  "ARTICLE",
  "DOCUMENT",
  "QUIZ",
  "ASSIGNMENT",
  "SCORM",
] as const satisfies readonly LessonType[];

// The API's lesson rules (catalog lesson.schema.ts), checked before the round trip.
export const lessonFormSchema = z.object({
  title: z.string().trim().min(1, "required").max(200, "tooLong"),
  type: z.enum(LESSON_TYPES),
  durationMinutes: z
    .string()
    .trim()
    .refine((v) => v === "" || (/^\d+$/.test(v) && Number(v) <= 10_000), "minutes"),
  description: z.string().trim().max(2000, "tooLong"),
  videoUrl: z
    .string()
    .trim()
    .refine((v) => v === "" || /^https?:\/\/\S+$/.test(v), "url"),
  articleContent: z.string().max(200_000, "tooLong"),
  isPreview: z.boolean(),
});

export type LessonFormValues = z.infer<typeof lessonFormSchema>;
export type LessonFormField = keyof LessonFormValues;

export const emptyLessonForm: LessonFormValues = {
  title: "",
  type: "VIDEO",
  durationMinutes: "",
  description: "",
  videoUrl: "",
  articleContent: "",
  isPreview: false,
};

export type EditableLesson = {
  title: string;
  type: LessonType;
  durationMinutes?: number | null;
  description?: string | null;
  videoUrl?: string | null;
  articleContent?: string | null;
  isPreview: boolean;
};

export const lessonFormValues = (lesson: EditableLesson): LessonFormValues => ({
  title: lesson.title,
  type: lesson.type,
  durationMinutes: lesson.durationMinutes?.toString() ?? "",
  description: lesson.description ?? "",
  videoUrl: lesson.videoUrl ?? "",
  articleContent: lesson.articleContent ?? "",
  isPreview: lesson.isPreview,
});

/** Lesson fields as both mutations take them; empty ones are null (cleared on update). */
function lessonFields(values: LessonFormValues) {
  return {
    title: values.title.trim(),
    type: values.type,
    durationMinutes: values.durationMinutes.trim() === "" ? null : Number(values.durationMinutes),
    description: values.description.trim() || null,
    videoUrl: values.videoUrl.trim() || null,
    articleContent: values.articleContent.trim() ? values.articleContent : null,
    isPreview: values.isPreview,
  };
}

export const createLessonInput = (moduleId: string, values: LessonFormValues): CreateLessonInput => ({
  moduleId,
  ...lessonFields(values),
});

export const updateLessonInput = (lessonId: string, values: LessonFormValues): UpdateLessonInput => ({
  lessonId,
  ...lessonFields(values),
});

const FIELDS = new Set<string>(Object.keys(emptyLessonForm));

export const lessonFieldOf = (path: ReadonlyArray<string> | null | undefined): LessonFormField | null => {
  const name = path && path.length > 1 ? path[1] : null;
  return name && FIELDS.has(name) ? (name as LessonFormField) : null;
};

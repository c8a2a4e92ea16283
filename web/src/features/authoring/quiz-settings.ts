import { z } from "zod";
import type { QuizType, ShowCorrectAnswers, UpdateQuizInput } from "../../gql/graphql";

export const QUIZ_TYPES = ["PRACTICE", "GRADED", "FINAL_EXAM"] as const satisfies readonly QuizType[];
export const ANSWER_REVEALS = [
  "AFTER_SUBMISSION",
  "IMMEDIATELY",
  "NEVER",
] as const satisfies readonly ShowCorrectAnswers[];

/** A whole number in [min, max], or empty when `optional` (meaning "no limit"). */
const whole = (min: number, max: number, message: string, optional: boolean) =>
  z
    .string()
    .trim()
    .refine(
      (v) => (optional && v === "") || (/^\d+$/.test(v) && Number(v) >= min && Number(v) <= max),
      message,
    );

// The API's quiz settings rules (catalog quiz-authoring.service.ts).
export const quizSettingsSchema = z.object({
  title: z.string().trim().min(1, "required").max(200, "tooLong"),
  description: z.string().trim().max(5000, "tooLong"),
  instructions: z.string().trim().max(5000, "tooLong"),
  quizType: z.enum(QUIZ_TYPES),
  passingScore: whole(0, 100, "passingScore", false),
  maxAttempts: whole(1, 100, "attempts", true),
  timeLimitMinutes: whole(1, 1440, "timeLimit", true),
  randomizeQuestions: z.boolean(),
  randomizeAnswers: z.boolean(),
  showCorrectAnswers: z.enum(ANSWER_REVEALS),
});

export type QuizSettingsValues = z.infer<typeof quizSettingsSchema>;

export type SavedQuizSettings = {
  title: string;
  description?: string | null;
  instructions?: string | null;
  quizType: QuizType;
  passingScore: number;
  maxAttempts?: number | null;
  timeLimitMinutes?: number | null;
  randomizeQuestions: boolean;
  randomizeAnswers: boolean;
  showCorrectAnswers: ShowCorrectAnswers;
};

export const quizSettingsValues = (quiz: SavedQuizSettings): QuizSettingsValues => ({
  title: quiz.title,
  description: quiz.description ?? "",
  instructions: quiz.instructions ?? "",
  quizType: quiz.quizType,
  passingScore: String(quiz.passingScore),
  maxAttempts: quiz.maxAttempts?.toString() ?? "",
  timeLimitMinutes: quiz.timeLimitMinutes?.toString() ?? "",
  randomizeQuestions: quiz.randomizeQuestions,
  randomizeAnswers: quiz.randomizeAnswers,
  showCorrectAnswers: quiz.showCorrectAnswers,
});

const numberOrNull = (text: string) => (text.trim() === "" ? null : Number(text));

/** Empty limits are sent as null: unlimited attempts, no time limit. */
export const updateQuizInput = (quizId: string, values: QuizSettingsValues): UpdateQuizInput => ({
  quizId,
  title: values.title.trim(),
  description: values.description.trim() || null,
  instructions: values.instructions.trim() || null,
  quizType: values.quizType,
  passingScore: Number(values.passingScore),
  maxAttempts: numberOrNull(values.maxAttempts),
  timeLimitMinutes: numberOrNull(values.timeLimitMinutes),
  randomizeQuestions: values.randomizeQuestions,
  randomizeAnswers: values.randomizeAnswers,
  showCorrectAnswers: values.showCorrectAnswers,
});

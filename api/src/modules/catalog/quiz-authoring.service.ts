import { z } from "zod";
import type { Viewer } from "../../context.js";
import type { CampusPrisma } from "../../db/client.js";
import type { Prisma } from "../../generated/prisma/client.js";
import { notFound } from "../../graphql/errors.js";
import { UserErrorCode, UserErrorsException, userError } from "../../graphql/user-error.js";
import { parseInput } from "../../lib/validation.js";
import { optionalText, text } from "./catalog.schema.js";
import { refreshQuizTotals } from "./counters.js";
import { auditIfAdmin, lockEditableCourse, type Tx } from "./course-lock.js";
import {
  courseIdOfQuiz,
  QuizTypeEnum,
  questionSelect,
  quizSelect,
  ShowCorrectAnswersEnum,
} from "./quiz.types.js";
import { draftOf, questionColumns, questionDraftSchema } from "./quiz-question.schema.js";

const between = (label: string, min: number, max: number) =>
  z
    .number()
    .int(`${label} must be a whole number.`)
    .refine((v) => v >= min && v <= max, `${label} must be between ${min} and ${max}.`);

const settings = {
  description: optionalText("Description", 5000),
  instructions: optionalText("Instructions", 5000),
  quizType: z.enum(QuizTypeEnum).nullish(),
  passingScore: between("The passing score", 0, 100).nullish(),
  timeLimitMinutes: between("The time limit", 1, 1440).nullish(),
  maxAttempts: between("Attempts", 1, 100).nullish(),
  randomizeQuestions: z.boolean().nullish(),
  randomizeAnswers: z.boolean().nullish(),
  showCorrectAnswers: z.enum(ShowCorrectAnswersEnum).nullish(),
};
/** Settings where null means "none" (no limit); for the others null means "unchanged". */
const CLEARABLE = new Set(["description", "instructions", "timeLimitMinutes", "maxAttempts"]);
const changes = (values: Record<string, unknown>) =>
  Object.fromEntries(
    Object.entries(values).filter(([k, v]) => v !== undefined && (v !== null || CLEARABLE.has(k))),
  );

const createSchema = z.object({
  courseId: z.uuid(),
  lessonId: z.uuid().nullish(),
  title: text("Title", 200),
  ...settings,
});
const updateSchema = z.object({ quizId: z.uuid(), title: text("Title", 200).nullish(), ...settings });
const QUESTION_CLEARABLE = new Set(["explanation", "hint", "codeTemplate"]);

/** Quiz authoring: quizzes, their questions of all four types, order and totals. */
export class QuizAuthoringService {
  constructor(private readonly deps: { prisma: CampusPrisma }) {}

  createQuiz(viewer: Viewer, input: unknown) {
    const { courseId, lessonId, title, ...rest } = parseInput(createSchema, input);
    return this.inCourse(viewer, courseId, "quiz.create", async (tx) => {
      if (
        lessonId &&
        (await tx.lesson.findUnique({ where: { id: lessonId }, select: { courseId: true } }))?.courseId !==
          courseId
      )
        throw new UserErrorsException([
          userError(UserErrorCode.INVALID, "The lesson is not part of this course.", "lessonId"),
        ]);
      const quiz = await tx.quiz.create({
        data: {
          ...(changes(rest) as Prisma.QuizUncheckedCreateInput),
          courseId,
          lessonId: lessonId ?? null,
          title,
          quizType: rest.quizType ?? "GRADED",
        },
        select: { id: true },
      });
      return { quizId: quiz.id };
    });
  }

  async updateQuiz(viewer: Viewer, input: unknown) {
    const { quizId, title, ...rest } = parseInput(updateSchema, input);
    return this.inCourse(viewer, await this.courseOf(quizId), "quiz.update", async (tx) => {
      await tx.quiz.update({
        where: { id: quizId },
        data: { ...changes(rest), ...(title ? { title } : {}) },
      });
      return { quizId };
    });
  }

  /** A quiz students already attempted is kept: deleting it would erase their results. */
  async deleteQuiz(viewer: Viewer, input: unknown) {
    const { quizId } = parseInput(z.object({ quizId: z.uuid() }), input);
    return this.inCourse(viewer, await this.courseOf(quizId), "quiz.delete", async (tx) => {
      if ((await tx.quizAttempt.count({ where: { quizId } })) > 0)
        throw new UserErrorsException([
          userError(
            UserErrorCode.INVALID_STATE,
            "Students have attempted this quiz; it cannot be deleted.",
            "quizId",
          ),
        ]);
      await tx.quiz.delete({ where: { id: quizId } });
      return { quizId: null, deletedId: quizId };
    });
  }

  async addQuestion(viewer: Viewer, input: { quizId: string } & Record<string, unknown>) {
    const { quizId, ...fields } = input;
    const draft = parseInput(questionDraftSchema, { points: 1, ...withoutNulls(fields, QUESTION_CLEARABLE) });
    return this.inCourse(viewer, await this.courseOf(quizId), "quiz_question.create", async (tx) => {
      const last = await tx.quizQuestion.aggregate({ where: { quizId }, _max: { position: true } });
      const question = await tx.quizQuestion.create({
        data: { quizId, position: (last._max.position ?? 0) + 1, ...questionColumns(draft) },
        select: { id: true },
      });
      return { quizId, questionId: question.id };
    });
  }

  async updateQuestion(viewer: Viewer, input: { questionId: string } & Record<string, unknown>) {
    const { questionId, ...fields } = input;
    const current = await this.deps.prisma.quizQuestion.findUnique({
      where: { id: questionId },
      select: questionSelect,
    });
    if (!current) throw notFound("QuizQuestion");
    const draft = parseInput(questionDraftSchema, {
      ...draftOf(current),
      ...withoutNulls(fields, QUESTION_CLEARABLE),
    });
    return this.inCourse(viewer, await this.courseOf(current.quizId), "quiz_question.update", async (tx) => {
      await tx.quizQuestion.update({ where: { id: questionId }, data: questionColumns(draft) });
      return { quizId: current.quizId, questionId };
    });
  }

  async deleteQuestion(viewer: Viewer, input: unknown) {
    const { questionId } = parseInput(z.object({ questionId: z.uuid() }), input);
    const current = await this.deps.prisma.quizQuestion.findUnique({
      where: { id: questionId },
      select: { quizId: true },
    });
    if (!current) throw notFound("QuizQuestion");
    return this.inCourse(viewer, await this.courseOf(current.quizId), "quiz_question.delete", async (tx) => {
      await tx.quizQuestion.delete({ where: { id: questionId } });
      return { quizId: current.quizId, deletedId: questionId };
    });
  }

  async reorderQuestions(viewer: Viewer, input: unknown) {
    const { quizId, questionIds } = parseInput(
      z.object({ quizId: z.uuid(), questionIds: z.array(z.uuid("Not an id of this list.")).max(500) }),
      input,
    );
    return this.inCourse(viewer, await this.courseOf(quizId), "quiz_question.reorder", async (tx) => {
      const current = (await tx.quizQuestion.findMany({ where: { quizId }, select: { id: true } })).map(
        (q) => q.id,
      );
      const given = new Set(questionIds);
      if (
        given.size !== questionIds.length ||
        current.length !== questionIds.length ||
        !current.every((id) => given.has(id))
      )
        throw new UserErrorsException([
          userError(
            UserErrorCode.INVALID,
            "List every question of the quiz exactly once, and only those.",
            "questionIds",
          ),
        ]);
      await tx.$executeRaw`UPDATE quiz_questions q SET position = o.n, updated_at = now()
        FROM unnest(${questionIds}::uuid[]) WITH ORDINALITY AS o(id, n) WHERE q.id = o.id`;
      return { quizId };
    });
  }

  /** Runs a change with the quiz's course locked and editable; totals and audit in the same transaction. */
  private inCourse(
    viewer: Viewer,
    courseId: string,
    action: string,
    change: (tx: Tx) => Promise<{ quizId: string | null; questionId?: string; deletedId?: string }>,
  ) {
    return this.deps.prisma.$transaction(async (tx) => {
      const course = await lockEditableCourse(tx, viewer, courseId);
      const { quizId, questionId, deletedId } = await change(tx);
      if (quizId) await refreshQuizTotals(tx, quizId);
      const quiz = quizId
        ? await tx.quiz.findUniqueOrThrow({ where: { id: quizId }, select: quizSelect })
        : null;
      const question = questionId
        ? await tx.quizQuestion.findUniqueOrThrow({ where: { id: questionId }, select: questionSelect })
        : null;
      await auditIfAdmin(tx, viewer, course, {
        action,
        entityType: action.split(".")[0]!,
        entityId: questionId ?? deletedId ?? quizId ?? courseId,
        oldValues: null,
        newValues: question ?? quiz,
      });
      return { quiz, question, deletedId: deletedId ?? null };
    });
  }

  private async courseOf(quizId: string): Promise<string> {
    const quiz = await this.deps.prisma.quiz.findUnique({ where: { id: quizId }, select: quizSelect });
    const courseId = quiz && courseIdOfQuiz(quiz);
    if (!courseId) throw notFound("Quiz");
    return courseId;
  }
}

function withoutNulls(fields: Record<string, unknown>, clearable: Set<string>) {
  return Object.fromEntries(
    Object.entries(fields).filter(([k, v]) => v !== undefined && (v !== null || clearable.has(k))),
  );
}

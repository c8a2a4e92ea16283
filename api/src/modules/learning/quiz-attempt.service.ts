import { z } from "zod";
import type { Viewer } from "../../context.js";
import type { CampusPrisma } from "../../db/client.js";
import { forbidden, notFound } from "../../graphql/errors.js";
import { type PageArgs, paginate } from "../../graphql/pagination.js";
import { UserErrorCode, UserErrorsException, userError } from "../../graphql/user-error.js";
import { parseInput } from "../../lib/validation.js";
import { canViewCourse } from "../catalog/catalog.policy.js";
import { isEnrolledIn } from "../catalog/course-lock.js";
import { courseIdOf, requireAccessEnrollment } from "./learner-access.js";
import { canReadCourseLearners } from "./learning.policy.js";
import { runLearningTransaction } from "./learning-transaction.js";
import { attemptSelect } from "./quiz-attempt.types.js";
import { closeExpiredAttempts, isPastDeadline } from "./quiz-grading.js";
import { buildLayout, layoutJson } from "./quiz-layout.js";

export const quizFactsSelect = {
  id: true,
  courseId: true,
  lessonId: true,
  quizType: true,
  passingScore: true,
  timeLimitMinutes: true,
  maxAttempts: true,
  randomizeQuestions: true,
  randomizeAnswers: true,
  showCorrectAnswers: true,
  lesson: { select: { courseId: true } },
} as const;

const refusal = { what: "Quiz", action: "take its quizzes" };

/** Starting attempts (rules of seed 002 quizzes) and reading attempt history. Grading: quiz-submit.service.ts. */
export class QuizAttemptService {
  constructor(private readonly deps: { prisma: CampusPrisma }) {}

  private async quizOrThrow(quizId: string) {
    const quiz = await this.deps.prisma.quiz.findUnique({ where: { id: quizId }, select: quizFactsSelect });
    const courseId = quiz ? courseIdOf(quiz) : null;
    if (!quiz || !courseId) throw notFound("Quiz");
    return { quiz, courseId };
  }

  /**
   * Resumes the viewer's unfinished attempt if it still has time, else starts the next one
   * within `maxAttempts`, with its own question and choice order. Attempts whose time ran out
   * are closed first (they count as used). The enrollment lock orders concurrent starts.
   */
  async start(viewer: Viewer, input: unknown) {
    const { quizId } = parseInput(z.object({ quizId: z.uuid() }), input);
    const { quiz, courseId } = await this.quizOrThrow(quizId);
    const now = new Date();
    // Its own transaction: an expired attempt stays closed even if no new one may start.
    await runLearningTransaction(this.deps.prisma, async (tx) => {
      const enrollment = await requireAccessEnrollment(tx, viewer, courseId, now, refusal);
      await closeExpiredAttempts(tx, enrollment, quiz, now);
    });
    return runLearningTransaction(this.deps.prisma, async (tx) => {
      const enrollment = await requireAccessEnrollment(tx, viewer, courseId, now, refusal);
      const attempts = await tx.quizAttempt.findMany({
        where: { userId: viewer.id, quizId },
        orderBy: { attemptNumber: "asc" },
        select: attemptSelect,
      });
      const open = attempts.find((a) => a.status === "IN_PROGRESS" && !isPastDeadline(a, now));
      if (open) return { attempt: open, resumed: true };
      if (quiz.maxAttempts !== null && attempts.length >= quiz.maxAttempts)
        throw new UserErrorsException([
          userError(
            UserErrorCode.LIMIT_REACHED,
            `You have used all ${quiz.maxAttempts} attempts at this quiz.`,
            "quizId",
          ),
        ]);
      const questions = await tx.quizQuestion.findMany({
        where: { quizId },
        orderBy: [{ position: "asc" }, { id: "asc" }],
        select: { id: true, questionType: true, options: true },
      });
      if (questions.length === 0)
        throw new UserErrorsException([
          userError(UserErrorCode.UNAVAILABLE, "This quiz has no questions yet.", "quizId"),
        ]);
      const limit = quiz.timeLimitMinutes;
      const attempt = await tx.quizAttempt.create({
        data: {
          userId: viewer.id,
          quizId,
          enrollmentId: enrollment.id,
          attemptNumber: (attempts.at(-1)?.attemptNumber ?? 0) + 1,
          startedAt: now,
          deadlineAt: limit ? new Date(now.getTime() + limit * 60_000) : null,
          answers: layoutJson(buildLayout(questions, quiz)),
          status: "IN_PROGRESS",
        },
        select: attemptSelect,
      });
      return { attempt, resumed: false };
    });
  }

  /**
   * Attempts at a quiz: a student reads their own; the course's instructor and admins read
   * everyone's (or one student's). Asking for another student's without that right is FORBIDDEN.
   */
  async list(viewer: Viewer, args: { quizId: string; studentId: string | null }, page: PageArgs) {
    const { quizId, courseId } = await this.quizOrThrow(args.quizId).then((r) => ({
      ...r,
      quizId: r.quiz.id,
    }));
    const prisma = this.deps.prisma;
    const course = await prisma.course.findUnique({
      where: { id: courseId },
      select: { status: true, deletedAt: true, instructorId: true },
    });
    if (!course || !canViewCourse(viewer, course, await isEnrolledIn(prisma, viewer, courseId)))
      throw notFound("Quiz");
    const everyone = canReadCourseLearners(viewer, course);
    if (args.studentId && args.studentId !== viewer.id && !everyone)
      throw forbidden("Only the course's instructor and admins can read other students' attempts.");
    const studentId = args.studentId ?? (everyone ? null : viewer.id);
    const where = { quizId, ...(studentId ? { userId: studentId } : {}) };
    return paginate(page, {
      sort: [{ field: "startedAt", direction: "desc" }],
      fetch: ({ cursorWhere, orderBy, take }) =>
        prisma.quizAttempt.findMany({
          where: cursorWhere ? { AND: [where, cursorWhere] } : where,
          orderBy,
          take,
          select: attemptSelect,
        }),
      count: () => prisma.quizAttempt.count({ where }),
    });
  }
}

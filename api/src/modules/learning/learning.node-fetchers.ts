import type { AppContext } from "../../context.js";
import { courseById } from "../catalog/catalog.loaders.js";
import { challengeById } from "../catalog/code-challenge.loaders.js";
import { quizById } from "../catalog/quiz.loaders.js";
import { certificateById } from "./certificate.loaders.js";
import { submissionById } from "./code-submission.loaders.js";
import { enrollmentById, progressById } from "./enrollment.loaders.js";
import { courseIdOf } from "./learner-access.js";
import { canReadLearnerRecord } from "./learning.policy.js";
import { attemptById } from "./quiz-attempt.loaders.js";

type Fetcher = (ctx: AppContext, id: string) => Promise<object | null>;

/** Rows of one student in one course: visible to that student, the course's instructor, admins. */
const learnerRecord =
  <R extends { userId: string; courseId: string }>(
    load: (ctx: AppContext, id: string) => Promise<R | null>,
  ) =>
  async (ctx: AppContext, id: string) => {
    const row = await load(ctx, id);
    if (!row) return null;
    const course = await courseById(ctx).load(row.courseId);
    return canReadLearnerRecord(await ctx.viewer(), row.userId, course) ? row : null;
  };

/** `node(id)` loaders of the learning types; hidden records look exactly like missing ones. */
export const learningNodeFetchers: Record<string, Fetcher> = {
  Enrollment: learnerRecord((ctx, id) => enrollmentById(ctx).load(id)),
  LessonProgress: learnerRecord((ctx, id) => progressById(ctx).load(id)),
  Certificate: learnerRecord((ctx, id) => certificateById(ctx).load(id)),
  QuizAttempt: learnerRecord(async (ctx, id) => {
    const attempt = await attemptById(ctx).load(id);
    const quiz = attempt && (await quizById(ctx).load(attempt.quizId));
    const courseId = quiz ? courseIdOf(quiz) : null;
    return attempt && courseId ? { ...attempt, courseId } : null;
  }),
  CodeSubmission: learnerRecord(async (ctx, id) => {
    const submission = await submissionById(ctx).load(id);
    const challenge = submission && (await challengeById(ctx).load(submission.challengeId));
    const courseId = challenge ? courseIdOf(challenge) : null;
    return submission && courseId ? { ...submission, courseId } : null;
  }),
};

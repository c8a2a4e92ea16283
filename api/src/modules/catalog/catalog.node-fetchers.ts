import type { AppContext } from "../../context.js";
import { assessmentAccess, questionAccess } from "./assessment-access.js";
import { courseById } from "./catalog.loaders.js";
import { canReadCourseContent } from "./catalog.policy.js";
import { challengeById } from "./code-challenge.loaders.js";
import { courseIfVisible, viewerFactsFor } from "./course-access.js";
import { lessonById, moduleById } from "./curriculum.loaders.js";
import { discussionById } from "./discussions.loaders.js";
import { questionById, quizById } from "./quiz.loaders.js";
import { resourceById } from "./resources.loaders.js";
import { resourceFactsVisible } from "./resources.visibility.js";
import { reviewById } from "./reviews.loaders.js";

type Fetcher = (ctx: AppContext, id: string) => Promise<object | null>;

/** Children of a course are visible exactly when their course is. */
const viaCourse =
  <R extends { courseId: string }>(load: (ctx: AppContext, id: string) => Promise<R | null>): Fetcher =>
  async (ctx, id) => {
    const row = await load(ctx, id);
    if (!row) return null;
    return (await courseIfVisible(ctx, await courseById(ctx).load(row.courseId))) ? row : null;
  };

/** `node(id)` loaders of the catalog's types, with the same visibility as their own queries. */
export const catalogNodeFetchers: Record<string, Fetcher> = {
  Course: async (ctx, id) => courseIfVisible(ctx, await courseById(ctx).load(id)),
  CourseModule: viaCourse((ctx, id) => moduleById(ctx).load(id)),
  Lesson: viaCourse((ctx, id) => lessonById(ctx).load(id)),
  CourseReview: viaCourse((ctx, id) => reviewById(ctx).load(id)),
  // Forum posts are visible to whoever reads the course content.
  CourseDiscussion: async (ctx, id) => {
    const post = await discussionById(ctx).load(id);
    const course = post && (await courseById(ctx).load(post.courseId));
    if (!post || !course) return null;
    const { viewer, enrolled } = await viewerFactsFor(ctx, course.id);
    return canReadCourseContent(viewer, course, enrolled) ? post : null;
  },
  Quiz: async (ctx, id) => {
    const quiz = await quizById(ctx).load(id);
    return quiz && (await assessmentAccess(ctx, quiz)).canView ? quiz : null;
  },
  // A question is content: readable where its quiz's questions are.
  QuizQuestion: async (ctx, id) => {
    const question = await questionById(ctx).load(id);
    return question && (await questionAccess(ctx, question.quizId))?.canReadContent ? question : null;
  },
  CodeChallenge: async (ctx, id) => {
    const challenge = await challengeById(ctx).load(id);
    return challenge && (await assessmentAccess(ctx, challenge)).canView ? challenge : null;
  },
  Resource: async (ctx, id) => {
    const resource = await resourceById(ctx).load(id);
    return resource && (await resourceFactsVisible(ctx, resource)) ? resource : null;
  },
};

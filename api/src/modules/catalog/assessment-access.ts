import type { AppContext } from "../../context.js";
import { type CourseRow, courseById } from "./catalog.loaders.js";
import { canEditCourse, canReadAnswerKey, canReadLessonContent, canViewCourse } from "./catalog.policy.js";
import { viewerFactsFor } from "./course-access.js";
import { quizById } from "./quiz.loaders.js";

/** A quiz or code challenge: attached to a course, and possibly to one of its lessons. */
export interface Assessment {
  courseId: string | null;
  lesson: { courseId: string; isPreview: boolean } | null;
}

/** What the viewer may do with a quiz or challenge: see it, read its content, read its answers, edit it. */
export interface AssessmentAccess {
  course: CourseRow | null;
  canView: boolean;
  /** Questions, statement, sample tests. */
  canReadContent: boolean;
  canReadAnswers: boolean;
  canEdit: boolean;
}

/**
 * Content follows the lesson (a preview lesson's quiz is public, like the lesson); answers,
 * hidden tests and solutions are for the instructor and admins.
 */
export async function assessmentAccess(ctx: AppContext, item: Assessment): Promise<AssessmentAccess> {
  const courseId = item.courseId ?? item.lesson?.courseId ?? null;
  const course = courseId ? await courseById(ctx).load(courseId) : null;
  if (!course)
    return { course: null, canView: false, canReadContent: false, canReadAnswers: false, canEdit: false };
  const { viewer, enrolled } = await viewerFactsFor(ctx, course.id);
  const canView = canViewCourse(viewer, course, enrolled);
  return {
    course,
    canView,
    canReadContent:
      canView &&
      canReadLessonContent(viewer, course, { isPreview: item.lesson?.isPreview ?? false }, enrolled),
    canReadAnswers: canReadAnswerKey(viewer, course),
    canEdit: canEditCourse(viewer, course),
  };
}

/** The access of the quiz a question belongs to. */
export async function questionAccess(ctx: AppContext, quizId: string): Promise<AssessmentAccess | null> {
  const quiz = await quizById(ctx).load(quizId);
  return quiz ? assessmentAccess(ctx, quiz) : null;
}

import type { Cache, UpdateResolver } from "@urql/exchange-graphcache";
import type {
  CreateCourseMutation,
  CreateQuizMutation,
  DeleteCourseModuleMutation,
  DeleteLessonMutation,
  DeleteQuizMutation,
  DeleteQuizMutationVariables,
  DeleteQuizQuestionMutation,
} from "../../gql/graphql";

/** Links `list` (an array of entity keys, if cached) of `parent` after `change`. */
function relink(cache: Cache, parent: string, field: string, change: (keys: string[]) => string[]) {
  const list = cache.resolve(parent, field);
  if (Array.isArray(list)) cache.link(parent, field, change(list as string[]));
}

/** A new course goes to the top of the instructor's cached lists ("newest first", as the API orders them). */
export const createCourse: UpdateResolver<CreateCourseMutation> = (result, _args, cache) => {
  const course = result.createCourse.course;
  const viewer = cache.resolve("Query", "viewer");
  if (!course || typeof viewer !== "string") return;
  const courseKey = cache.keyOfEntity({ __typename: "Course", id: course.id });
  if (!courseKey) return;
  for (const field of cache.inspectFields(viewer)) {
    if (field.fieldName !== "taughtCourses") continue;
    const connection = cache.resolve(viewer, field.fieldKey);
    if (typeof connection === "string")
      relink(cache, connection, "nodes", (keys) => [courseKey, ...keys.filter((key) => key !== courseKey)]);
  }
};

/** A new quiz joins its course's list and its lesson's, where those are cached. */
export const createQuiz: UpdateResolver<CreateQuizMutation> = (result, _args, cache) => {
  const quiz = result.createQuiz.quiz;
  if (!quiz) return;
  const quizKey = cache.keyOfEntity({ __typename: "Quiz", id: quiz.id });
  if (!quizKey) return;
  const append = (keys: string[]) => (keys.includes(quizKey) ? keys : [...keys, quizKey]);
  const courseKey = quiz.course && cache.keyOfEntity({ __typename: "Course", id: quiz.course.id });
  if (courseKey) relink(cache, courseKey, "quizzes", append);
  const lessonKey = quiz.lesson && cache.keyOfEntity({ __typename: "Lesson", id: quiz.lesson.id });
  if (lessonKey) relink(cache, lessonKey, "quizzes", append);
};

/** The deleted quiz leaves its course's and lesson's lists, then the cache. */
export const deleteQuiz: UpdateResolver<DeleteQuizMutation, DeleteQuizMutationVariables> = (
  result,
  args,
  cache,
) => {
  if (!result.deleteQuiz.deletedId) return;
  const quizKey = cache.keyOfEntity({ __typename: "Quiz", id: args.input.quizId });
  if (!quizKey) return;
  const without = (keys: string[]) => keys.filter((key) => key !== quizKey);
  for (const parent of ["course", "lesson"]) {
    const parentKey = cache.resolve(quizKey, parent);
    if (typeof parentKey === "string") relink(cache, parentKey, "quizzes", without);
  }
  cache.invalidate(quizKey);
};

// The payloads of these deletions carry the parent with its new list; the deleted object itself
// is dropped so no other cached page keeps showing it.
const dropDeleted =
  (typename: string) =>
  (deletedId: string | null | undefined, cache: Cache): void => {
    if (deletedId) cache.invalidate({ __typename: typename, id: deletedId });
  };

export const deleteLesson: UpdateResolver<DeleteLessonMutation> = (result, _args, cache) =>
  dropDeleted("Lesson")(result.deleteLesson.deletedId, cache);

export const deleteCourseModule: UpdateResolver<DeleteCourseModuleMutation> = (result, _args, cache) =>
  dropDeleted("CourseModule")(result.deleteCourseModule.deletedId, cache);

export const deleteQuizQuestion: UpdateResolver<DeleteQuizQuestionMutation> = (result, _args, cache) =>
  dropDeleted("QuizQuestion")(result.deleteQuizQuestion.deletedId, cache);

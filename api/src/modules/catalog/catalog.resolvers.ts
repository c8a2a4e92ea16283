import { CatalogResolver } from "./catalog.resolver.js";
import {
  CodeChallengeResolver,
  CourseChallengesResolver,
  LessonChallengesResolver,
} from "./code-challenge.resolver.js";
import { CourseAuthoringResolver } from "./course-authoring.resolver.js";
import { CourseCurriculumResolver, CourseModuleResolver, LessonResolver } from "./curriculum.resolver.js";
import { CurriculumAuthoringResolver } from "./curriculum-authoring.resolver.js";
import { CourseDiscussionResolver, CourseDiscussionsResolver } from "./discussions.resolver.js";
import {
  CourseQuizzesResolver,
  LessonQuizzesResolver,
  QuizQuestionResolver,
  QuizResolver,
} from "./quiz.resolver.js";
import { QuizAuthoringResolver } from "./quiz-authoring.resolver.js";
import { CourseResourcesResolver, ResourceResolver } from "./resources.resolver.js";
import { CourseReviewResolver, CourseReviewsResolver } from "./reviews.resolver.js";
import { UserTaughtCoursesResolver } from "./taught-courses.resolver.js";
import { CourseWishlistResolver, UserSavedItemsResolver } from "./wishlist.resolver.js";

/** The catalog's resolver classes, spread into the app's list (resolvers.ts). */
export const catalogResolvers = [
  CatalogResolver,
  CourseAuthoringResolver,
  CurriculumAuthoringResolver,
  CourseCurriculumResolver,
  CourseModuleResolver,
  LessonResolver,
  CourseReviewsResolver,
  CourseReviewResolver,
  CourseResourcesResolver,
  ResourceResolver,
  CourseDiscussionsResolver,
  CourseDiscussionResolver,
  CourseWishlistResolver,
  UserSavedItemsResolver,
  CourseQuizzesResolver,
  LessonQuizzesResolver,
  QuizResolver,
  QuizQuestionResolver,
  QuizAuthoringResolver,
  CourseChallengesResolver,
  LessonChallengesResolver,
  CodeChallengeResolver,
  UserTaughtCoursesResolver,
] as const;

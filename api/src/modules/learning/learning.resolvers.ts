import { LearningAnalyticsResolver, UserLearningStatsResolver } from "./analytics.resolver.js";
import { CertificateResolver } from "./certificate.resolver.js";
import { CodeSubmissionResolver } from "./code-submission.resolver.js";
import { CourseEnrollmentResolver, EnrollmentResolver } from "./enrollment.resolver.js";
import { LessonProgressResolver, LessonViewerProgressResolver } from "./progress.resolver.js";
import { QuizAttemptResolver } from "./quiz-attempt.resolver.js";
import { QuizViewerAttemptsResolver } from "./quiz-history.resolver.js";

/** The learning module's resolver classes, spread into the app's list (resolvers.ts). */
export const learningResolvers = [
  EnrollmentResolver,
  CourseEnrollmentResolver,
  LessonProgressResolver,
  LessonViewerProgressResolver,
  CertificateResolver,
  QuizAttemptResolver,
  QuizViewerAttemptsResolver,
  CodeSubmissionResolver,
  LearningAnalyticsResolver,
  UserLearningStatsResolver,
] as const;

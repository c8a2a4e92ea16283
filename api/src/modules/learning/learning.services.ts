import type { CampusPrisma } from "../../db/client.js";
import { LearningAnalyticsService } from "./analytics.service.js";
import { CertificateService } from "./certificate.service.js";
import { CodeJudge } from "./code-judge.js";
import { CodeSubmissionService } from "./code-submission.service.js";
import { EnrollmentService } from "./enrollment.service.js";
import { ProgressService } from "./progress.service.js";
import { QuizAttemptService } from "./quiz-attempt.service.js";
import { QuizSubmitService } from "./quiz-submit.service.js";

/** The learning module's services, spread into the app's registry (services.ts). */
export function createLearningServices(deps: { prisma: CampusPrisma }) {
  // One judge per process: its queue bounds the isolates running at once on this replica.
  const judge = new CodeJudge();
  return {
    enrollments: new EnrollmentService(deps),
    progress: new ProgressService(deps),
    certificates: new CertificateService(deps),
    quizAttempts: new QuizAttemptService(deps),
    quizSubmissions: new QuizSubmitService({ ...deps, judge }),
    codeSubmissions: new CodeSubmissionService({ ...deps, judge }),
    learningAnalytics: new LearningAnalyticsService(deps),
  };
}

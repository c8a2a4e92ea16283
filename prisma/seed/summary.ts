// Row counts of every model, for the seed summary and the idempotency check (run twice, compare).
import type { Prisma, PrismaClient } from "../../api/src/generated/prisma/client.js";

type Counter = (prisma: PrismaClient) => Promise<number>;

/** One entry per model; `satisfies` makes a model added to the schema a compile error here. */
const counters = {
  User: (p) => p.user.count(),
  ExpertProfile: (p) => p.expertProfile.count(),
  LearnerProfile: (p) => p.learnerProfile.count(),
  InstructorApplication: (p) => p.instructorApplication.count(),
  RefreshToken: (p) => p.refreshToken.count(),
  PasswordResetToken: (p) => p.passwordResetToken.count(),
  ApiKey: (p) => p.apiKey.count(),
  Course: (p) => p.course.count(),
  CourseModule: (p) => p.courseModule.count(),
  Lesson: (p) => p.lesson.count(),
  Resource: (p) => p.resource.count(),
  Favorite: (p) => p.favorite.count(),
  WishlistItem: (p) => p.wishlistItem.count(),
  CourseReview: (p) => p.courseReview.count(),
  CourseDiscussion: (p) => p.courseDiscussion.count(),
  Enrollment: (p) => p.enrollment.count(),
  LessonProgress: (p) => p.lessonProgress.count(),
  Quiz: (p) => p.quiz.count(),
  QuizQuestion: (p) => p.quizQuestion.count(),
  QuizAttempt: (p) => p.quizAttempt.count(),
  CodeChallenge: (p) => p.codeChallenge.count(),
  CodeSubmission: (p) => p.codeSubmission.count(),
  Certificate: (p) => p.certificate.count(),
  LearningAnalyticsDay: (p) => p.learningAnalyticsDay.count(),
  LiveSession: (p) => p.liveSession.count(),
  SessionParticipant: (p) => p.sessionParticipant.count(),
  TutoringSession: (p) => p.tutoringSession.count(),
  AvailabilityWindow: (p) => p.availabilityWindow.count(),
  BookableSlot: (p) => p.bookableSlot.count(),
  Venue: (p) => p.venue.count(),
  CourseSchedule: (p) => p.courseSchedule.count(),
  Booking: (p) => p.booking.count(),
  PaymentTransaction: (p) => p.paymentTransaction.count(),
  DiscountCode: (p) => p.discountCode.count(),
  DiscountRedemption: (p) => p.discountRedemption.count(),
  Subscription: (p) => p.subscription.count(),
  StripeEvent: (p) => p.stripeEvent.count(),
  OfflinePaymentIntent: (p) => p.offlinePaymentIntent.count(),
  Contact: (p) => p.contact.count(),
  IndividualCourse: (p) => p.individualCourse.count(),
  IndividualSession: (p) => p.individualSession.count(),
  CourseQuote: (p) => p.courseQuote.count(),
  QuoteAccessToken: (p) => p.quoteAccessToken.count(),
  QuoteCounter: (p) => p.quoteCounter.count(),
  Notification: (p) => p.notification.count(),
  EmailLog: (p) => p.emailLog.count(),
  EmailCourse: (p) => p.emailCourse.count(),
  EmailCourseContent: (p) => p.emailCourseContent.count(),
  EmailCourseSubscription: (p) => p.emailCourseSubscription.count(),
  AiConversation: (p) => p.aiConversation.count(),
  AiMessage: (p) => p.aiMessage.count(),
  ActivityLog: (p) => p.activityLog.count(),
  AuditLog: (p) => p.auditLog.count(),
  AnalyticsEvent: (p) => p.analyticsEvent.count(),
} satisfies Record<Prisma.ModelName, Counter>;

export type ModelCounts = Record<Prisma.ModelName, number>;

export async function countRows(prisma: PrismaClient): Promise<ModelCounts> {
  const entries = Object.entries(counters) as Array<[Prisma.ModelName, Counter]>;
  const counts = await Promise.all(entries.map(([, count]) => count(prisma)));
  return Object.fromEntries(entries.map(([model], i) => [model, counts[i] ?? 0])) as ModelCounts;
}

import { type ComponentType, lazy, type ReactNode } from "react";
import type { RouteObject } from "react-router";
import { LogInPage } from "./features/auth/LogInPage";
import { RequireRole, RequireSession } from "./features/auth/RequireSession";
import { SignUpPage } from "./features/auth/SignUpPage";
import { MyBookingsPage } from "./features/bookings/MyBookingsPage";
import { CourseListPage } from "./features/catalog/CourseListPage";
import { CoursePage } from "./features/catalog/CoursePage";
import { ExpertListPage } from "./features/tutoring/ExpertListPage";
import { TutoringSessionPage } from "./features/tutoring/TutoringSessionPage";

/** A page loaded when first visited (the layout shows a loading state meanwhile). */
function page<Name extends string>(load: () => Promise<Record<Name, ComponentType>>, name: Name) {
  return lazy(() => load().then((module) => ({ default: module[name] })));
}

// The visitor's path (catalog, tutoring, booking) is in the first download; the rest comes on demand,
// the admin dashboard with its chart library last.
const ContactPage = page(() => import("./features/contact/ContactPage"), "ContactPage");
const VerifyCertificatePage = page(
  () => import("./features/certificates/VerifyCertificatePage"),
  "VerifyCertificatePage",
);
const QuotePage = page(() => import("./features/quotes/QuotePage"), "QuotePage");
const QuoteInboxPage = page(() => import("./features/quotes/QuoteInboxPage"), "QuoteInboxPage");
const ExpertBookingsPage = page(() => import("./features/bookings/ExpertBookingsPage"), "ExpertBookingsPage");
const NotificationsPage = page(
  () => import("./features/notifications/NotificationsPage"),
  "NotificationsPage",
);
const MyLearningPage = page(() => import("./features/learning/MyLearningPage"), "MyLearningPage");
const LearningCoursePage = page(() => import("./features/learning/LearningCoursePage"), "LearningCoursePage");
const LessonPage = page(() => import("./features/learning/LessonPage"), "LessonPage");
const QuizPage = page(() => import("./features/learning/QuizPage"), "QuizPage");
const ChallengePage = page(() => import("./features/challenges/ChallengePage"), "ChallengePage");
const MyIndividualCoursesPage = page(
  () => import("./features/individual/MyIndividualCoursesPage"),
  "MyIndividualCoursesPage",
);
const IndividualCoursePage = page(
  () => import("./features/individual/IndividualCoursePage"),
  "IndividualCoursePage",
);
const AssistantPage = page(() => import("./features/assistant/AssistantPage"), "AssistantPage");
const BookingPage = page(() => import("./features/bookings/BookingPage"), "BookingPage");
const InquiriesPage = page(() => import("./features/teaching/InquiriesPage"), "InquiriesPage");
const QuoteEditorPage = page(() => import("./features/teaching/QuoteEditorPage"), "QuoteEditorPage");
const AvailabilityPage = page(
  () => import("./features/teaching/availability/AvailabilityPage"),
  "AvailabilityPage",
);
const SchedulesPage = page(() => import("./features/teaching/schedules/SchedulesPage"), "SchedulesPage");
const MyCoursesPage = page(() => import("./features/authoring/MyCoursesPage"), "MyCoursesPage");
const NewCoursePage = page(() => import("./features/authoring/NewCoursePage"), "NewCoursePage");
const CourseEditorPage = page(() => import("./features/authoring/CourseEditorPage"), "CourseEditorPage");
const QuizEditorPage = page(() => import("./features/authoring/QuizEditorPage"), "QuizEditorPage");
const ForgotPasswordPage = page(() => import("./features/auth/PasswordResetPages"), "ForgotPasswordPage");
const ResetPasswordPage = page(() => import("./features/auth/PasswordResetPages"), "ResetPasswordPage");
const AdminDashboardPage = page(() => import("./features/admin/AdminDashboardPage"), "AdminDashboardPage");
const DiscountCodesPage = page(() => import("./features/admin/DiscountCodesPage"), "DiscountCodesPage");
const VenuesPage = page(() => import("./features/admin/VenuesPage"), "VenuesPage");
const InstructorApplicationsPage = page(
  () => import("./features/admin/InstructorApplicationsPage"),
  "InstructorApplicationsPage",
);
const AuditLogPage = page(() => import("./features/admin/AuditLogPage"), "AuditLogPage");
const MyPaymentsPage = page(() => import("./features/payments/MyPaymentsPage"), "MyPaymentsPage");
const PayPage = page(() => import("./features/payments/PayPage"), "PayPage");

const signedIn = (element: ReactNode) => <RequireSession>{element}</RequireSession>;
const withRole = (role: "INSTRUCTOR" | "ADMIN", element: ReactNode) => (
  <RequireSession>
    <RequireRole role={role}>{element}</RequireRole>
  </RequireSession>
);

/** The pages of the app, under the layout. */
export const routes: RouteObject[] = [
  { path: "login", element: <LogInPage /> },
  { path: "signup", element: <SignUpPage /> },
  { path: "forgot-password", element: <ForgotPasswordPage /> },
  { path: "reset-password", element: <ResetPasswordPage /> },
  { path: "courses", element: <CourseListPage /> },
  { path: "courses/:slug", element: <CoursePage /> },
  { path: "experts", element: <ExpertListPage /> },
  { path: "tutoring/:sessionId", element: <TutoringSessionPage /> },
  { path: "quotes/view", element: <QuotePage /> },
  { path: "certificates/verify", element: <VerifyCertificatePage /> },
  { path: "certificates/verify/:code", element: <VerifyCertificatePage /> },
  { path: "contact", element: <ContactPage /> },
  { path: "bookings", element: signedIn(<MyBookingsPage />) },
  { path: "bookings/:id", element: signedIn(<BookingPage />) },
  { path: "payments", element: signedIn(<MyPaymentsPage />) },
  { path: "payments/:paymentId", element: signedIn(<PayPage />) },
  { path: "notifications", element: signedIn(<NotificationsPage />) },
  { path: "learning", element: signedIn(<MyLearningPage />) },
  { path: "learning/courses/:slug", element: signedIn(<LearningCoursePage />) },
  { path: "learning/lessons/:lessonId", element: signedIn(<LessonPage />) },
  { path: "learning/quizzes/:quizId", element: signedIn(<QuizPage />) },
  { path: "learning/challenges/:challengeId", element: signedIn(<ChallengePage />) },
  { path: "individual-courses", element: signedIn(<MyIndividualCoursesPage />) },
  { path: "individual-courses/:id", element: signedIn(<IndividualCoursePage />) },
  { path: "assistant", element: signedIn(<AssistantPage />) },
  { path: "teaching/inquiries", element: withRole("INSTRUCTOR", <InquiriesPage />) },
  { path: "teaching/individual/:courseId/quote", element: withRole("INSTRUCTOR", <QuoteEditorPage />) },
  { path: "teaching/quotes", element: withRole("INSTRUCTOR", <QuoteInboxPage />) },
  { path: "teaching/bookings", element: withRole("INSTRUCTOR", <ExpertBookingsPage />) },
  { path: "teaching/availability", element: withRole("INSTRUCTOR", <AvailabilityPage />) },
  { path: "teaching/schedules", element: withRole("INSTRUCTOR", <SchedulesPage />) },
  { path: "teaching/courses", element: withRole("INSTRUCTOR", <MyCoursesPage />) },
  { path: "teaching/courses/new", element: withRole("INSTRUCTOR", <NewCoursePage />) },
  { path: "teaching/courses/:courseId", element: withRole("INSTRUCTOR", <CourseEditorPage />) },
  { path: "teaching/courses/:courseId/quizzes/:quizId", element: withRole("INSTRUCTOR", <QuizEditorPage />) },
  { path: "admin", element: withRole("ADMIN", <AdminDashboardPage />) },
  { path: "admin/discount-codes", element: withRole("ADMIN", <DiscountCodesPage />) },
  { path: "admin/venues", element: withRole("ADMIN", <VenuesPage />) },
  { path: "admin/instructor-applications", element: withRole("ADMIN", <InstructorApplicationsPage />) },
  { path: "admin/audit-log", element: withRole("ADMIN", <AuditLogPage />) },
];

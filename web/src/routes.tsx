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
const InquiriesPage = page(() => import("./features/teaching/InquiriesPage"), "InquiriesPage");
const QuoteEditorPage = page(() => import("./features/teaching/QuoteEditorPage"), "QuoteEditorPage");
const ForgotPasswordPage = page(() => import("./features/auth/PasswordResetPages"), "ForgotPasswordPage");
const ResetPasswordPage = page(() => import("./features/auth/PasswordResetPages"), "ResetPasswordPage");
const AdminDashboardPage = page(() => import("./features/admin/AdminDashboardPage"), "AdminDashboardPage");

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
  { path: "contact", element: <ContactPage /> },
  { path: "bookings", element: signedIn(<MyBookingsPage />) },
  { path: "notifications", element: signedIn(<NotificationsPage />) },
  { path: "learning", element: signedIn(<MyLearningPage />) },
  { path: "learning/courses/:slug", element: signedIn(<LearningCoursePage />) },
  { path: "learning/lessons/:lessonId", element: signedIn(<LessonPage />) },
  { path: "learning/quizzes/:quizId", element: signedIn(<QuizPage />) },
  { path: "teaching/inquiries", element: withRole("INSTRUCTOR", <InquiriesPage />) },
  { path: "teaching/individual/:courseId/quote", element: withRole("INSTRUCTOR", <QuoteEditorPage />) },
  { path: "teaching/quotes", element: withRole("INSTRUCTOR", <QuoteInboxPage />) },
  { path: "teaching/bookings", element: withRole("INSTRUCTOR", <ExpertBookingsPage />) },
  { path: "admin", element: withRole("ADMIN", <AdminDashboardPage />) },
];

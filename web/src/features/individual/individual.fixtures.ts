import type {
  IndividualSessionStatus,
  IndividualSessionItem_IndividualSessionFragment as Session,
} from "../../gql/graphql";
import { money } from "../../test/api";
import { quoteFixture } from "../quotes/quote.fixtures";

type Wire<T> = T & { __typename: string };

export const COURSE_ID = "SW5kaXZpZHVhbENvdXJzZTox";

/** One numbered session of the course (wire format). */
export function sessionFixture(
  number: number,
  sessionDate: string,
  status: IndividualSessionStatus,
  overrides: Partial<Session> = {},
): Wire<Session> {
  return {
    __typename: "IndividualSession",
    id: `SW5kaXZpZHVhbFNlc3Npb246${number}`,
    sessionNumber: number,
    sessionDate,
    durationMinutes: 60,
    status,
    meetingLink: `https://meet.campus.test/bridge-${number}`,
    lessonPlan: `Thème ${number}`,
    topicsCovered: status === "COMPLETED" ? ["Entames"] : [],
    homeworkAssigned: null,
    materialsShared: [],
    studentPerformance: null,
    ...overrides,
  };
}

/** Hélène's course as the IndividualCoursePage query returns it, seen by her (wire format). */
export function individualCourseFixture(overrides: Record<string, unknown> = {}) {
  return {
    __typename: "IndividualCourse",
    id: COURSE_ID,
    status: "IN_PROGRESS",
    paymentStatus: "PARTIALLY_PAID",
    specificGoals: "Mieux défendre et signaler juste en tournoi de club.",
    initialInquiry: null,
    preferredSchedule: "Mardi et jeudi en fin de journée",
    learningPace: "NORMAL",
    studentLevel: "INTERMEDIATE",
    totalHours: 10,
    inquiryDate: "2030-01-01T09:00:00.000Z",
    courseStartDate: "2030-01-15T17:00:00.000Z",
    courseEndDate: null,
    confirmedSchedule: [{ weekday: "TUE", time: "18:00", durationMinutes: 60 }],
    customCurriculum: [
      { week: 1, topic: "Entames" },
      { title: "Signalisation", topics: ["Appel", "Compte"] },
    ],
    viewerCanManage: false,
    quotedPrice: money(60000),
    progress: {
      __typename: "IndividualCourseProgress",
      completedHours: 1,
      plannedHours: 10,
      percentComplete: 10,
    },
    instructor: { __typename: "User", id: "VXNlcjoy", name: "Claire Dubois" },
    student: { __typename: "User", id: "VXNlcjoz", name: "Hélène Girard" },
    quotes: [quoteFixture({ status: "ACCEPTED", respondedAt: "2030-01-10T09:00:00.000Z" })],
    sessions: [
      sessionFixture(1, "2030-01-15T17:00:00.000Z", "COMPLETED"),
      sessionFixture(2, "2030-01-22T17:00:00.000Z", "CANCELLED"),
      sessionFixture(3, "2099-03-05T17:00:00.000Z", "SCHEDULED"),
    ],
    ...overrides,
  };
}

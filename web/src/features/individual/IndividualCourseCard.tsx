import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { Badge, type BadgeTone } from "../../components/Badge";
import { type FragmentType, useFragment } from "../../gql/fragment-masking";
import { graphql } from "../../gql/gql";
import type { IndividualCourseStatus } from "../../gql/graphql";
import { useFormat } from "../../i18n/format";
import { ProgressBar } from "../learning/ProgressBar";

export const IndividualCourseCard_IndividualCourseFragment = graphql(`
  fragment IndividualCourseCard_IndividualCourse on IndividualCourse {
    id
    status
    specificGoals
    inquiryDate
    instructor {
      id
      name
    }
    progress {
      completedSessions
      upcomingSessions
      percentComplete
    }
    sessions {
      id
      status
      sessionDate
    }
  }
`);

export const COURSE_TONES: Record<IndividualCourseStatus, BadgeTone> = {
  INQUIRY: "neutral",
  QUOTED: "warning",
  CONFIRMED: "info",
  IN_PROGRESS: "info",
  COMPLETED: "success",
  CANCELLED: "danger",
};

/** One of the viewer's one-to-one courses: where it stands and when the next session is. */
export function IndividualCourseCard(props: {
  course: FragmentType<typeof IndividualCourseCard_IndividualCourseFragment>;
  timeZone: string;
}) {
  const course = useFragment(IndividualCourseCard_IndividualCourseFragment, props.course);
  const { t } = useTranslation();
  const format = useFormat();
  const now = Date.now();
  const next = course.sessions.find(
    (s) => (s.status === "SCHEDULED" || s.status === "RESCHEDULED") && Date.parse(s.sessionDate) > now,
  );
  const title = t("student.individual.courseWith", { name: course.instructor?.name ?? "—" });
  const titleId = `individual-course-${course.id}`;

  return (
    <article className="card" aria-labelledby={titleId}>
      <header className="booking__header">
        <h2 id={titleId}>
          <Link to={`/individual-courses/${encodeURIComponent(course.id)}`}>{title}</Link>
        </h2>
        <Badge tone={COURSE_TONES[course.status]}>{t(`enums.individualCourseStatus.${course.status}`)}</Badge>
      </header>
      {course.specificGoals ? <p className="prose">{course.specificGoals}</p> : null}
      {course.progress.percentComplete !== null && course.progress.percentComplete !== undefined ? (
        <ProgressBar
          percent={course.progress.percentComplete}
          label={t("learning.progressLabel", { title })}
        />
      ) : null}
      <p className="muted">
        {next
          ? t("student.individual.nextSession", { when: format.dateTime(next.sessionDate, props.timeZone) })
          : t("student.individual.requestedOn", { date: format.date(course.inquiryDate, props.timeZone) })}
      </p>
      <p className="muted">
        {t("student.individual.sessionsCount", {
          completed: course.progress.completedSessions,
          upcoming: course.progress.upcomingSessions,
        })}
      </p>
    </article>
  );
}

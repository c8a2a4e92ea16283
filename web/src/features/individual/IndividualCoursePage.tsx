import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { useQuery } from "urql";
import { Badge } from "../../components/Badge";
import { ErrorState, isNotFound, LoadingState } from "../../components/states";
import { graphql } from "../../gql/gql";
import { browserTimeZone, useFormat } from "../../i18n/format";
import { ProgressBar } from "../learning/ProgressBar";
import { COURSE_TONES } from "./IndividualCourseCard";
import { ConfirmedSchedule, Curriculum } from "./IndividualCoursePlan";
import { IndividualQuotes } from "./IndividualQuotes";
import { IndividualSessionList } from "./IndividualSessionList";
import { nodeIdFromLink } from "./linked-id";

const IndividualCoursePageQuery = graphql(`
  query IndividualCoursePage($id: ID!) {
    viewer {
      id
      timezone
    }
    node(id: $id) {
      __typename
      id
      ... on IndividualCourse {
        status
        paymentStatus
        specificGoals
        initialInquiry
        preferredSchedule
        learningPace
        studentLevel
        totalHours
        inquiryDate
        courseStartDate
        courseEndDate
        confirmedSchedule
        customCurriculum
        viewerCanManage
        quotedPrice {
          amountCents
          currency
        }
        progress {
          completedHours
          plannedHours
          percentComplete
        }
        instructor {
          id
          name
        }
        student {
          id
          name
        }
        quotes {
          id
          ...IndividualQuote_CourseQuote
        }
        sessions {
          id
          status
          sessionDate
          ...IndividualSessionItem_IndividualSession
        }
      }
    }
  }
`);

/** One individual course: its state, goals, plan, quotes and sessions (emails link here too). */
export function IndividualCoursePage() {
  const { id: param = "" } = useParams();
  const { t } = useTranslation();
  const format = useFormat();
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: IndividualCoursePageQuery,
    variables: { id: nodeIdFromLink("IndividualCourse", param) },
  });
  const course = data?.node?.__typename === "IndividualCourse" ? data.node : null;

  if (fetching && !data) return <LoadingState label={t("student.individual.loading")} />;
  if (error && !isNotFound(error)) {
    return <ErrorState error={error} onRetry={() => reexecute({ requestPolicy: "network-only" })} />;
  }
  if (!course) {
    return (
      <section className="page page--narrow">
        <h1>{t("common.notFoundTitle")}</h1>
        <p className="notice notice--error" role="alert">
          {t("student.individual.notFound")}
        </p>
        <Link to="/individual-courses">{t("student.individual.listTitle")}</Link>
      </section>
    );
  }
  const timeZone = data?.viewer?.timezone ?? browserTimeZone();
  // The instructor opens the same page from the "quote answered" email.
  const title = course.viewerCanManage
    ? t("student.individual.courseOf", { name: course.student.name })
    : t("student.individual.courseWith", { name: course.instructor?.name ?? "—" });
  const percent = course.progress.percentComplete;

  return (
    <article className="page" aria-labelledby="individual-course-title">
      <nav aria-label={t("catalog.breadcrumb")} className="breadcrumb">
        <Link to="/individual-courses">{t("student.individual.listTitle")}</Link>
      </nav>
      <header className="page__header">
        <h1 id="individual-course-title">{title}</h1>
        <Badge tone={COURSE_TONES[course.status]}>{t(`enums.individualCourseStatus.${course.status}`)}</Badge>
      </header>
      {percent !== null && percent !== undefined ? (
        <ProgressBar percent={percent} label={t("learning.progressLabel", { title })} />
      ) : null}
      <dl className="facts facts--inline">
        <div>
          <dt>{t("student.individual.payment")}</dt>
          <dd>{t(`student.individual.paymentStatus.${course.paymentStatus}`)}</dd>
        </div>
        {course.quotedPrice ? (
          <div>
            <dt>{t("student.individual.price")}</dt>
            <dd>{format.money(course.quotedPrice)}</dd>
          </div>
        ) : null}
        {course.progress.plannedHours ? (
          <div>
            <dt>{t("student.individual.hours")}</dt>
            <dd>
              {t("student.individual.hoursValue", {
                done: format.number(course.progress.completedHours),
                planned: format.number(course.progress.plannedHours),
              })}
            </dd>
          </div>
        ) : null}
        {course.studentLevel ? (
          <div>
            <dt>{t("student.individual.level")}</dt>
            <dd>{t(`enums.level.${course.studentLevel}`)}</dd>
          </div>
        ) : null}
        {course.courseStartDate ? (
          <div>
            <dt>{t("student.individual.started")}</dt>
            <dd>{format.date(course.courseStartDate, timeZone)}</dd>
          </div>
        ) : null}
      </dl>
      {course.viewerCanManage ? (
        <p>
          <Link
            className="button button--secondary"
            to={`/teaching/individual/${encodeURIComponent(course.id)}/quote`}
          >
            {t("student.individual.editQuote")}
          </Link>
        </p>
      ) : null}
      <section className="section" aria-labelledby="goals-title">
        <h2 id="goals-title">{t("student.individual.goals")}</h2>
        <p className="prose">
          {course.specificGoals || course.initialInquiry || t("student.individual.noGoals")}
        </p>
        {course.preferredSchedule ? (
          <p className="muted">{t("student.individual.preferred", { schedule: course.preferredSchedule })}</p>
        ) : null}
      </section>
      <Curriculum curriculum={course.customCurriculum} />
      <ConfirmedSchedule schedule={course.confirmedSchedule} />
      <IndividualQuotes quotes={course.quotes} canAnswer={!course.viewerCanManage} />
      <IndividualSessionList sessions={course.sessions} timeZone={timeZone} />
    </article>
  );
}

import { useTranslation } from "react-i18next";
import { Badge, type BadgeTone } from "../../components/Badge";
import { type FragmentType, useFragment } from "../../gql/fragment-masking";
import { graphql } from "../../gql/gql";
import type { IndividualSessionStatus } from "../../gql/graphql";
import { useFormat } from "../../i18n/format";

export const IndividualSessionItem_IndividualSessionFragment = graphql(`
  fragment IndividualSessionItem_IndividualSession on IndividualSession {
    id
    sessionNumber
    sessionDate
    durationMinutes
    status
    meetingLink
    lessonPlan
    topicsCovered
    homeworkAssigned
    materialsShared
    studentPerformance
  }
`);

const SESSION_TONES: Record<IndividualSessionStatus, BadgeTone> = {
  SCHEDULED: "info",
  RESCHEDULED: "warning",
  COMPLETED: "success",
  CANCELLED: "danger",
};

type SessionRef = FragmentType<typeof IndividualSessionItem_IndividualSessionFragment>;

/** Only http(s) links become links: the data came from other systems. */
const safeHref = (url: string) => (/^https?:\/\//i.test(url) ? url : undefined);

function SessionItem(props: { session: SessionRef; timeZone: string; upcoming: boolean }) {
  const session = useFragment(IndividualSessionItem_IndividualSessionFragment, props.session);
  const { t } = useTranslation();
  const format = useFormat();
  const end = new Date(Date.parse(session.sessionDate) + session.durationMinutes * 60_000).toISOString();
  const titleId = `individual-session-${session.id}`;
  return (
    <article className="card" aria-labelledby={titleId}>
      <header className="booking__header">
        <h4 id={titleId}>{t("student.individual.sessionTitle", { number: session.sessionNumber })}</h4>
        <Badge tone={SESSION_TONES[session.status]}>
          {t(`student.individual.sessionStatus.${session.status}`)}
        </Badge>
      </header>
      <p>
        <time dateTime={session.sessionDate}>
          {t("student.individual.sessionWhen", {
            start: format.dateTime(session.sessionDate, props.timeZone),
            end: format.time(end, props.timeZone),
            duration: format.duration(session.durationMinutes),
          })}
        </time>
      </p>
      {session.lessonPlan ? <p className="prose">{session.lessonPlan}</p> : null}
      <dl className="facts">
        {session.topicsCovered.length ? (
          <div>
            <dt>{t("student.individual.topics")}</dt>
            <dd>{session.topicsCovered.join(", ")}</dd>
          </div>
        ) : null}
        {session.homeworkAssigned ? (
          <div>
            <dt>{t("student.individual.homework")}</dt>
            <dd>{session.homeworkAssigned}</dd>
          </div>
        ) : null}
        {session.studentPerformance ? (
          <div>
            <dt>{t("student.individual.performance")}</dt>
            <dd>{session.studentPerformance}</dd>
          </div>
        ) : null}
        {session.materialsShared.length ? (
          <div>
            <dt>{t("student.individual.materials")}</dt>
            <dd>
              <ul className="list">
                {session.materialsShared.map((url) => (
                  <li key={url}>
                    <a href={safeHref(url)} rel="noreferrer" target="_blank">
                      {url.split("/").pop() || url}
                    </a>
                  </li>
                ))}
              </ul>
            </dd>
          </div>
        ) : null}
      </dl>
      {props.upcoming && session.meetingLink && safeHref(session.meetingLink) ? (
        <a className="button" href={session.meetingLink} rel="noreferrer" target="_blank">
          {t("student.individual.join")}
        </a>
      ) : null}
    </article>
  );
}

export type ListedSession = { id: string; status: IndividualSessionStatus; sessionDate: string } & SessionRef;

/** The course's sessions, upcoming first then past, with times in `timeZone` (the viewer's). */
export function IndividualSessionList({
  sessions,
  timeZone,
  now = Date.now(),
}: {
  sessions: readonly ListedSession[];
  timeZone: string;
  now?: number;
}) {
  const { t } = useTranslation();
  const isUpcoming = (s: ListedSession) =>
    (s.status === "SCHEDULED" || s.status === "RESCHEDULED") && Date.parse(s.sessionDate) > now;
  const upcoming = sessions.filter(isUpcoming);
  const past = sessions.filter((s) => !isUpcoming(s)).reverse();

  return (
    <section className="section" aria-labelledby="sessions-title">
      <h2 id="sessions-title">{t("student.individual.sessions")}</h2>
      <p className="muted">{t("student.individual.timesIn", { zone: timeZone })}</p>
      {sessions.length === 0 ? <p className="muted">{t("student.individual.noSessions")}</p> : null}
      {upcoming.length ? (
        <section aria-labelledby="sessions-upcoming">
          <h3 id="sessions-upcoming">{t("student.individual.upcoming")}</h3>
          <ol className="list">
            {upcoming.map((session) => (
              <li key={session.id}>
                <SessionItem session={session} timeZone={timeZone} upcoming />
              </li>
            ))}
          </ol>
        </section>
      ) : null}
      {past.length ? (
        <section aria-labelledby="sessions-past">
          <h3 id="sessions-past">{t("student.individual.past")}</h3>
          <ol className="list">
            {past.map((session) => (
              <li key={session.id}>
                <SessionItem session={session} timeZone={timeZone} upcoming={false} />
              </li>
            ))}
          </ol>
        </section>
      ) : null}
    </section>
  );
}

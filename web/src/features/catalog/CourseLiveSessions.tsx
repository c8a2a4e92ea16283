import { useTranslation } from "react-i18next";
import { useMutation } from "urql";
import { Badge } from "../../components/Badge";
import { useUserErrorText } from "../../components/user-errors";
import { type FragmentType, useFragment } from "../../gql/fragment-masking";
import { graphql } from "../../gql/gql";
import { useFormat } from "../../i18n/format";

export const CourseLiveSessions_CourseFragment = graphql(`
  fragment CourseLiveSessions_Course on Course {
    id
    upcomingLiveSessions(first: 5) {
      id
      title
      startsAt
      durationMinutes
      status
      placesLeft
      viewerCanJoin
      viewerHasJoined
      meetingUrl
    }
  }
`);

const JoinLiveSessionMutation = graphql(`
  mutation JoinLiveSession($input: LiveSessionRefInput!) {
    joinLiveSession(input: $input) {
      liveSession {
        id
        placesLeft
        viewerCanJoin
        viewerHasJoined
        meetingUrl
      }
      userErrors {
        code
        message
      }
    }
  }
`);

/** Live sessions of the course that are not over: when, places left, and joining for enrolled students. */
export function CourseLiveSessions(props: {
  course: FragmentType<typeof CourseLiveSessions_CourseFragment>;
}) {
  const course = useFragment(CourseLiveSessions_CourseFragment, props.course);
  const { t } = useTranslation();
  const format = useFormat();
  const userErrorText = useUserErrorText();
  const [{ data, fetching }, join] = useMutation(JoinLiveSessionMutation);
  const userError = data?.joinLiveSession.userErrors[0];
  if (course.upcomingLiveSessions.length === 0) return null;
  return (
    <section className="section" aria-labelledby="live-title">
      <h2 id="live-title">{t("course.liveSessions")}</h2>
      {userError ? (
        <p className="notice notice--error" role="alert">
          {userErrorText(userError)}
        </p>
      ) : null}
      <ul className="schedules">
        {course.upcomingLiveSessions.map((session) => (
          <li key={session.id} className="schedule">
            <div>
              <p className="schedule__when">{session.title}</p>
              <p className="muted">
                <time dateTime={session.startsAt}>{format.dateTime(session.startsAt)}</time> ·{" "}
                {format.duration(session.durationMinutes)}
              </p>
            </div>
            <p>
              {session.status === "LIVE" ? (
                <Badge tone="danger">{t("course.liveNow")}</Badge>
              ) : (
                <Badge tone="success">{t("course.placesLeft", { count: session.placesLeft })}</Badge>
              )}
            </p>
            <span />
            {session.viewerHasJoined && session.meetingUrl?.startsWith("https://") ? (
              <a className="button" href={session.meetingUrl} target="_blank" rel="noreferrer">
                {t("course.openMeeting")}
              </a>
            ) : session.viewerHasJoined ? (
              <Badge tone="info">{t("course.joined")}</Badge>
            ) : session.viewerCanJoin ? (
              <button
                type="button"
                disabled={fetching}
                onClick={() => void join({ input: { liveSessionId: session.id } })}
              >
                {t("course.join")}
              </button>
            ) : (
              <span />
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { useMutation, useQuery } from "urql";
import { ErrorState, LoadingState } from "../../components/states";
import { useUserErrorText } from "../../components/user-errors";
import { type FragmentType, useFragment } from "../../gql/fragment-masking";
import { graphql } from "../../gql/gql";
import { EnrollmentProgress_EnrollmentFragment } from "./learning.graphql";
import { ProgressBar } from "./ProgressBar";

const LessonPageQuery = graphql(`
  query LessonPage($id: ID!) {
    node(id: $id) {
      __typename
      id
      ... on Lesson {
        title
        type
        description
        videoUrl
        articleContent
        durationMinutes
        viewerCanRead
        viewerProgress {
          id
          status
          videoPositionSeconds
        }
        quizzes {
          id
          title
        }
        codeChallenges {
          id
          title
        }
        course {
          id
          slug
          title
          viewerEnrollment {
            id
            ...EnrollmentProgress_Enrollment
          }
          modules {
            id
            lessons {
              id
              title
            }
          }
        }
      }
    }
  }
`);

const UpdateLessonProgressMutation = graphql(`
  mutation UpdateLessonProgress($input: UpdateLessonProgressInput!) {
    updateLessonProgress(input: $input) {
      progress {
        id
        status
        videoPositionSeconds
        lesson {
          id
          viewerProgress {
            id
            status
          }
        }
      }
      enrollment {
        id
        ...EnrollmentProgress_Enrollment
      }
      certificate {
        id
        verificationCode
      }
      userErrors {
        code
        message
      }
    }
  }
`);

function EnrollmentProgressBar(props: {
  enrollment: FragmentType<typeof EnrollmentProgress_EnrollmentFragment>;
  title: string;
}) {
  const enrollment = useFragment(EnrollmentProgress_EnrollmentFragment, props.enrollment);
  const { t } = useTranslation();
  return (
    <div className="lesson-progress">
      <ProgressBar
        percent={enrollment.progressPercentage}
        label={t("learning.progressLabel", { title: props.title })}
      />
      <p className="muted">
        {t("learning.lessonsDone", { done: enrollment.completedLessons, total: enrollment.totalLessons })}
      </p>
      {enrollment.status === "COMPLETED" ? (
        <p className="notice notice--success" role="status">
          {t("learning.courseComplete")}{" "}
          {enrollment.certificate
            ? t("learning.certificateIssued", { code: enrollment.certificate.verificationCode })
            : null}
        </p>
      ) : null}
    </div>
  );
}

/** The lesson player: content, progress recorded as the learner goes, and the way to the next lesson. */
export function LessonPage() {
  const { lessonId = "" } = useParams();
  const { t } = useTranslation();
  const userErrorText = useUserErrorText();
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: LessonPageQuery,
    variables: { id: lessonId },
  });
  const [saveState, saveProgress] = useMutation(UpdateLessonProgressMutation);
  const lesson = data?.node?.__typename === "Lesson" ? data.node : null;
  const status = lesson?.viewerProgress?.status ?? "NOT_STARTED";

  // Opening a lesson starts it, so "continue where I left off" brings the learner back here.
  const started = useRef<string | null>(null);
  useEffect(() => {
    if (!lesson?.viewerCanRead || status !== "NOT_STARTED" || started.current === lesson.id) return;
    started.current = lesson.id;
    void saveProgress({ input: { lessonId: lesson.id, status: "IN_PROGRESS" } });
  }, [lesson, status, saveProgress]);

  if (fetching && !data) return <LoadingState label={t("learning.lessonLoading")} />;
  if (error) return <ErrorState error={error} onRetry={() => reexecute({ requestPolicy: "network-only" })} />;
  if (!lesson?.course || !lesson.viewerCanRead) {
    return <p className="notice notice--error">{t("learning.lessonLocked")}</p>;
  }

  const course = lesson.course;
  const ordered = course.modules.flatMap((module) => module.lessons);
  const index = ordered.findIndex((item) => item.id === lesson.id);
  const previous = index > 0 ? ordered[index - 1] : undefined;
  const next = index >= 0 ? ordered[index + 1] : undefined;
  const userError = saveState.data?.updateLessonProgress.userErrors[0];

  const complete = () =>
    void saveProgress({ input: { lessonId: lesson.id, status: "COMPLETED", videoCompleted: true } });

  return (
    <article className="page lesson-page" aria-labelledby="lesson-title">
      <nav aria-label={t("catalog.breadcrumb")} className="breadcrumb">
        <Link to="/learning">{t("learning.title")}</Link> /{" "}
        <Link to={`/learning/courses/${course.slug}`}>{course.title}</Link>
      </nav>
      <h1 id="lesson-title">{lesson.title}</h1>
      {course.viewerEnrollment ? (
        <EnrollmentProgressBar enrollment={course.viewerEnrollment} title={course.title} />
      ) : null}
      {lesson.videoUrl ? (
        // biome-ignore lint/a11y/useMediaCaption: captions are not part of the course data yet
        <video
          className="lesson-preview__video"
          src={lesson.videoUrl}
          controls
          preload="metadata"
          onEnded={complete}
        />
      ) : null}
      {lesson.description ? <p>{lesson.description}</p> : null}
      {lesson.articleContent ? <div className="article card">{lesson.articleContent}</div> : null}
      {lesson.quizzes.length ? (
        <ul className="list">
          {lesson.quizzes.map((quiz) => (
            <li key={quiz.id}>
              <Link className="button" to={`/learning/quizzes/${encodeURIComponent(quiz.id)}`}>
                {t("learning.quizTitle", { title: quiz.title })}
              </Link>
            </li>
          ))}
        </ul>
      ) : null}
      {lesson.codeChallenges.length ? (
        <ul className="list">
          {lesson.codeChallenges.map((challenge) => (
            <li key={challenge.id}>
              <Link className="button" to={`/learning/challenges/${encodeURIComponent(challenge.id)}`}>
                {t("student.challenge.openChallenge", { title: challenge.title })}
              </Link>
            </li>
          ))}
        </ul>
      ) : null}
      {userError ? (
        <p className="notice notice--error" role="alert">
          {userErrorText(userError)}
        </p>
      ) : null}
      <div className="lesson-page__actions">
        {status === "COMPLETED" ? (
          <p className="lesson-status lesson-status--completed" role="status">
            ✓ {t("learning.completed")}
          </p>
        ) : (
          <button type="button" disabled={saveState.fetching} onClick={complete}>
            {saveState.fetching ? t("learning.saving") : t("learning.markComplete")}
          </button>
        )}
        <div className="lesson-page__nav">
          {previous ? (
            <Link
              className="button button--secondary"
              to={`/learning/lessons/${encodeURIComponent(previous.id)}`}
            >
              {t("learning.previousLesson")}
            </Link>
          ) : null}
          {next ? (
            <Link
              className="button button--secondary"
              to={`/learning/lessons/${encodeURIComponent(next.id)}`}
            >
              {t("learning.nextLesson")}
            </Link>
          ) : (
            <Link className="button button--secondary" to={`/learning/courses/${course.slug}`}>
              {t("learning.backToCourse")}
            </Link>
          )}
        </div>
      </div>
    </article>
  );
}

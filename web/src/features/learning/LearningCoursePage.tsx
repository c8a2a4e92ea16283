import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { useQuery } from "urql";
import { ErrorState, LoadingState } from "../../components/states";
import { graphql } from "../../gql/gql";
import { ProgressBar } from "./ProgressBar";

const LearningCoursePageQuery = graphql(`
  query LearningCoursePage($slug: String!) {
    course(slug: $slug) {
      id
      slug
      title
      viewerEnrollment {
        id
        progressPercentage
        completedLessons
        totalLessons
        status
        lastLesson {
          id
        }
        certificate {
          id
          verificationCode
        }
      }
      modules {
        id
        title
        lessons {
          id
          title
          type
          viewerProgress {
            id
            status
          }
        }
      }
      quizzes {
        id
        title
        questionCount
        passingScore
        viewerAttemptsLeft
      }
    }
  }
`);

/** A course from the learner's side: progress, every lesson's state, the quizzes. */
export function LearningCoursePage() {
  const { slug = "" } = useParams();
  const { t } = useTranslation();
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: LearningCoursePageQuery,
    variables: { slug },
  });
  if (fetching && !data) return <LoadingState label={t("learning.courseLoading")} />;
  if (error) return <ErrorState error={error} onRetry={() => reexecute({ requestPolicy: "network-only" })} />;
  const course = data?.course;
  const enrollment = course?.viewerEnrollment;
  if (!course || !enrollment) {
    return (
      <section className="page">
        <p className="notice">{t("learning.notEnrolled")}</p>
        <Link to={course ? `/courses/${course.slug}` : "/courses"}>{t("common.browseCourses")}</Link>
      </section>
    );
  }
  return (
    <section className="page" aria-labelledby="learning-course-title">
      <nav aria-label={t("catalog.breadcrumb")} className="breadcrumb">
        <Link to="/learning">{t("learning.title")}</Link>
      </nav>
      <h1 id="learning-course-title">{course.title}</h1>
      <ProgressBar
        percent={enrollment.progressPercentage}
        label={t("learning.progressLabel", { title: course.title })}
      />
      <p className="muted">
        {t("learning.lessonsDone", { done: enrollment.completedLessons, total: enrollment.totalLessons })}
      </p>
      {enrollment.certificate ? (
        <p className="notice notice--success">
          {t("learning.certificateIssued", { code: enrollment.certificate.verificationCode })}
        </p>
      ) : null}
      <ol className="curriculum">
        {course.modules.map((module) => (
          <li key={module.id} className="curriculum__module">
            <h2 className="curriculum__heading">{module.title}</h2>
            <ol className="curriculum__lessons">
              {module.lessons.map((lesson) => {
                const status = lesson.viewerProgress?.status ?? "NOT_STARTED";
                return (
                  <li key={lesson.id} className="curriculum__lesson">
                    <span className="curriculum__lesson-type">{t(`enums.lessonType.${lesson.type}`)}</span>
                    <Link
                      className="curriculum__lesson-title"
                      to={`/learning/lessons/${encodeURIComponent(lesson.id)}`}
                    >
                      {lesson.title}
                    </Link>
                    <span className={`lesson-status lesson-status--${status.toLowerCase()}`}>
                      {t(`enums.progressStatus.${status}`)}
                    </span>
                  </li>
                );
              })}
            </ol>
          </li>
        ))}
      </ol>
      {course.quizzes.length ? (
        <section className="section" aria-labelledby="quizzes-title">
          <h2 id="quizzes-title">{t("learning.quizzes")}</h2>
          <ul className="list">
            {course.quizzes.map((quiz) => (
              <li key={quiz.id} className="list__item">
                <Link to={`/learning/quizzes/${encodeURIComponent(quiz.id)}`}>{quiz.title}</Link>{" "}
                <span className="muted">
                  {t("learning.quizIntro", { count: quiz.questionCount, score: quiz.passingScore })}
                </span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </section>
  );
}

import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { Badge } from "../../components/Badge";
import { type FragmentType, useFragment } from "../../gql/fragment-masking";
import { graphql } from "../../gql/gql";
import { ProgressBar } from "./ProgressBar";

export const EnrollmentCard_EnrollmentFragment = graphql(`
  fragment EnrollmentCard_Enrollment on Enrollment {
    id
    status
    progressPercentage
    completedLessons
    totalLessons
    lastAccessedAt
    course {
      id
      slug
      title
      format
    }
    lastLesson {
      id
      title
    }
    certificate {
      id
      verificationCode
    }
  }
`);

export function EnrollmentCard(props: {
  enrollment: FragmentType<typeof EnrollmentCard_EnrollmentFragment>;
}) {
  const enrollment = useFragment(EnrollmentCard_EnrollmentFragment, props.enrollment);
  const { t } = useTranslation();
  const course = enrollment.course;
  if (!course) return null;
  const titleId = `enrollment-${enrollment.id}`;
  const started = enrollment.completedLessons > 0;
  return (
    <article className="card enrollment" aria-labelledby={titleId}>
      <header className="booking__header">
        <h2 id={titleId}>
          <Link to={`/learning/courses/${course.slug}`}>{course.title}</Link>
        </h2>
        <Badge tone={enrollment.status === "COMPLETED" ? "success" : "info"}>
          {t(`enums.enrollmentStatus.${enrollment.status}`)}
        </Badge>
      </header>
      <ProgressBar
        percent={enrollment.progressPercentage}
        label={t("learning.progressLabel", { title: course.title })}
      />
      <p className="muted">
        {t("learning.lessonsDone", { done: enrollment.completedLessons, total: enrollment.totalLessons })}
      </p>
      {enrollment.lastLesson && enrollment.status !== "COMPLETED" ? (
        <p>
          {t("learning.lastLesson", { title: enrollment.lastLesson.title })}{" "}
          <Link
            className="button button--small"
            to={`/learning/lessons/${encodeURIComponent(enrollment.lastLesson.id)}`}
          >
            {started ? t("learning.continue") : t("learning.start")}
          </Link>
        </p>
      ) : null}
      {enrollment.certificate ? (
        <p>
          <Link
            to={`/certificates/verify?code=${encodeURIComponent(enrollment.certificate.verificationCode)}`}
          >
            {t("learning.certificate", { code: enrollment.certificate.verificationCode })}
          </Link>
        </p>
      ) : null}
    </article>
  );
}

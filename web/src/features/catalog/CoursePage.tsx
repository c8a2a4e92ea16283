import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Link, useLocation, useParams } from "react-router";
import { useMutation, useQuery } from "urql";
import { ErrorState, isNotFound, LoadingState } from "../../components/states";
import { useUserErrorText } from "../../components/user-errors";
import { graphql } from "../../gql/gql";
import type { CoursePageQuery } from "../../gql/graphql";
import { useFormat } from "../../i18n/format";
import { useSession } from "../../lib/session";
import { CourseCurriculum } from "./CourseCurriculum";
import { CourseInstructor } from "./CourseInstructor";
import { CourseLiveSessions } from "./CourseLiveSessions";
import { CourseReviews, Stars } from "./CourseReviews";
import { CourseSchedules } from "./CourseSchedules";
import { PurchaseCourse } from "./PurchaseCourse";

const CoursePageQueryDocument = graphql(`
  query CoursePage($slug: String!) {
    course(slug: $slug) {
      id
      slug
      title
      subtitle
      description
      longDescription
      format
      level
      language
      category
      tags
      durationText
      totalDurationMinutes
      learningOutcomes
      prerequisites
      targetAudience
      hasCertificate
      isFree
      averageRating
      reviewCount
      studentCount
      price {
        amountCents
        currency
      }
      viewerIsEnrolled
      viewerCanEnroll
      instructor {
        id
        name
        ...CourseInstructor_User
      }
      ...CourseCurriculum_Course
      ...CourseReviews_Course
      ...CourseLiveSessions_Course
    }
  }
`);

const EnrollInCourseMutation = graphql(`
  mutation EnrollInCourse($input: EnrollInCourseInput!) {
    enrollInCourse(input: $input) {
      course {
        id
        viewerIsEnrolled
        viewerCanEnroll
        studentCount
      }
      userErrors {
        code
        message
      }
    }
  }
`);

type Course = NonNullable<CoursePageQuery["course"]>;

function EnrollPanel({ course }: { course: Course }) {
  const { t } = useTranslation();
  const format = useFormat();
  const session = useSession();
  const location = useLocation();
  const userErrorText = useUserErrorText();
  const [{ fetching, data }, enroll] = useMutation(EnrollInCourseMutation);
  const userError = data?.enrollInCourse.userErrors[0];

  let action: ReactNode;
  if (course.viewerIsEnrolled) {
    action = (
      <>
        <p role="status">{t("course.enrolled")}</p>
        <Link className="button" to={`/learning/courses/${course.slug}`}>
          {t("course.continue")}
        </Link>
      </>
    );
  } else if (!session.signedIn) {
    action = (
      <Link className="button" to={`/login?next=${encodeURIComponent(location.pathname)}`}>
        {t("course.logInToEnroll")}
      </Link>
    );
  } else if (course.format === "INDIVIDUAL") {
    action = (
      <Link className="button" to="/contact?interest=INDIVIDUAL">
        {t("course.askQuote")}
      </Link>
    );
  } else if (course.isFree && course.viewerCanEnroll) {
    action = (
      <button
        type="button"
        disabled={fetching}
        onClick={() => void enroll({ input: { courseId: course.id } })}
      >
        {fetching ? t("course.enrolling") : t("course.enroll")}
      </button>
    );
  } else if (!course.isFree && course.format !== "IN_PERSON" && course.viewerCanEnroll) {
    action = <PurchaseCourse course={course} />;
  }

  return (
    <aside className="card course-aside" aria-label={t("catalog.price")}>
      <p className="course-aside__price">{course.isFree ? t("catalog.free") : format.money(course.price)}</p>
      {userError ? (
        <p className="notice notice--error" role="alert">
          {userErrorText(userError)}
        </p>
      ) : null}
      {action}
      <dl className="facts">
        {course.level ? (
          <div>
            <dt>{t("course.level")}</dt>
            <dd>{t(`enums.level.${course.level}`)}</dd>
          </div>
        ) : null}
        <div>
          <dt>{t("course.duration")}</dt>
          <dd>{course.durationText ?? format.duration(course.totalDurationMinutes)}</dd>
        </div>
        <div>
          <dt>{t("course.language")}</dt>
          <dd>{new Intl.DisplayNames([format.locale], { type: "language" }).of(course.language)}</dd>
        </div>
        {course.hasCertificate ? (
          <div>
            <dt>{t("course.certificate")}</dt>
            <dd>✓</dd>
          </div>
        ) : null}
      </dl>
    </aside>
  );
}

export function CoursePage() {
  const { slug = "" } = useParams();
  const { t } = useTranslation();
  const format = useFormat();
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: CoursePageQueryDocument,
    variables: { slug },
  });
  const course = data?.course;

  if (fetching && !data) return <LoadingState label={t("course.loading")} />;
  if (error && !isNotFound(error)) {
    return <ErrorState error={error} onRetry={() => reexecute({ requestPolicy: "network-only" })} />;
  }
  if (!course) {
    return (
      <section className="page" aria-labelledby="course-missing">
        <h1 id="course-missing">{t("common.notFoundTitle")}</h1>
        <p>{t("course.notFound")}</p>
        <Link to="/courses">{t("common.browseCourses")}</Link>
      </section>
    );
  }

  return (
    <article className="page course-page" aria-labelledby="course-title">
      <nav aria-label={t("catalog.breadcrumb")} className="breadcrumb">
        <Link to="/courses">{t("catalog.title")}</Link>
        {course.category ? (
          <>
            {" / "}
            <Link to={`/courses?category=${encodeURIComponent(course.category)}`}>{course.category}</Link>
          </>
        ) : null}
      </nav>
      <header className="course-hero">
        <p className="course-card__format">{t(`enums.format.${course.format}`)}</p>
        <h1 id="course-title">{course.title}</h1>
        {course.subtitle ? <p className="lead">{course.subtitle}</p> : null}
        <p className="muted">
          {course.averageRating !== null && course.averageRating !== undefined ? (
            <>
              <Stars rating={course.averageRating} /> {format.rating(course.averageRating)} (
              {t("catalog.reviews", { count: course.reviewCount })}) ·{" "}
            </>
          ) : null}
          {t("course.students", { count: course.studentCount })}
          {course.instructor ? ` · ${t("course.by", { name: course.instructor.name })}` : null}
        </p>
      </header>
      <div className="course-layout">
        <div className="course-layout__main">
          <section className="section" aria-labelledby="about-title">
            <h2 id="about-title">{t("course.about")}</h2>
            <p>{course.description}</p>
            {course.longDescription ? <p className="prose">{course.longDescription}</p> : null}
          </section>
          {course.learningOutcomes.length ? (
            <section className="section" aria-labelledby="outcomes-title">
              <h2 id="outcomes-title">{t("course.outcomes")}</h2>
              <ul className="checklist">
                {course.learningOutcomes.map((outcome) => (
                  <li key={outcome}>{outcome}</li>
                ))}
              </ul>
            </section>
          ) : null}
          {course.prerequisites.length ? (
            <section className="section" aria-labelledby="prerequisites-title">
              <h2 id="prerequisites-title">{t("course.prerequisites")}</h2>
              <ul>
                {course.prerequisites.map((item) => (
                  <li key={item}>{item}</li>
                ))}
              </ul>
            </section>
          ) : null}
          <CourseCurriculum course={course} />
          {course.format === "IN_PERSON" || course.format === "LIVE_GROUP" ? (
            <CourseSchedules courseId={course.id} title={course.title} />
          ) : null}
          <CourseLiveSessions course={course} />
          {course.instructor ? <CourseInstructor instructor={course.instructor} /> : null}
          <CourseReviews course={course} />
        </div>
        <EnrollPanel course={course} />
      </div>
    </article>
  );
}

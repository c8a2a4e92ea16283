import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { useQuery } from "urql";
import { ErrorState, isNotFound, LoadingState } from "../../components/states";
import { graphql } from "../../gql/gql";
import "./authoring.css";
import { CourseDetails } from "./CourseDetails";
import { CoursePublication } from "./CoursePublication";
import { CourseQuizzes } from "./CourseQuizzes";
import { CurriculumEditor } from "./CurriculumEditor";

const CourseEditorQuery = graphql(`
  query CourseEditor($id: ID!) {
    course(id: $id) {
      id
      title
      viewerCanEdit
      ...CourseDetails_Course
      ...CoursePublication_Course
      ...CurriculumEditor_Course
      ...CourseQuizzes_Course
    }
  }
`);

/** One course, every part of it editable: details, publication, curriculum, quizzes. */
export function CourseEditorPage() {
  const { courseId = "" } = useParams();
  const { t } = useTranslation();
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: CourseEditorQuery,
    variables: { id: courseId },
  });

  if (fetching && !data) return <LoadingState />;
  const course = data?.course;
  if ((error && isNotFound(error)) || (data && !course))
    return <ErrorState message={t("authoring.courseNotFound")} />;
  if (error || !course)
    return <ErrorState error={error} onRetry={() => reexecute({ requestPolicy: "network-only" })} />;
  if (!course.viewerCanEdit) return <ErrorState message={t("authoring.cannotEdit")} />;

  return (
    <section className="page authoring" aria-labelledby="course-editor-title">
      <nav className="breadcrumb" aria-label={t("authoring.breadcrumb")}>
        <Link to="/teaching/courses">{t("authoring.myCoursesTitle")}</Link>
      </nav>
      <h1 id="course-editor-title">{course.title}</h1>
      <section className="section card" aria-labelledby="publication-title">
        <h2 id="publication-title">{t("authoring.publication")}</h2>
        <CoursePublication course={course} />
      </section>
      <section className="section" aria-labelledby="curriculum-title">
        <h2 id="curriculum-title">{t("authoring.curriculum")}</h2>
        <CurriculumEditor course={course} />
      </section>
      <section className="section card" aria-labelledby="quizzes-title">
        <h2 id="quizzes-title">{t("authoring.quizzes")}</h2>
        <CourseQuizzes course={course} />
      </section>
      <section className="section card" aria-labelledby="details-title">
        <h2 id="details-title">{t("authoring.details")}</h2>
        <CourseDetails course={course} />
      </section>
    </section>
  );
}

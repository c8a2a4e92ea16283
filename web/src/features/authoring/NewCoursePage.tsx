import { useTranslation } from "react-i18next";
import { Link, useNavigate } from "react-router";
import { useMutation } from "urql";
import { graphql } from "../../gql/gql";
import { CourseForm } from "./CourseForm";
import { courseInput, emptyCourseForm } from "./course-form";
import { useSaveErrors } from "./form-errors";

export const CreateCourseMutation = graphql(`
  mutation CreateCourse($input: CreateCourseInput!) {
    createCourse(input: $input) {
      course {
        id
        ...TaughtCourseRow_Course
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

/** A new course starts as a draft; the editor then takes over (curriculum, quizzes, publication). */
export function NewCoursePage() {
  const { t } = useTranslation();
  const saveErrors = useSaveErrors();
  const navigate = useNavigate();
  const [, createCourse] = useMutation(CreateCourseMutation);

  return (
    <section className="page page--narrow" aria-labelledby="new-course-title">
      <nav className="breadcrumb" aria-label={t("authoring.breadcrumb")}>
        <Link to="/teaching/courses">{t("authoring.myCoursesTitle")}</Link>
      </nav>
      <h1 id="new-course-title">{t("authoring.newCourseTitle")}</h1>
      <p className="muted">{t("authoring.newCourseIntro")}</p>
      <div className="card">
        <CourseForm
          defaultValues={emptyCourseForm}
          submitLabel={t("authoring.createCourse")}
          onSave={async (values) => {
            const result = await createCourse({ input: courseInput(values) });
            const payload = result.data?.createCourse;
            if (payload?.course) {
              navigate(`/teaching/courses/${payload.course.id}`);
              return [];
            }
            return saveErrors(payload?.userErrors);
          }}
        />
      </div>
    </section>
  );
}

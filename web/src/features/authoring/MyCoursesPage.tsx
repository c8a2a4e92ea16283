import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useQuery } from "urql";
import { EmptyState, ErrorState, LoadingState } from "../../components/states";
import { graphql } from "../../gql/gql";
import { TaughtCourseRow } from "./TaughtCourseRow";

// An instructor teaches a handful of courses; one page of 100 holds them all.
export const MyCoursesQuery = graphql(`
  query MyCourses {
    viewer {
      id
      taughtCourses(first: 100) {
        nodes {
          id
          ...TaughtCourseRow_Course
        }
      }
    }
  }
`);

/** The instructor's own courses, drafts included, with their state at a glance. */
export function MyCoursesPage() {
  const { t } = useTranslation();
  const [{ data, fetching, error }, reexecute] = useQuery({ query: MyCoursesQuery });
  const courses = data?.viewer?.taughtCourses.nodes ?? [];

  return (
    <section className="page" aria-labelledby="my-courses-title">
      <header className="page__header">
        <h1 id="my-courses-title">{t("authoring.myCoursesTitle")}</h1>
        <Link className="button" to="/teaching/courses/new">
          {t("authoring.newCourse")}
        </Link>
      </header>
      <p className="muted">{t("authoring.myCoursesIntro")}</p>
      {fetching && !data ? <LoadingState /> : null}
      {error ? (
        <ErrorState error={error} onRetry={() => reexecute({ requestPolicy: "network-only" })} />
      ) : null}
      {data && courses.length === 0 ? <EmptyState>{t("authoring.noCourses")}</EmptyState> : null}
      {courses.length > 0 ? (
        <div className="table-scroll">
          <table className="table">
            <caption className="visually-hidden">{t("authoring.myCoursesTitle")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("authoring.columnCourse")}</th>
                <th scope="col">{t("authoring.columnStatus")}</th>
                <th scope="col">{t("authoring.columnLessons")}</th>
                <th scope="col">{t("authoring.columnStudents")}</th>
                <th scope="col">{t("authoring.columnPrice")}</th>
                <th scope="col">{t("authoring.columnUpdated")}</th>
              </tr>
            </thead>
            <tbody>
              {courses.map((course) => (
                <TaughtCourseRow key={course.id} course={course} />
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  );
}

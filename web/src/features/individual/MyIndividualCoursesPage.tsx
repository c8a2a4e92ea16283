import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useQuery } from "urql";
import { EmptyState, ErrorState, LoadingState } from "../../components/states";
import { graphql } from "../../gql/gql";
import { browserTimeZone } from "../../i18n/format";
import { IndividualCourseCard } from "./IndividualCourseCard";

const MyIndividualCoursesQuery = graphql(`
  query MyIndividualCourses {
    viewer {
      id
      timezone
    }
    myIndividualCourses(first: 50) {
      totalCount
      nodes {
        id
        ...IndividualCourseCard_IndividualCourse
      }
    }
  }
`);

/** The one-to-one courses the viewer takes, newest first. */
export function MyIndividualCoursesPage() {
  const { t } = useTranslation();
  const [{ data, fetching, error }, reexecute] = useQuery({ query: MyIndividualCoursesQuery });
  const courses = data?.myIndividualCourses.nodes ?? [];
  const timeZone = data?.viewer?.timezone ?? browserTimeZone();

  return (
    <section className="page" aria-labelledby="individual-title">
      <h1 id="individual-title">{t("student.individual.listTitle")}</h1>
      {fetching && !data ? <LoadingState label={t("student.individual.listLoading")} /> : null}
      {error ? (
        <ErrorState error={error} onRetry={() => reexecute({ requestPolicy: "network-only" })} />
      ) : null}
      {data && courses.length === 0 ? (
        <EmptyState>
          <p>{t("student.individual.listEmpty")}</p>
          <Link to="/contact">{t("student.individual.askForOne")}</Link>
        </EmptyState>
      ) : null}
      {courses.length ? (
        <ul className="list">
          {courses.map((course) => (
            <li key={course.id}>
              <IndividualCourseCard course={course} timeZone={timeZone} />
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}

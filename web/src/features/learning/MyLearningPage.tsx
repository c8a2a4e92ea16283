import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useQuery } from "urql";
import { EmptyState, ErrorState, LoadingState } from "../../components/states";
import { graphql } from "../../gql/gql";
import { EnrollmentCard } from "./EnrollmentCard";

const MyLearningPageQuery = graphql(`
  query MyLearningPage {
    myEnrollments(first: 50) {
      nodes {
        id
        ...EnrollmentCard_Enrollment
      }
    }
  }
`);

export function MyLearningPage() {
  const { t } = useTranslation();
  const [{ data, fetching, error }, reexecute] = useQuery({ query: MyLearningPageQuery });
  const enrollments = data?.myEnrollments.nodes ?? [];
  return (
    <section className="page" aria-labelledby="learning-title">
      <h1 id="learning-title">{t("learning.title")}</h1>
      {fetching && !data ? <LoadingState label={t("learning.loading")} /> : null}
      {error ? (
        <ErrorState error={error} onRetry={() => reexecute({ requestPolicy: "network-only" })} />
      ) : null}
      {data && enrollments.length === 0 ? (
        <EmptyState>
          <p>{t("learning.empty")}</p>
          <Link to="/courses">{t("common.browseCourses")}</Link>
        </EmptyState>
      ) : null}
      <ul className="card-grid">
        {enrollments.map((enrollment) => (
          <li key={enrollment.id}>
            <EnrollmentCard enrollment={enrollment} />
          </li>
        ))}
      </ul>
    </section>
  );
}

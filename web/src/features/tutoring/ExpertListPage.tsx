import { useTranslation } from "react-i18next";
import { useQuery } from "urql";
import { ListStates } from "../../components/states";
import { graphql } from "../../gql/gql";
import { ExpertCard } from "./ExpertCard";

const ExpertListPageQuery = graphql(`
  query ExpertListPage {
    experts(first: 50) {
      totalCount
      nodes {
        id
        ...ExpertCard_ExpertProfile
      }
    }
  }
`);

export function ExpertListPage() {
  const { t } = useTranslation();
  const [{ data, fetching, error }, reexecute] = useQuery({ query: ExpertListPageQuery });
  const experts = data?.experts.nodes ?? [];
  return (
    <section className="page" aria-labelledby="experts-title">
      <header className="page__header">
        <h1 id="experts-title">{t("tutoring.expertsTitle")}</h1>
        <p className="page__summary">{t("tutoring.expertsIntro")}</p>
      </header>
      <ListStates
        query={{ data, fetching, error }}
        reexecute={reexecute}
        count={experts.length}
        loadingLabel={t("tutoring.loadingExperts")}
      >
        {t("tutoring.noExperts")}
      </ListStates>
      <ul className="card-grid">
        {experts.map((expert) => (
          <li key={expert.id}>
            <ExpertCard expert={expert} />
          </li>
        ))}
      </ul>
    </section>
  );
}

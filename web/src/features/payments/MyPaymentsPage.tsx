import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useQuery } from "urql";
import { EmptyState, ErrorState, LoadingState, LoadMore } from "../../components/states";
import { graphql } from "../../gql/gql";
import { PaymentRow } from "./PaymentRow";

const MyPaymentsPageQuery = graphql(`
  query MyPaymentsPage($after: String) {
    myPayments(first: 20, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        ...PaymentRow_Payment
      }
    }
  }
`);

/** The viewer's payments and refunds, newest first; one still due links to its payment page. */
export function MyPaymentsPage() {
  const { t } = useTranslation();
  // The cache (relayPagination) appends each page fetched up to `after`.
  const [after, setAfter] = useState<string | null>(null);
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: MyPaymentsPageQuery,
    variables: { after },
    // A payment made elsewhere (a checkout, another tab) shows when the page is opened again.
    requestPolicy: "cache-and-network",
  });
  const connection = data?.myPayments;
  const nodes = connection?.nodes ?? [];

  return (
    <section className="page" aria-labelledby="payments-title">
      <header className="page__header">
        <h1 id="payments-title">{t("payments.myPaymentsTitle")}</h1>
      </header>
      {fetching && !data ? <LoadingState label={t("payments.loadingList")} /> : null}
      {error ? (
        <ErrorState
          error={error}
          message={t("payments.listError")}
          onRetry={() => reexecute({ requestPolicy: "network-only" })}
        />
      ) : null}
      {connection && nodes.length === 0 ? (
        <EmptyState>
          <p>{t("payments.empty")}</p>
          <Link to="/courses">{t("payments.browseCourses")}</Link>
        </EmptyState>
      ) : null}
      {nodes.length ? (
        <div className="table-scroll">
          <table className="table">
            <caption className="visually-hidden">{t("payments.myPaymentsTitle")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("payments.columnWhat")}</th>
                <th scope="col">{t("payments.columnAmount")}</th>
                <th scope="col">{t("payments.columnStatus")}</th>
                <th scope="col">{t("payments.columnDate")}</th>
                <th scope="col">{t("payments.columnDetails")}</th>
              </tr>
            </thead>
            <tbody>
              {nodes.map((payment) => (
                <PaymentRow key={payment.id} payment={payment} />
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      <LoadMore pageInfo={connection?.pageInfo} fetching={fetching} onMore={setAfter} />
    </section>
  );
}

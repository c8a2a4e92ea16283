import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { useQuery } from "urql";
import { ListStates, LoadMore } from "../../components/states";
import { graphql } from "../../gql/gql";
import type { AuditLogFilter } from "../../gql/graphql";
import { AdminNav } from "./AdminNav";
import { AuditLogEntryRows } from "./AuditLogEntryRows";
import { AuditLogFilters } from "./AuditLogFilters";

const AuditLogPageQuery = graphql(`
  query AuditLogPage($after: String, $filter: AuditLogFilter) {
    auditLogs(first: 25, after: $after, filter: $filter) {
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        entityType
        ...AuditLogEntryRows_AuditLogEntry
      }
    }
  }
`);

/** Admins: who did what when, newest first, filtered the ways the API allows. */
export function AuditLogPage() {
  const { t } = useTranslation();
  const [filter, setFilter] = useState<AuditLogFilter | null>(null);
  const [after, setAfter] = useState<string | null>(null);
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: AuditLogPageQuery,
    variables: { after, filter },
    // The trail grows with every admin action elsewhere: always ask, show the cached page meanwhile.
    requestPolicy: "cache-and-network",
  });
  const entries = data?.auditLogs.nodes ?? [];
  const entityTypes = useMemo(
    () =>
      [
        ...new Set(entries.map((entry) => entry.entityType).filter((type): type is string => Boolean(type))),
      ].sort(),
    [entries],
  );

  return (
    <section className="page" aria-labelledby="audit-log-title">
      <AdminNav />
      <header className="page__header">
        <h1 id="audit-log-title">{t("adminOperations.auditLog.title")}</h1>
      </header>
      <AuditLogFilters
        entityTypes={entityTypes}
        onApply={(next) => {
          setAfter(null);
          setFilter(next);
        }}
      />
      <ListStates query={{ data, fetching, error }} reexecute={reexecute} count={entries.length}>
        {t("adminOperations.auditLog.empty")}
      </ListStates>
      {entries.length ? (
        <div className="table-scroll">
          <table className="table">
            <caption className="visually-hidden">{t("adminOperations.auditLog.title")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("adminOperations.auditLog.when")}</th>
                <th scope="col">{t("adminOperations.auditLog.actor")}</th>
                <th scope="col">{t("adminOperations.auditLog.action")}</th>
                <th scope="col">{t("adminOperations.auditLog.entity")}</th>
                <th scope="col">
                  <span className="visually-hidden">{t("adminOperations.auditLog.details")}</span>
                </th>
              </tr>
            </thead>
            {entries.map((entry) => (
              <AuditLogEntryRows key={entry.id} entry={entry} />
            ))}
          </table>
        </div>
      ) : null}
      <LoadMore pageInfo={data?.auditLogs.pageInfo} fetching={fetching} onMore={setAfter} />
    </section>
  );
}

import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { useQuery } from "urql";
import { ListStates, LoadMore } from "../../components/states";
import type { InstructorApplicationStatus } from "../../gql/graphql";
import { AdminNav } from "./AdminNav";
import { ApplicationCard, isOpen } from "./ApplicationCard";
import { ApplicationDecisionDialog, type Decision } from "./ApplicationDecisionDialog";
import { InstructorApplicationsPageQuery } from "./instructor-applications.graphql";

// What the status filter offers, and the statuses each choice asks the API for.
const VIEWS = {
  open: ["SUBMITTED", "UNDER_REVIEW"],
  approved: ["APPROVED"],
  rejected: ["REJECTED"],
  withdrawn: ["WITHDRAWN"],
  all: null,
} satisfies Record<string, InstructorApplicationStatus[] | null>;
type View = keyof typeof VIEWS;
const isView = (value: string): value is View => value in VIEWS;

/** Admins: applications to teach, oldest first, to approve or reject with a reason. */
export function InstructorApplicationsPage() {
  const { t } = useTranslation();
  const statusId = useId();
  const [view, setView] = useState<View>("open");
  const [after, setAfter] = useState<string | null>(null);
  const statuses = VIEWS[view];
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: InstructorApplicationsPageQuery,
    variables: { after, filter: statuses ? { status: statuses } : null },
  });
  const [decision, setDecision] = useState<Decision | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  // A decided application leaves the "awaiting" list in the cache (instructor-applications.cache.ts).
  const applications = data?.instructorApplications.nodes ?? [];

  const decide = (kind: Decision["kind"], application: (typeof applications)[number]) =>
    setDecision({
      kind,
      applicationId: application.id,
      name: application.applicant?.name ?? t("adminOperations.applications.unknownApplicant"),
    });

  return (
    <section className="page" aria-labelledby="applications-title">
      <AdminNav />
      <header className="page__header">
        <h1 id="applications-title">{t("adminOperations.applications.title")}</h1>
        <div className="inline-field">
          <label htmlFor={statusId}>{t("adminOperations.status")}</label>
          <select
            id={statusId}
            value={view}
            onChange={(event) => {
              if (!isView(event.target.value)) return;
              setAfter(null);
              setView(event.target.value);
            }}
          >
            {(Object.keys(VIEWS) as View[]).map((key) => (
              <option key={key} value={key}>
                {t(`adminOperations.applications.views.${key}`)}
              </option>
            ))}
          </select>
        </div>
      </header>
      <p role="status" className="notice notice--success" hidden={!notice}>
        {notice}
      </p>
      <ListStates query={{ data, fetching, error }} reexecute={reexecute} count={applications.length}>
        {view === "open"
          ? t("adminOperations.applications.emptyOpen")
          : t("adminOperations.applications.empty")}
      </ListStates>
      <ul className="list">
        {applications.map((application) => (
          <li key={application.id}>
            <ApplicationCard
              application={application}
              onApprove={() => isOpen(application.status) && decide("approve", application)}
              onReject={() => isOpen(application.status) && decide("reject", application)}
            />
          </li>
        ))}
      </ul>
      <LoadMore pageInfo={data?.instructorApplications.pageInfo} fetching={fetching} onMore={setAfter} />
      <ApplicationDecisionDialog
        decision={decision}
        onClose={() => setDecision(null)}
        onDecided={setNotice}
      />
    </section>
  );
}

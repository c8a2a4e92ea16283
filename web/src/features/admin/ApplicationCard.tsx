import { useTranslation } from "react-i18next";
import { Badge, type BadgeTone } from "../../components/Badge";
import { type FragmentType, useFragment } from "../../gql/fragment-masking";
import { graphql } from "../../gql/gql";
import type { InstructorApplicationStatus } from "../../gql/graphql";
import { useFormat } from "../../i18n/format";

export const ApplicationCard_InstructorApplicationFragment = graphql(`
  fragment ApplicationCard_InstructorApplication on InstructorApplication {
    id
    status
    applicant {
      id
      name
      email
    }
    licenseNumber
    licenseState
    licenseExpiry
    insuranceProvider
    documents
    submittedAt
    createdAt
    reviewedAt
    reviewedBy {
      id
      name
    }
    rejectionReason
  }
`);

const TONES: Record<InstructorApplicationStatus, BadgeTone> = {
  DRAFT: "neutral",
  SUBMITTED: "info",
  UNDER_REVIEW: "info",
  APPROVED: "success",
  REJECTED: "danger",
  WITHDRAWN: "neutral",
};

/** Only submitted and under-review applications await a decision. */
export const isOpen = (status: InstructorApplicationStatus) =>
  status === "SUBMITTED" || status === "UNDER_REVIEW";

/** An application to teach: who, their license and documents, and the decision when there is one. */
export function ApplicationCard({
  application: applicationRef,
  onApprove,
  onReject,
}: {
  application: FragmentType<typeof ApplicationCard_InstructorApplicationFragment>;
  onApprove: () => void;
  onReject: () => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const application = useFragment(ApplicationCard_InstructorApplicationFragment, applicationRef);
  const name = application.applicant?.name ?? t("adminOperations.applications.unknownApplicant");
  const titleId = `application-${application.id}`;

  return (
    <article className="card" aria-labelledby={titleId}>
      <header className="booking__header">
        <h2 id={titleId}>{name}</h2>
        <Badge tone={TONES[application.status]}>
          {t(`adminOperations.applicationStatus.${application.status}`)}
        </Badge>
      </header>
      <p className="muted">
        {application.applicant?.email ? `${application.applicant.email} · ` : ""}
        {t("adminOperations.applications.submitted", {
          date: format.dateTime(application.submittedAt ?? application.createdAt),
        })}
      </p>
      <dl className="facts facts--inline">
        <div>
          <dt>{t("adminOperations.applications.license")}</dt>
          <dd>
            {application.licenseNumber ?? "—"}
            {application.licenseState ? ` (${application.licenseState})` : ""}
          </dd>
        </div>
        {application.licenseExpiry ? (
          <div>
            <dt>{t("adminOperations.applications.expires")}</dt>
            <dd>{format.date(`${application.licenseExpiry}T12:00:00Z`)}</dd>
          </div>
        ) : null}
        {application.insuranceProvider ? (
          <div>
            <dt>{t("adminOperations.applications.insurance")}</dt>
            <dd>{application.insuranceProvider}</dd>
          </div>
        ) : null}
      </dl>
      {application.documents.length ? (
        <ul aria-label={t("adminOperations.applications.documents")}>
          {application.documents.map((url, index) => (
            <li key={url}>
              <a href={url} target="_blank" rel="noreferrer noopener">
                {t("adminOperations.applications.document", { number: index + 1 })}
              </a>
            </li>
          ))}
        </ul>
      ) : null}
      {application.reviewedAt ? (
        <p className="muted">
          {t("adminOperations.applications.decided", {
            date: format.dateTime(application.reviewedAt),
            name: application.reviewedBy?.name ?? "—",
          })}
        </p>
      ) : null}
      {application.rejectionReason ? (
        <p>
          <strong>{t("adminOperations.applications.reason")}:</strong> {application.rejectionReason}
        </p>
      ) : null}
      {isOpen(application.status) ? (
        <div className="admin-actions">
          <button
            type="button"
            onClick={onApprove}
            aria-label={t("adminOperations.applications.approveNamed", { name })}
          >
            {t("adminOperations.applications.approve")}
          </button>
          <button
            type="button"
            className="button--danger"
            onClick={onReject}
            aria-label={t("adminOperations.applications.rejectNamed", { name })}
          >
            {t("adminOperations.applications.reject")}
          </button>
        </div>
      ) : null}
    </article>
  );
}

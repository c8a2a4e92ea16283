import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { type FragmentType, useFragment } from "../../gql/fragment-masking";
import { graphql } from "../../gql/gql";
import { useFormat } from "../../i18n/format";
import { changesOf, shownValue } from "./audit-log";

export const AuditLogEntryRows_AuditLogEntryFragment = graphql(`
  fragment AuditLogEntryRows_AuditLogEntry on AuditLogEntry {
    id
    createdAt
    action
    entityType
    entityId
    actor {
      id
      name
      email
    }
    oldValues
    newValues
    ipAddress
    userAgent
  }
`);

/** One audit entry: who did what when, and on request the values before and after. */
export function AuditLogEntryRows({
  entry: entryRef,
}: {
  entry: FragmentType<typeof AuditLogEntryRows_AuditLogEntryFragment>;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const entry = useFragment(AuditLogEntryRows_AuditLogEntryFragment, entryRef);
  const [open, setOpen] = useState(false);
  const detailsId = useId();
  const changes = open ? changesOf(entry.oldValues, entry.newValues) : null;

  return (
    <tbody>
      <tr>
        <td>
          <time dateTime={entry.createdAt}>{format.dateTime(entry.createdAt)}</time>
        </td>
        <td>
          {entry.actor?.name ?? t("adminOperations.auditLog.system")}
          {entry.actor?.email ? <div className="muted">{entry.actor.email}</div> : null}
        </td>
        <td>
          <code>{entry.action}</code>
        </td>
        <td>
          {entry.entityType ?? "—"}
          {entry.entityId ? <div className="muted">{entry.entityId}</div> : null}
        </td>
        <td>
          <button
            type="button"
            className="button--small button--secondary"
            aria-expanded={open}
            aria-controls={detailsId}
            onClick={() => setOpen((value) => !value)}
          >
            {open ? t("adminOperations.auditLog.hideDetails") : t("adminOperations.auditLog.showDetails")}
            <span className="visually-hidden">
              {" "}
              {entry.action} {format.dateTime(entry.createdAt)}
            </span>
          </button>
        </td>
      </tr>
      <tr id={detailsId} hidden={!open}>
        {open ? (
          <td colSpan={5}>
            <div className="audit-details">
              {changes ? (
                <table className="table">
                  <caption>{t("adminOperations.auditLog.changes")}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t("adminOperations.auditLog.field")}</th>
                      <th scope="col">{t("adminOperations.auditLog.before")}</th>
                      <th scope="col">{t("adminOperations.auditLog.after")}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {changes.map((change) => (
                      <tr key={change.key} className={change.changed ? "audit-details__changed" : undefined}>
                        <th scope="row">
                          {change.key}
                          {change.changed ? (
                            <span className="visually-hidden">
                              {" "}
                              ({t("adminOperations.auditLog.changed")})
                            </span>
                          ) : null}
                        </th>
                        <td>
                          <pre>{shownValue(change.before)}</pre>
                        </td>
                        <td>
                          <pre>{shownValue(change.after)}</pre>
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              ) : (
                <dl>
                  <dt>{t("adminOperations.auditLog.before")}</dt>
                  <dd>
                    <pre>{shownValue(entry.oldValues)}</pre>
                  </dd>
                  <dt>{t("adminOperations.auditLog.after")}</dt>
                  <dd>
                    <pre>{shownValue(entry.newValues)}</pre>
                  </dd>
                </dl>
              )}
              <p className="muted">
                {t("adminOperations.auditLog.origin", {
                  ip: entry.ipAddress ?? "—",
                  agent: entry.userAgent ?? "—",
                })}
              </p>
            </div>
          </td>
        ) : null}
      </tr>
    </tbody>
  );
}

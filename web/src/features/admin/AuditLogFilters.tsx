import { type FormEvent, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { useQuery } from "urql";
import { FormField } from "../../components/FormField";
import { graphql } from "../../gql/gql";
import type { AuditLogFilter } from "../../gql/graphql";
import { type AuditFilterValues, auditLogFilter, KNOWN_ACTIONS, NO_FILTER } from "./audit-log";
import { useFieldError } from "./field-errors";

const AuditLogActorsQuery = graphql(`
  query AuditLogActors {
    users(first: 100, filter: { roles: [ADMIN] }) {
      nodes {
        id
        name
      }
    }
  }
`);

/** The audit filters the API offers (actor, action, entity, dates), applied together on submit. */
export function AuditLogFilters({
  entityTypes,
  onApply,
}: {
  entityTypes: string[];
  onApply: (filter: AuditLogFilter | null) => void;
}) {
  const { t } = useTranslation();
  const fieldError = useFieldError();
  const actionsId = useId();
  const typesId = useId();
  const [{ data: actors }] = useQuery({ query: AuditLogActorsQuery });
  const [values, setValues] = useState<AuditFilterValues>(NO_FILTER);
  const [errors, setErrors] = useState<Partial<Record<keyof AuditFilterValues, string>>>({});
  const set = (key: keyof AuditFilterValues) => (event: { target: { value: string } }) =>
    setValues((current) => ({ ...current, [key]: event.target.value }));

  const apply = (event: FormEvent) => {
    event.preventDefault();
    const result = auditLogFilter(values);
    if ("error" in result) {
      setErrors({ [result.field]: result.error });
      return;
    }
    setErrors({});
    onApply(result.filter);
  };
  const clear = () => {
    setValues(NO_FILTER);
    setErrors({});
    onApply(null);
  };

  return (
    <form
      className="form card section"
      onSubmit={apply}
      noValidate
      aria-label={t("adminOperations.auditLog.filters")}
    >
      <div className="form__row">
        <FormField label={t("adminOperations.auditLog.actor")}>
          <select value={values.actorId} onChange={set("actorId")}>
            <option value="">{t("adminOperations.auditLog.anyActor")}</option>
            {(actors?.users.nodes ?? []).map((user) => (
              <option key={user.id} value={user.id}>
                {user.name}
              </option>
            ))}
          </select>
        </FormField>
        <FormField
          label={t("adminOperations.auditLog.action")}
          hint={t("adminOperations.auditLog.actionHint")}
        >
          <input list={actionsId} autoComplete="off" value={values.action} onChange={set("action")} />
        </FormField>
        <datalist id={actionsId}>
          {KNOWN_ACTIONS.map((action) => (
            <option key={action} value={action} />
          ))}
        </datalist>
        <FormField
          label={t("adminOperations.auditLog.entityType")}
          hint={t("adminOperations.auditLog.exactHint")}
        >
          <input list={typesId} autoComplete="off" value={values.entityType} onChange={set("entityType")} />
        </FormField>
        <datalist id={typesId}>
          {entityTypes.map((type) => (
            <option key={type} value={type} />
          ))}
        </datalist>
        <FormField label={t("adminOperations.auditLog.entityId")}>
          <input autoComplete="off" value={values.entityId} onChange={set("entityId")} />
        </FormField>
      </div>
      <div className="form__row">
        <FormField label={t("adminOperations.auditLog.from")} error={fieldError(errors.from)}>
          <input type="date" value={values.from} onChange={set("from")} />
        </FormField>
        <FormField label={t("adminOperations.auditLog.to")} error={fieldError(errors.to)}>
          <input type="date" value={values.to} onChange={set("to")} />
        </FormField>
        <div className="form__actions">
          <button type="button" className="button--secondary" onClick={clear}>
            {t("adminOperations.auditLog.clear")}
          </button>
          <button type="submit">{t("adminOperations.filter")}</button>
        </div>
      </div>
    </form>
  );
}

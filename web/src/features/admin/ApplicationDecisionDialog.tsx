import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { useMutation } from "urql";
import { Dialog } from "../../components/Dialog";
import { FormField } from "../../components/FormField";
import { useUserErrorText } from "../../components/user-errors";
import { parseAmountToCents } from "../teaching/quote-total";
import {
  ApproveInstructorApplicationMutation,
  RejectInstructorApplicationMutation,
} from "./instructor-applications.graphql";

export type Decision = { kind: "approve" | "reject"; applicationId: string; name: string };

/**
 * Approve (optionally with the new expert's hourly rate) or reject with a
 * reason the applicant will read. Both are audited by the API.
 */
export function ApplicationDecisionDialog({
  decision,
  onClose,
  onDecided,
}: {
  decision: Decision | null;
  onClose: () => void;
  onDecided: (message: string) => void;
}) {
  const { t } = useTranslation();
  const userErrorText = useUserErrorText();
  const [approveState, approve] = useMutation(ApproveInstructorApplicationMutation);
  const [rejectState, reject] = useMutation(RejectInstructorApplicationMutation);
  const [reason, setReason] = useState("");
  const [rate, setRate] = useState("");
  const [currency, setCurrency] = useState("EUR");
  const [fieldErrors, setFieldErrors] = useState<{ reason?: string; rate?: string; currency?: string }>({});
  const [formError, setFormError] = useState<string | null>(null);

  const close = () => {
    setReason("");
    setRate("");
    setFieldErrors({});
    setFormError(null);
    onClose();
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!decision) return;
    setFormError(null);
    if (decision.kind === "reject") {
      if (!reason.trim()) return setFieldErrors({ reason: t("adminOperations.errors.reasonRequired") });
      if (reason.length > 2000) return setFieldErrors({ reason: t("adminOperations.errors.tooLong") });
    } else {
      const cents = parseAmountToCents(rate);
      if (!Number.isFinite(cents)) return setFieldErrors({ rate: t("adminOperations.errors.amount") });
      if (!/^[A-Za-z]{3}$/.test(currency.trim()))
        return setFieldErrors({ currency: t("adminOperations.errors.currency") });
    }
    setFieldErrors({});
    const result =
      decision.kind === "reject"
        ? await reject({ input: { applicationId: decision.applicationId, reason: reason.trim() } })
        : await approve({
            input: {
              applicationId: decision.applicationId,
              currency: currency.trim().toUpperCase(),
              hourlyRateCents: rate.trim() ? parseAmountToCents(rate) : null,
            },
          });
    const payload = result.data
      ? "rejectInstructorApplication" in result.data
        ? result.data.rejectInstructorApplication
        : result.data.approveInstructorApplication
      : null;
    if (payload?.application) {
      onDecided(
        decision.kind === "reject"
          ? t("adminOperations.applications.rejected", { name: decision.name })
          : t("adminOperations.applications.approved", { name: decision.name }),
      );
      close();
      return;
    }
    const userError = payload?.userErrors[0];
    if (userError?.field?.at(-1) === "reason") setFieldErrors({ reason: userErrorText(userError) });
    else setFormError(userError ? userErrorText(userError) : t("common.actionError"));
  };

  const fetching = approveState.fetching || rejectState.fetching;
  return (
    <Dialog
      title={
        decision?.kind === "reject"
          ? t("adminOperations.applications.rejectTitle", { name: decision.name })
          : t("adminOperations.applications.approveTitle", { name: decision?.name ?? "" })
      }
      open={decision !== null}
      onClose={close}
    >
      <form className="form" onSubmit={(event) => void submit(event)} noValidate>
        {formError ? (
          <p className="notice notice--error" role="alert">
            {formError}
          </p>
        ) : null}
        {decision?.kind === "reject" ? (
          <FormField
            label={t("adminOperations.applications.reason")}
            hint={t("adminOperations.applications.reasonHint")}
            error={fieldErrors.reason}
          >
            <textarea rows={4} value={reason} onChange={(event) => setReason(event.target.value)} />
          </FormField>
        ) : (
          <>
            <p>{t("adminOperations.applications.approveExplain")}</p>
            <div className="form__row">
              <FormField
                label={t("adminOperations.applications.hourlyRate")}
                hint={t("adminOperations.discountCodes.optional")}
                error={fieldErrors.rate}
              >
                <input inputMode="decimal" value={rate} onChange={(event) => setRate(event.target.value)} />
              </FormField>
              <FormField label={t("adminOperations.discountCodes.currency")} error={fieldErrors.currency}>
                <input maxLength={3} value={currency} onChange={(event) => setCurrency(event.target.value)} />
              </FormField>
            </div>
          </>
        )}
        <div className="form__actions">
          <button type="button" className="button--secondary" onClick={close}>
            {t("common.cancel")}
          </button>
          <button
            type="submit"
            className={decision?.kind === "reject" ? "button--danger" : undefined}
            disabled={fetching}
          >
            {decision?.kind === "reject"
              ? t("adminOperations.applications.confirmReject")
              : t("adminOperations.applications.confirmApprove")}
          </button>
        </div>
      </form>
    </Dialog>
  );
}

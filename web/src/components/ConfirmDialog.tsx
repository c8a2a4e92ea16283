import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Dialog } from "./Dialog";

/**
 * "Really do this?" for what cannot be undone (deleting a module takes its lessons with it), so it
 * is never one click. The API's refusal stays in the dialog; it closes once the thing is done.
 */
export function ConfirmDialog({
  title,
  body,
  confirmLabel,
  busyLabel,
  open = true,
  onConfirm,
  onClose,
}: {
  title: string;
  body: string;
  confirmLabel: string;
  /** The confirm button's words while it works (its own words when not given). */
  busyLabel?: string;
  /** For a dialog kept mounted between uses; one mounted only while asked is open. */
  open?: boolean;
  /** Does it; resolves with an error message, or null when done (the dialog then closes). */
  onConfirm: () => Promise<string | null>;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const close = () => {
    setError(null);
    onClose();
  };
  const confirm = async () => {
    setBusy(true);
    setError(null);
    const problem = await onConfirm();
    setBusy(false);
    if (problem) setError(problem);
    else close();
  };

  return (
    <Dialog title={title} open={open} onClose={close}>
      <p>{body}</p>
      {error ? (
        <p className="notice notice--error" role="alert">
          {error}
        </p>
      ) : null}
      <div className="form__actions">
        <button type="button" className="button--secondary" onClick={close}>
          {t("common.cancel")}
        </button>
        <button type="button" className="button--danger" disabled={busy} onClick={() => void confirm()}>
          {busy ? (busyLabel ?? confirmLabel) : confirmLabel}
        </button>
      </div>
    </Dialog>
  );
}

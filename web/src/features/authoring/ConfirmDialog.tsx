import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Dialog } from "../../components/Dialog";

/** "Really delete this?" — deleting a module takes its lessons with it, so it is never one click. */
export function ConfirmDialog({
  title,
  body,
  confirmLabel,
  onConfirm,
  onClose,
}: {
  title: string;
  body: string;
  confirmLabel: string;
  /** Does it; resolves with an error message, or null when done (the dialog then closes). */
  onConfirm: () => Promise<string | null>;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const confirm = async () => {
    setBusy(true);
    setError(null);
    const problem = await onConfirm();
    setBusy(false);
    if (problem) setError(problem);
    else onClose();
  };

  return (
    <Dialog title={title} open onClose={onClose}>
      <p>{body}</p>
      {error ? (
        <p className="notice notice--error" role="alert">
          {error}
        </p>
      ) : null}
      <div className="form__actions">
        <button type="button" className="button--secondary" onClick={onClose}>
          {t("common.cancel")}
        </button>
        <button type="button" className="button--danger" disabled={busy} onClick={() => void confirm()}>
          {busy ? t("authoring.deleting") : confirmLabel}
        </button>
      </div>
    </Dialog>
  );
}

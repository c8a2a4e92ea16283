import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useMutation } from "urql";
import { Dialog } from "../../components/Dialog";
import { useUserErrorText } from "../../components/user-errors";
import { DeleteDiscountCodeMutation } from "./discount-codes.graphql";

/** Asks before deleting; a code already redeemed cannot go (the API says so, and we show it). */
export function DeleteDiscountCodeDialog({
  target,
  onClose,
  onDeleted,
}: {
  target: { id: string; code: string } | null;
  onClose: () => void;
  onDeleted: (code: string) => void;
}) {
  const { t } = useTranslation();
  const userErrorText = useUserErrorText();
  const [state, remove] = useMutation(DeleteDiscountCodeMutation);
  const [error, setError] = useState<string | null>(null);

  const close = () => {
    setError(null);
    onClose();
  };
  const confirm = async () => {
    if (!target) return;
    setError(null);
    const result = await remove({ input: { id: target.id } });
    const payload = result.data?.deleteDiscountCode;
    if (payload?.deletedDiscountCodeId) {
      onDeleted(target.code);
      return;
    }
    setError(payload?.userErrors[0] ? userErrorText(payload.userErrors[0]) : t("common.actionError"));
  };

  return (
    <Dialog title={t("adminOperations.discountCodes.deleteTitle")} open={target !== null} onClose={close}>
      <p>{t("adminOperations.discountCodes.deleteQuestion", { code: target?.code ?? "" })}</p>
      {error ? (
        <p className="notice notice--error" role="alert">
          {error}
        </p>
      ) : null}
      <div className="form__actions">
        <button type="button" className="button--secondary" onClick={close}>
          {t("common.cancel")}
        </button>
        <button
          type="button"
          className="button--danger"
          disabled={state.fetching}
          onClick={() => void confirm()}
        >
          {t("adminOperations.discountCodes.confirmDelete")}
        </button>
      </div>
    </Dialog>
  );
}

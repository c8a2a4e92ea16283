import { useTranslation } from "react-i18next";
import { useMutation } from "urql";
import { ConfirmDialog } from "../../components/ConfirmDialog";
import { useFailureText } from "../../components/user-errors";
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
  const failureText = useFailureText();
  const [, remove] = useMutation(DeleteDiscountCodeMutation);

  return (
    <ConfirmDialog
      open={target !== null}
      title={t("adminOperations.discountCodes.deleteTitle")}
      body={t("adminOperations.discountCodes.deleteQuestion", { code: target?.code ?? "" })}
      confirmLabel={t("adminOperations.discountCodes.confirmDelete")}
      onClose={onClose}
      onConfirm={async () => {
        if (!target) return null;
        const result = await remove({ input: { id: target.id } });
        const payload = result.data?.deleteDiscountCode;
        if (!payload?.deletedDiscountCodeId) return failureText(payload?.userErrors);
        onDeleted(target.code);
        return null;
      }}
    />
  );
}

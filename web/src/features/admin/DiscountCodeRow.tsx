import { useTranslation } from "react-i18next";
import { Badge, type BadgeTone } from "../../components/Badge";
import { type FragmentType, useFragment } from "../../gql/fragment-masking";
import { graphql } from "../../gql/gql";
import type { DiscountCodeRow_DiscountCodeFragment as DiscountCodeRowData } from "../../gql/graphql";
import { useFormat } from "../../i18n/format";

export const DiscountCodeRow_DiscountCodeFragment = graphql(`
  fragment DiscountCodeRow_DiscountCode on DiscountCode {
    id
    code
    description
    discountType
    discountValue
    currency
    minPurchase {
      amountCents
      currency
    }
    scope
    format
    courseTypeRestriction
    applicableCourseIds
    usedCount
    maxUses
    maxUsesPerUser
    validFrom
    validUntil
    isActive
  }
`);

type CodeState = "active" | "inactive" | "expired" | "scheduled" | "usedUp";
const TONES: Record<CodeState, BadgeTone> = {
  active: "success",
  inactive: "neutral",
  expired: "neutral",
  scheduled: "info",
  usedUp: "warning",
};

/** Whether a customer could use the code now, in the order checkout checks it. */
export function codeState(code: DiscountCodeRowData, now = Date.now()): CodeState {
  if (!code.isActive) return "inactive";
  if (Date.parse(code.validFrom) > now) return "scheduled";
  if (code.validUntil && Date.parse(code.validUntil) <= now) return "expired";
  if (code.maxUses != null && code.usedCount >= code.maxUses) return "usedUp";
  return "active";
}

/** One discount code in the admin table: what it takes off, where, how often, when. */
export function DiscountCodeRow({
  code: codeRef,
  onEdit,
  onDelete,
}: {
  code: FragmentType<typeof DiscountCodeRow_DiscountCodeFragment>;
  onEdit: () => void;
  onDelete: () => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const code = useFragment(DiscountCodeRow_DiscountCodeFragment, codeRef);
  const state = codeState(code);
  const amount =
    code.discountType === "PERCENTAGE"
      ? format.percent(code.discountValue / 100)
      : format.money({ amountCents: code.discountValue, currency: code.currency ?? "EUR" });
  const restrictions = [
    code.format ? t(`enums.format.${code.format}`) : null,
    code.courseTypeRestriction,
    code.applicableCourseIds.length
      ? t("adminOperations.discountCodes.courseCount", { count: code.applicableCourseIds.length })
      : null,
  ].filter(Boolean);

  return (
    <tr>
      <th scope="row">
        <code>{code.code}</code>
        {code.description ? <div className="muted">{code.description}</div> : null}
      </th>
      <td>
        {amount}
        {code.minPurchase ? (
          <div className="muted">
            {t("adminOperations.discountCodes.minimum", { amount: format.money(code.minPurchase) })}
          </div>
        ) : null}
      </td>
      <td>
        {t(`adminOperations.scopes.${code.scope}`)}
        {restrictions.length ? <div className="muted">{restrictions.join(" · ")}</div> : null}
      </td>
      <td>
        {code.maxUses == null
          ? t("adminOperations.discountCodes.usesUnlimited", { used: code.usedCount })
          : t("adminOperations.discountCodes.uses", { used: code.usedCount, max: code.maxUses })}
        <div className="muted">
          {code.maxUsesPerUser == null
            ? t("adminOperations.discountCodes.perUserUnlimited")
            : t("adminOperations.discountCodes.perUser", { count: code.maxUsesPerUser })}
        </div>
      </td>
      <td>
        {format.date(code.validFrom)} –{" "}
        {code.validUntil ? format.date(code.validUntil) : t("adminOperations.discountCodes.noEnd")}
      </td>
      <td>
        <Badge tone={TONES[state]}>{t(`adminOperations.codeStates.${state}`)}</Badge>
      </td>
      <td>
        <div className="admin-actions">
          <button
            type="button"
            className="button--small"
            onClick={onEdit}
            aria-label={t("adminOperations.discountCodes.editNamed", { code: code.code })}
          >
            {t("adminOperations.edit")}
          </button>
          <button
            type="button"
            className="button--small button--danger"
            onClick={onDelete}
            aria-label={t("adminOperations.discountCodes.deleteNamed", { code: code.code })}
          >
            {t("adminOperations.delete")}
          </button>
        </div>
      </td>
    </tr>
  );
}

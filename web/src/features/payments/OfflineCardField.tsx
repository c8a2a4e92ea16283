import { useTranslation } from "react-i18next";
import { FormField } from "../../components/FormField";

/** Stripe's test payment methods, which the offline gateway simulates (and Stripe test mode accepts). */
export const TEST_CARDS = { succeeds: "pm_card_visa", declines: "pm_card_chargeDeclined" } as const;

/**
 * The card of a checkout without Stripe Elements: a test card chosen here and
 * sent with the checkout. `simulated` says the offline gateway moves no money.
 */
export function OfflineCardField({
  simulated,
  value,
  onChange,
}: {
  simulated: boolean;
  value: string;
  onChange: (paymentMethodId: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <>
      <p className="notice notice--info">
        {simulated ? t("bookings.offlineNotice") : t("payments.stripeTestNotice")}
      </p>
      <FormField label={t("bookings.testCard")}>
        <select value={value} onChange={(event) => onChange(event.target.value)}>
          <option value={TEST_CARDS.succeeds}>{t("bookings.cardSucceeds")}</option>
          <option value={TEST_CARDS.declines}>{t("bookings.cardDeclines")}</option>
        </select>
      </FormField>
    </>
  );
}

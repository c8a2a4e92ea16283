import { useTranslation } from "react-i18next";
import { Link } from "react-router";

/**
 * The way to pay what accepting a quote opened (the API's `QuotePayment`): a link to
 * the payment's page, when a card payment is still due. Signing in comes first there.
 */
export function PayNowLink({ payment }: { payment: { status: string; paymentId?: string | null } | null }) {
  const { t } = useTranslation();
  if (payment?.status !== "REQUIRES_ACTION" || !payment.paymentId) return null;
  return (
    <Link className="button" to={`/payments/${encodeURIComponent(payment.paymentId)}`}>
      {t("payments.payNow")}
    </Link>
  );
}

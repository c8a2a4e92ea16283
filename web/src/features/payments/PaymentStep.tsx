import { lazy, Suspense } from "react";
import { useTranslation } from "react-i18next";
import { LoadingState } from "../../components/states";
import type { CardMethod, PaidResult, PaymentDue } from "./card-method";
import { OfflineCardField } from "./OfflineCardField";

// Stripe.js and its React bindings are a chunk of their own, fetched on the Elements path only.
const StripePayment = lazy(() => import("./StripePayment"));

/**
 * The card part of a checkout, chosen from the API's `paymentSettings`:
 * - Stripe with a publishable key: a note that the card comes next, then, once
 *   the checkout created the payment (`due`), Stripe Elements for it;
 * - otherwise the test card, sent with the checkout itself.
 */
export function PaymentStep({
  method,
  due,
  card,
  onCardChange,
  onPaid,
  onCancel,
}: {
  method: CardMethod;
  /** The payment to confirm; only given when `confirmsWithElements(method, due)`. */
  due: PaymentDue | null;
  card: string;
  onCardChange: (paymentMethodId: string) => void;
  onPaid: (result: PaidResult) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  if (method.kind === "loading") return <LoadingState label={t("payments.loadingSettings")} />;
  if (method.kind === "testCard") {
    return <OfflineCardField simulated={method.simulated} value={card} onChange={onCardChange} />;
  }
  if (!due) return <p className="notice notice--info">{t("payments.cardNext")}</p>;
  return (
    <Suspense fallback={<LoadingState label={t("payments.loadingForm")} />}>
      <StripePayment publishableKey={method.publishableKey} due={due} onPaid={onPaid} onCancel={onCancel} />
    </Suspense>
  );
}

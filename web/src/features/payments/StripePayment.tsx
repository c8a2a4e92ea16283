import { Elements, PaymentElement, useElements, useStripe } from "@stripe/react-stripe-js";
import type { Stripe, StripeElementsOptions } from "@stripe/stripe-js";
import { type FormEvent, useEffect, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { useMutation } from "urql";
import { ErrorState, LoadingState } from "../../components/states";
import { useFailureText } from "../../components/user-errors";
import { useFormat } from "../../i18n/format";
import type { PaidResult, PaymentDue } from "./card-method";
import { ConfirmCardPaymentMutation } from "./payments.graphql";
import { stripeFor } from "./stripe-loader";

type Props = {
  publishableKey: string;
  due: PaymentDue;
  onPaid: (result: PaidResult) => void;
  onCancel: () => void;
};

/** Stripe Elements for a payment the checkout created: loads Stripe.js, then the card form. */
export default function StripePayment({ publishableKey, due, onPaid, onCancel }: Props) {
  const { t, i18n } = useTranslation();
  const [stripe, setStripe] = useState<Stripe | null>(null);
  const [loadFailed, setLoadFailed] = useState(false);
  // A new promise (a retry after a failed load) starts the loading over.
  const [loading, setLoading] = useState(() => stripeFor(publishableKey));
  useEffect(() => {
    let current = true;
    setLoadFailed(false);
    loading.then(
      (loaded) => {
        if (!current) return;
        if (loaded) setStripe(loaded);
        else setLoadFailed(true);
      },
      () => current && setLoadFailed(true),
    );
    return () => {
      current = false;
    };
  }, [loading]);
  const locale = i18n.resolvedLanguage === "fr" ? "fr" : "en";
  const options = useMemo<StripeElementsOptions>(
    () => ({ clientSecret: due.clientSecret, locale }),
    [due.clientSecret, locale],
  );

  if (loadFailed) {
    return (
      <ErrorState message={t("payments.loadFailed")} onRetry={() => setLoading(stripeFor(publishableKey))} />
    );
  }
  if (!stripe) return <LoadingState label={t("payments.loadingForm")} />;
  return (
    // The client secret cannot change on an Elements instance: a new payment gets a new one.
    <Elements key={due.clientSecret} stripe={stripe} options={options}>
      <CardForm due={due} onPaid={onPaid} onCancel={onCancel} />
    </Elements>
  );
}

type Message = { tone: "error" | "info"; text: string };

function CardForm({ due, onPaid, onCancel }: Omit<Props, "publishableKey">) {
  const { t } = useTranslation();
  const format = useFormat();
  const failureText = useFailureText();
  const stripe = useStripe();
  const elements = useElements();
  const [, confirmPayment] = useMutation(ConfirmCardPaymentMutation);
  const [message, setMessage] = useState<Message | null>(null);
  const [paying, setPaying] = useState(false);

  /** The API applies the intent Stripe.js just confirmed; its answer says whether the checkout is done. */
  const settle = async (): Promise<Message | null> => {
    const result = await confirmPayment({ input: { paymentId: due.paymentId } });
    const payload = result.data?.confirmPayment;
    const payment = payload?.payment;
    if (payment?.status === "SUCCEEDED" || payment?.status === "AUTHORIZED") {
      onPaid({ bookingReference: payload?.booking?.reference ?? null });
      return null;
    }
    // Some cards settle later; the webhook completes the checkout then.
    if (payment?.status === "PENDING") return { tone: "info", text: t("payments.processing") };
    if (payment?.status === "FAILED")
      return { tone: "error", text: payment.failureReason ?? t("userErrors.PAYMENT_FAILED") };
    return { tone: "error", text: failureText(payload?.userErrors) };
  };

  const pay = async (event: FormEvent) => {
    event.preventDefault();
    if (!stripe || !elements) return;
    setPaying(true);
    setMessage(null);
    try {
      const { error } = await stripe.confirmPayment({
        elements,
        redirect: "if_required",
        // Only for payment methods that leave the page; cards stay here.
        confirmParams: { return_url: window.location.href },
      });
      // Stripe's own words (a declined card, an incomplete field), already in the visitor's language.
      setMessage(
        error ? { tone: "error", text: error.message ?? t("payments.notConfirmed") } : await settle(),
      );
    } finally {
      setPaying(false);
    }
  };

  return (
    <form className="form" onSubmit={pay}>
      <fieldset className="payment-element">
        <legend>{t("payments.cardDetails")}</legend>
        <PaymentElement options={{ layout: "tabs" }} />
      </fieldset>
      {message ? (
        <p className={`notice notice--${message.tone}`} role={message.tone === "error" ? "alert" : "status"}>
          {message.text}
        </p>
      ) : null}
      <div className="form__actions">
        <button type="button" className="button--secondary" onClick={onCancel}>
          {t("common.cancel")}
        </button>
        <button type="submit" disabled={!stripe || !elements || paying}>
          {paying ? t("payments.paying") : t("payments.pay", { amount: format.money(due.amount) })}
        </button>
      </div>
    </form>
  );
}

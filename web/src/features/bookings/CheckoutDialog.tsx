import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { Dialog } from "../../components/Dialog";
import { FormField } from "../../components/FormField";
import { type MoneyValue, useFormat } from "../../i18n/format";
import {
  confirmsWithElements,
  type PaidResult,
  type PaymentDue,
  useCardMethod,
} from "../payments/card-method";
import { TEST_CARDS } from "../payments/OfflineCardField";
import { PaymentStep } from "../payments/PaymentStep";
import type { DiscountPreview } from "./discount";

/** `paymentMethodId` is null when the card is taken afterwards, with Stripe Elements. */
export type CheckoutInput = {
  paymentMethodId: string | null;
  discountCode: string | null;
  notes: string | null;
};

/** An error to show, null when the checkout went through, or a card payment still to confirm. */
export type CheckoutOutcome = string | null | { paymentDue: PaymentDue };

/**
 * Checkout of a course, a tutoring slot or a class seat, in two steps when
 * Stripe Elements takes the card (the checkout creates the payment, then the
 * card confirms it), in one with a test card (the offline gateway, the
 * embedded default, says it is simulated). The API's userErrors are shown here.
 */
export function CheckoutDialog({
  open,
  summary,
  price,
  onClose,
  onSubmit,
  onPaid,
  previewDiscount,
  submitLabel,
  withNotes = true,
}: {
  open: boolean;
  summary: string;
  price: MoneyValue;
  onClose: () => void;
  /** Resolves to an error message, null when the checkout went through, or a payment still due. */
  onSubmit: (input: CheckoutInput) => Promise<CheckoutOutcome>;
  /**
   * Called once a payment due was confirmed with Stripe Elements. Without it the
   * checkout cannot take a payment due, so it keeps sending a test card.
   */
  onPaid?: (result: PaidResult) => void;
  /** Checks a discount code before paying (validateDiscountCode). */
  previewDiscount?: (code: string) => Promise<DiscountPreview>;
  /** The pay button, e.g. "Buy for {amount}"; defaults to "Book and pay {amount}". */
  submitLabel?: (amount: string) => string;
  withNotes?: boolean;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const method = useCardMethod(onPaid !== undefined);
  const [card, setCard] = useState<string>(TEST_CARDS.succeeds);
  const [discountCode, setDiscountCode] = useState("");
  const [notes, setNotes] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const [due, setDue] = useState<PaymentDue | null>(null);
  const [preview, setPreview] = useState<{ code: string; result: DiscountPreview } | null>(null);
  const code = discountCode.trim();
  const applied = preview && preview.code === code && preview.result.valid ? preview.result : null;
  const total = applied ? applied.finalPrice : price;

  const apply = async () => {
    if (!previewDiscount || !code) return;
    setPreview({ code, result: await previewDiscount(code) });
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSubmitting(true);
    setError(null);
    try {
      const outcome = await onSubmit({
        paymentMethodId: method.kind === "testCard" ? card : null,
        discountCode: code || null,
        notes: notes.trim() || null,
      });
      if (outcome !== null && typeof outcome === "object") {
        if (confirmsWithElements(method, outcome.paymentDue)) setDue(outcome.paymentDue);
        else setError(t("payments.actionUnsupported"));
      } else {
        setError(outcome);
      }
    } finally {
      setSubmitting(false);
    }
  };

  const paymentStep = (
    <PaymentStep
      method={method}
      due={due}
      card={card}
      onCardChange={setCard}
      onPaid={(result) => onPaid?.(result)}
      onCancel={onClose}
    />
  );

  return (
    <Dialog title={t("bookings.checkoutTitle")} open={open} onClose={onClose}>
      {due ? (
        <div className="form">
          <p>{summary}</p>
          <p className="checkout__total">
            {t("bookings.total")}: <strong>{format.money(due.amount)}</strong>
          </p>
          {paymentStep}
        </div>
      ) : (
        <form className="form" onSubmit={submit}>
          <p>{summary}</p>
          <p className="checkout__total" aria-live="polite">
            {t("bookings.total")}: {applied ? <s>{format.money(price)}</s> : null}{" "}
            <strong>{format.money(total)}</strong>
            {applied
              ? ` (${t("bookings.discountApplied", { amount: format.money(applied.discount) })})`
              : null}
          </p>
          {error ? (
            <p className="notice notice--error" role="alert">
              {error}
            </p>
          ) : null}
          {paymentStep}
          <div className="inline-form">
            <FormField
              label={t("bookings.discountCode")}
              error={
                preview && preview.code === code && !preview.result.valid
                  ? (preview.result.message ?? t("bookings.discountInvalid"))
                  : undefined
              }
            >
              <input
                value={discountCode}
                onChange={(event) => setDiscountCode(event.target.value)}
                autoComplete="off"
              />
            </FormField>
            {previewDiscount ? (
              <button
                type="button"
                className="button--secondary"
                disabled={!code}
                onClick={() => void apply()}
              >
                {t("bookings.applyDiscount")}
              </button>
            ) : null}
          </div>
          {withNotes ? (
            <FormField label={t("bookings.notes")}>
              <textarea
                value={notes}
                rows={3}
                maxLength={2000}
                onChange={(event) => setNotes(event.target.value)}
              />
            </FormField>
          ) : null}
          <div className="form__actions">
            <button type="button" className="button--secondary" onClick={onClose}>
              {t("common.cancel")}
            </button>
            <button type="submit" disabled={submitting || method.kind === "loading"}>
              {submitting
                ? t("bookings.paying")
                : method.kind === "elements"
                  ? t("payments.continue")
                  : (submitLabel ?? ((amount: string) => t("bookings.pay", { amount })))(format.money(total))}
            </button>
          </div>
        </form>
      )}
    </Dialog>
  );
}

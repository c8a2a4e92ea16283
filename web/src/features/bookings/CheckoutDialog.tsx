import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { Dialog } from "../../components/Dialog";
import { FormField } from "../../components/FormField";
import { type MoneyValue, useFormat } from "../../i18n/format";
import type { DiscountPreview } from "./discount";

/** Stripe's test payment methods, which the offline gateway simulates. */
export const TEST_CARDS = { succeeds: "pm_card_visa", declines: "pm_card_chargeDeclined" } as const;

export type CheckoutInput = { paymentMethodId: string; discountCode: string | null; notes: string | null };

/**
 * Checkout with the API's offline gateway (the embedded default): the card is
 * a simulated test card, and the dialog says so. The API answers with the
 * booking or with userErrors, shown here.
 */
export function CheckoutDialog({
  open,
  summary,
  price,
  onClose,
  onSubmit,
  previewDiscount,
  submitLabel,
  withNotes = true,
}: {
  open: boolean;
  summary: string;
  price: MoneyValue;
  onClose: () => void;
  /** Resolves to an error message to show, or null when the booking went through. */
  onSubmit: (input: CheckoutInput) => Promise<string | null>;
  /** Checks a discount code before paying (validateDiscountCode). */
  previewDiscount?: (code: string) => Promise<DiscountPreview>;
  /** The pay button, e.g. "Buy for {amount}"; defaults to "Book and pay {amount}". */
  submitLabel?: (amount: string) => string;
  withNotes?: boolean;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const [card, setCard] = useState<string>(TEST_CARDS.succeeds);
  const [discountCode, setDiscountCode] = useState("");
  const [notes, setNotes] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);
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
      const message = await onSubmit({
        paymentMethodId: card,
        discountCode: code || null,
        notes: notes.trim() || null,
      });
      setError(message);
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <Dialog title={t("bookings.checkoutTitle")} open={open} onClose={onClose}>
      <form className="form" onSubmit={submit}>
        <p>{summary}</p>
        <p className="checkout__total" aria-live="polite">
          {t("bookings.total")}: {applied ? <s>{format.money(price)}</s> : null}{" "}
          <strong>{format.money(total)}</strong>
          {applied ? ` (${t("bookings.discountApplied", { amount: format.money(applied.discount) })})` : null}
        </p>
        {error ? (
          <p className="notice notice--error" role="alert">
            {error}
          </p>
        ) : null}
        <p className="notice notice--info">{t("bookings.offlineNotice")}</p>
        <FormField label={t("bookings.testCard")}>
          <select value={card} onChange={(event) => setCard(event.target.value)}>
            <option value={TEST_CARDS.succeeds}>{t("bookings.cardSucceeds")}</option>
            <option value={TEST_CARDS.declines}>{t("bookings.cardDeclines")}</option>
          </select>
        </FormField>
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
            <button type="button" className="button--secondary" disabled={!code} onClick={() => void apply()}>
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
          <button type="submit" disabled={submitting}>
            {submitting
              ? t("bookings.paying")
              : (submitLabel ?? ((amount: string) => t("bookings.pay", { amount })))(format.money(total))}
          </button>
        </div>
      </form>
    </Dialog>
  );
}

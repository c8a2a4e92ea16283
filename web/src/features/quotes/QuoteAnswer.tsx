import { useState } from "react";
import { useTranslation } from "react-i18next";
import { FormField } from "../../components/FormField";
import { type ShownUserError, useFailureText } from "../../components/user-errors";
import type { QuoteDecision } from "../../gql/graphql";

/** What the API says happens after an accepted quote (a payment to make, or none). */
export type QuotePayment = { status: string; message: string; paymentId?: string | null };

/** The part of respondToCourseQuote's payload the answer reads. */
type Answered =
  | { quote?: object | null; payment?: QuotePayment | null; userErrors: ReadonlyArray<ShownUserError> }
  | null
  | undefined;

/**
 * Accept or reject an open quote, with an optional message. The student on their course page and
 * the client following the emailed link answer the same way; only how the quote is named differs
 * (by id, by token), so `respond` sends the mutation and this says why when the API refuses.
 */
export function QuoteAnswer({
  fetching,
  respond,
  onAnswered,
}: {
  fetching: boolean;
  respond: (decision: QuoteDecision, message: string | null) => Promise<Answered>;
  onAnswered: (payment: QuotePayment | null) => void;
}) {
  const { t } = useTranslation();
  const failureText = useFailureText();
  const [message, setMessage] = useState("");
  const [error, setError] = useState<string | null>(null);

  const answer = async (decision: QuoteDecision) => {
    setError(null);
    const payload = await respond(decision, message.trim() || null);
    if (payload?.quote) return onAnswered(payload.payment ?? null);
    setError(failureText(payload?.userErrors));
  };

  return (
    <>
      {error ? (
        <p className="notice notice--error" role="alert">
          {error}
        </p>
      ) : null}
      <FormField label={t("quotes.responseMessage")}>
        <textarea value={message} rows={3} maxLength={2000} onChange={(e) => setMessage(e.target.value)} />
      </FormField>
      <div className="form__actions">
        <button
          type="button"
          className="button--secondary"
          disabled={fetching}
          onClick={() => void answer("REJECT")}
        >
          {fetching ? t("quotes.sending") : t("quotes.reject")}
        </button>
        <button type="button" disabled={fetching} onClick={() => void answer("ACCEPT")}>
          {fetching ? t("quotes.sending") : t("quotes.accept")}
        </button>
      </div>
    </>
  );
}

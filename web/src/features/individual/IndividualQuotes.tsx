import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useMutation } from "urql";
import { Badge } from "../../components/Badge";
import { FormField } from "../../components/FormField";
import { useUserErrorText } from "../../components/user-errors";
import { type FragmentType, useFragment } from "../../gql/fragment-masking";
import { graphql } from "../../gql/gql";
import type { QuoteDecision } from "../../gql/graphql";
import { useFormat } from "../../i18n/format";
import { PayNowLink } from "../payments/PayNowLink";
import { QuoteSummary } from "../quotes/QuoteSummary";
import { QUOTE_TONES } from "../quotes/quote-status";

export const IndividualQuote_CourseQuoteFragment = graphql(`
  fragment IndividualQuote_CourseQuote on CourseQuote {
    id
    quoteNumber
    status
    sentAt
    respondedAt
    clientResponse
    validUntil
    totalPrice {
      amountCents
      currency
    }
    ...QuoteSummary_CourseQuote
  }
`);

const AnswerQuoteMutation = graphql(`
  mutation AnswerIndividualQuote($input: RespondToCourseQuoteInput!) {
    respondToCourseQuote(input: $input) {
      quote {
        id
        status
        respondedAt
        clientResponse
        individualCourse {
          id
          status
          paymentStatus
        }
      }
      payment {
        status
        message
        checkoutUrl
        paymentId
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

const OPEN = new Set(["SENT", "VIEWED"]);

/** Accept or reject an open quote as the signed-in student, with an optional message. */
type Payment = { status: string; message: string; paymentId?: string | null };

function AnswerQuote({
  quoteId,
  onAnswered,
}: {
  quoteId: string;
  onAnswered: (payment: Payment | null) => void;
}) {
  const { t } = useTranslation();
  const userErrorText = useUserErrorText();
  const [message, setMessage] = useState("");
  const [state, respond] = useMutation(AnswerQuoteMutation);
  const [error, setError] = useState<string | null>(null);

  const answer = async (decision: QuoteDecision) => {
    setError(null);
    const result = await respond({ input: { quoteId, decision, message: message.trim() || null } });
    const payload = result.data?.respondToCourseQuote;
    if (payload?.quote) return onAnswered(payload.payment ?? null);
    const userError = payload?.userErrors[0];
    setError(userError ? userErrorText(userError) : t("common.actionError"));
  };

  return (
    <div className="quote-response">
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
          disabled={state.fetching}
          onClick={() => void answer("REJECT")}
        >
          {state.fetching ? t("quotes.sending") : t("quotes.reject")}
        </button>
        <button type="button" disabled={state.fetching} onClick={() => void answer("ACCEPT")}>
          {state.fetching ? t("quotes.sending") : t("quotes.accept")}
        </button>
      </div>
    </div>
  );
}

/** After accepting: what the API says happens next, and the way to pay when a payment is due. */
function QuotePaymentNotice({ payment }: { payment: Payment }) {
  const { t } = useTranslation();
  return (
    <div className="notice notice--success" role="status">
      <p>{t("quotes.paymentNext", { message: payment.message })}</p>
      <PayNowLink payment={payment} />
    </div>
  );
}

function QuoteItem(props: {
  quote: FragmentType<typeof IndividualQuote_CourseQuoteFragment>;
  canAnswer: boolean;
}) {
  const quote = useFragment(IndividualQuote_CourseQuoteFragment, props.quote);
  const { t } = useTranslation();
  const format = useFormat();
  const open = OPEN.has(quote.status);
  const [payment, setPayment] = useState<Payment | null>(null);
  return (
    // Just answered here: it stays unfolded, so what happens next (and the way to pay) shows.
    <details className="card" open={open || payment !== null}>
      <summary>
        {t("quotes.title", { number: quote.quoteNumber })} ·{" "}
        <Badge tone={QUOTE_TONES[quote.status]}>{t(`enums.quoteStatus.${quote.status}`)}</Badge> ·{" "}
        {format.money(quote.totalPrice)}
      </summary>
      <QuoteSummary quote={quote} />
      {quote.respondedAt ? (
        <p className="muted">
          {quote.status === "ACCEPTED"
            ? t("quotes.accepted", { date: format.date(quote.respondedAt) })
            : t("quotes.rejected", { date: format.date(quote.respondedAt) })}
        </p>
      ) : null}
      {quote.clientResponse ? <p>{t("quotes.yourMessage", { message: quote.clientResponse })}</p> : null}
      {payment ? <QuotePaymentNotice payment={payment} /> : null}
      {open && props.canAnswer ? <AnswerQuote quoteId={quote.id} onAnswered={setPayment} /> : null}
    </details>
  );
}

/** The course's quotes, newest first; the student answers an open one right here. */
export function IndividualQuotes({
  quotes,
  canAnswer,
}: {
  quotes: ReadonlyArray<{ id: string } & FragmentType<typeof IndividualQuote_CourseQuoteFragment>>;
  canAnswer: boolean;
}) {
  const { t } = useTranslation();
  if (!quotes.length) return null;
  return (
    <section className="section" aria-labelledby="quotes-title">
      <h2 id="quotes-title">{t("student.individual.quotes")}</h2>
      <ul className="list">
        {quotes.map((quote) => (
          <li key={quote.id}>
            <QuoteItem quote={quote} canAnswer={canAnswer} />
          </li>
        ))}
      </ul>
    </section>
  );
}

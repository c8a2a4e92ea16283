import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useMutation } from "urql";
import { Badge } from "../../components/Badge";
import { type FragmentType, useFragment } from "../../gql/fragment-masking";
import { graphql } from "../../gql/gql";
import { useFormat } from "../../i18n/format";
import { PayNowLink } from "../payments/PayNowLink";
import { QuoteAnswer, type QuotePayment } from "../quotes/QuoteAnswer";
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

/** The signed-in student answers an open quote of theirs, named by its id. */
function AnswerQuote({
  quoteId,
  onAnswered,
}: {
  quoteId: string;
  onAnswered: (payment: QuotePayment | null) => void;
}) {
  const [state, respond] = useMutation(AnswerQuoteMutation);
  return (
    <div className="quote-response">
      <QuoteAnswer
        fetching={state.fetching}
        respond={async (decision, message) =>
          (await respond({ input: { quoteId, decision, message } })).data?.respondToCourseQuote
        }
        onAnswered={onAnswered}
      />
    </div>
  );
}

/** After accepting: what the API says happens next, and the way to pay when a payment is due. */
function QuotePaymentNotice({ payment }: { payment: QuotePayment }) {
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
  const [payment, setPayment] = useState<QuotePayment | null>(null);
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

import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useLocation } from "react-router";
import { useMutation, useQuery } from "urql";
import { Badge } from "../../components/Badge";
import { ErrorState, isNotFound, LoadingState } from "../../components/states";
import { graphql } from "../../gql/gql";
import { useFormat } from "../../i18n/format";
import { PayNowLink } from "../payments/PayNowLink";
import { QuoteAnswer, type QuotePayment } from "./QuoteAnswer";
import { QuoteSummary } from "./QuoteSummary";
import { QUOTE_TONES } from "./quote-status";

const QuoteByTokenQuery = graphql(`
  query QuoteByToken($token: String!) {
    quoteByToken(token: $token) {
      id
      quoteNumber
      status
      respondedAt
      clientResponse
      ...QuoteSummary_CourseQuote
    }
  }
`);

const RespondToQuoteMutation = graphql(`
  mutation RespondToQuote($input: RespondToCourseQuoteInput!) {
    respondToCourseQuote(input: $input) {
      quote {
        id
        status
        respondedAt
        clientResponse
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

/** The secret travels in the fragment (`#token=…`) so it never reaches server logs; `?token=` works too. */
export function quoteTokenFrom(location: { hash: string; search: string }): string | null {
  const fromHash = new URLSearchParams(location.hash.replace(/^#/, "")).get("token");
  return fromHash ?? new URLSearchParams(location.search).get("token");
}

const OPEN = new Set(["SENT", "VIEWED"]);

/** The client following the emailed link answers the quote, named by the link's token. */
function QuoteResponse({
  token,
  onPayment,
}: {
  token: string;
  onPayment: (payment: QuotePayment | null) => void;
}) {
  const { t } = useTranslation();
  const [{ fetching }, respond] = useMutation(RespondToQuoteMutation);
  return (
    <section className="card quote-response" aria-labelledby="respond-title">
      <h2 id="respond-title">{t("quotes.respond")}</h2>
      <QuoteAnswer
        fetching={fetching}
        respond={async (decision, message) =>
          (await respond({ input: { token, decision, message } })).data?.respondToCourseQuote
        }
        onAnswered={onPayment}
      />
    </section>
  );
}

export function QuotePage() {
  const { t } = useTranslation();
  const format = useFormat();
  const location = useLocation();
  const token = quoteTokenFrom(location);
  const [payment, setPayment] = useState<QuotePayment | null>(null);
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: QuoteByTokenQuery,
    variables: { token: token ?? "" },
    pause: !token,
  });

  if (!token) {
    return (
      <section className="page page--narrow">
        <h1>{t("common.notFoundTitle")}</h1>
        <p className="notice notice--error">{t("quotes.missingToken")}</p>
      </section>
    );
  }
  if (fetching && !data) return <LoadingState label={t("quotes.loading")} />;
  if (error) {
    return isNotFound(error) ? (
      <section className="page page--narrow">
        <h1>{t("common.notFoundTitle")}</h1>
        <p className="notice notice--error" role="alert">
          {t("quotes.notFound")}
        </p>
      </section>
    ) : (
      <ErrorState error={error} onRetry={() => reexecute({ requestPolicy: "network-only" })} />
    );
  }
  const quote = data?.quoteByToken;
  if (!quote) return null;

  return (
    <article className="page quote-page" aria-labelledby="quote-title">
      <header className="page__header">
        <h1 id="quote-title">{t("quotes.title", { number: quote.quoteNumber })}</h1>
        <Badge tone={QUOTE_TONES[quote.status]}>{t(`enums.quoteStatus.${quote.status}`)}</Badge>
      </header>
      <p className="lead">{t("quotes.intro")}</p>
      <QuoteSummary quote={quote} />
      {OPEN.has(quote.status) ? (
        <QuoteResponse token={token} onPayment={setPayment} />
      ) : (
        <div className="notice" role="status">
          <p>
            {quote.status === "ACCEPTED" && quote.respondedAt
              ? t("quotes.accepted", { date: format.date(quote.respondedAt) })
              : quote.status === "REJECTED" && quote.respondedAt
                ? t("quotes.rejected", { date: format.date(quote.respondedAt) })
                : t("quotes.closed", { status: t(`enums.quoteStatus.${quote.status}`) })}
          </p>
          {quote.clientResponse ? <p>{t("quotes.yourMessage", { message: quote.clientResponse })}</p> : null}
          {payment ? <p>{t("quotes.paymentNext", { message: payment.message })}</p> : null}
          {/* Its page asks an anonymous visitor to sign in first. */}
          <PayNowLink payment={payment} />
        </div>
      )}
    </article>
  );
}

import { useTranslation } from "react-i18next";
import { type FragmentType, useFragment } from "../../gql/fragment-masking";
import { graphql } from "../../gql/gql";
import { useFormat } from "../../i18n/format";

export const QuoteSummary_CourseQuoteFragment = graphql(`
  fragment QuoteSummary_CourseQuote on CourseQuote {
    id
    quoteNumber
    estimatedHours
    validUntil
    quoteMessage
    paymentTerms
    cancellationPolicy
    termsConditions
    hourlyRate {
      amountCents
      currency
    }
    basePrice {
      amountCents
      currency
    }
    customizationFee {
      amountCents
      currency
    }
    materialsFee {
      amountCents
      currency
    }
    discountAmount {
      amountCents
      currency
    }
    totalPrice {
      amountCents
      currency
    }
  }
`);

/** What the quote costs and on which terms, as the API computed it. */
export function QuoteSummary(props: { quote: FragmentType<typeof QuoteSummary_CourseQuoteFragment> }) {
  const quote = useFragment(QuoteSummary_CourseQuoteFragment, props.quote);
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <div className="quote-summary">
      <table className="table quote-summary__prices">
        <caption>{t("quotes.breakdown")}</caption>
        <tbody>
          <tr>
            <th scope="row">
              {t("quotes.lessons", { hours: quote.estimatedHours, rate: format.money(quote.hourlyRate) })}
            </th>
            <td>{format.money(quote.basePrice)}</td>
          </tr>
          {quote.customizationFee.amountCents > 0 ? (
            <tr>
              <th scope="row">{t("quotes.customization")}</th>
              <td>{format.money(quote.customizationFee)}</td>
            </tr>
          ) : null}
          {quote.materialsFee.amountCents > 0 ? (
            <tr>
              <th scope="row">{t("quotes.materials")}</th>
              <td>{format.money(quote.materialsFee)}</td>
            </tr>
          ) : null}
          {quote.discountAmount.amountCents > 0 ? (
            <tr>
              <th scope="row">{t("quotes.discount")}</th>
              <td>−{format.money(quote.discountAmount)}</td>
            </tr>
          ) : null}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t("quotes.total")}</th>
            <td className="quote-summary__total">{format.money(quote.totalPrice)}</td>
          </tr>
        </tfoot>
      </table>
      <p className="muted">{t("quotes.validUntil", { date: format.date(quote.validUntil) })}</p>
      {quote.quoteMessage ? (
        <section>
          <h2>{t("quotes.message")}</h2>
          <p className="prose">{quote.quoteMessage}</p>
        </section>
      ) : null}
      <dl className="terms">
        {quote.paymentTerms ? (
          <>
            <dt>{t("quotes.paymentTerms")}</dt>
            <dd>{quote.paymentTerms}</dd>
          </>
        ) : null}
        {quote.cancellationPolicy ? (
          <>
            <dt>{t("quotes.cancellationPolicy")}</dt>
            <dd>{quote.cancellationPolicy}</dd>
          </>
        ) : null}
        {quote.termsConditions ? (
          <>
            <dt>{t("quotes.terms")}</dt>
            <dd className="prose">{quote.termsConditions}</dd>
          </>
        ) : null}
      </dl>
    </div>
  );
}

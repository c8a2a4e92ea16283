import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { Badge } from "../../components/Badge";
import { type FragmentType, useFragment } from "../../gql/fragment-masking";
import { graphql } from "../../gql/gql";
import type { PaymentRow_PaymentFragment as Row } from "../../gql/graphql";
import { useFormat } from "../../i18n/format";
import { isDue, PAYMENT_TONES } from "./payment-status";

export const PaymentRow_PaymentFragment = graphql(`
  fragment PaymentRow_Payment on Payment {
    id
    kind
    status
    productName
    createdAt
    simulated
    providerPaymentIntentId
    failureReason
    promotionalCode
    amount {
      amountCents
      currency
    }
    discount {
      amountCents
      currency
    }
    refunds {
      id
      status
      createdAt
      amount {
        amountCents
        currency
      }
    }
    original {
      id
      productName
    }
    course {
      id
      slug
      title
    }
    booking {
      id
      title
    }
    individualCourse {
      id
    }
  }
`);

/** What a ledger entry paid for, linked to its page when it has one. */
function WhatFor({ payment }: { payment: Row }) {
  const { t } = useTranslation();
  const kind = t(`payments.kind.${payment.kind}`);
  if (payment.kind === "REFUND") {
    return <>{t("payments.refundOf", { product: payment.original?.productName ?? kind })}</>;
  }
  const name = payment.productName ?? payment.course?.title ?? payment.booking?.title ?? kind;
  const to = payment.booking
    ? `/bookings/${payment.booking.id}`
    : payment.course
      ? `/courses/${payment.course.slug}`
      : payment.individualCourse
        ? `/individual-courses/${payment.individualCourse.id}`
        : null;
  return (
    <>
      {to ? <Link to={to}>{name}</Link> : name}
      <br />
      <span className="muted">{kind}</span>
    </>
  );
}

/** One payment or refund of the viewer's ledger, as a table row. */
export function PaymentRow(props: { payment: FragmentType<typeof PaymentRow_PaymentFragment> }) {
  const payment = useFragment(PaymentRow_PaymentFragment, props.payment);
  const { t } = useTranslation();
  const format = useFormat();
  const refunds = payment.refunds.filter((refund) => refund.status === "SUCCEEDED");
  return (
    <tr>
      <th scope="row">
        <WhatFor payment={payment} />
      </th>
      <td>{format.money(payment.amount)}</td>
      <td>
        <Badge tone={PAYMENT_TONES[payment.status]}>{t(`payments.status.${payment.status}`)}</Badge>
      </td>
      <td>
        <time dateTime={payment.createdAt}>{format.date(payment.createdAt)}</time>
      </td>
      <td>
        {payment.discount.amountCents > 0 ? (
          <p>
            {payment.promotionalCode
              ? t("payments.discountCode", {
                  amount: format.money(payment.discount),
                  code: payment.promotionalCode,
                })
              : t("payments.discount", { amount: format.money(payment.discount) })}
          </p>
        ) : null}
        {refunds.map((refund) => (
          <p key={refund.id}>
            {t("payments.refunded", {
              amount: format.money(refund.amount),
              date: format.date(refund.createdAt),
            })}
          </p>
        ))}
        {payment.status === "FAILED" && payment.failureReason ? (
          <p>{t("payments.declinedReason", { reason: payment.failureReason })}</p>
        ) : null}
        {payment.providerPaymentIntentId && !isDue(payment) ? (
          <p className="muted">{t("payments.reference", { reference: payment.providerPaymentIntentId })}</p>
        ) : null}
        {payment.simulated ? <p className="muted">{t("payments.simulated")}</p> : null}
        {isDue(payment) ? (
          <Link className="button" to={`/payments/${encodeURIComponent(payment.id)}`}>
            {t("payments.payNow")}
          </Link>
        ) : null}
      </td>
    </tr>
  );
}

import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useParams } from "react-router";
import { useMutation, useQuery } from "urql";
import { Badge } from "../../components/Badge";
import { ErrorState, isNotFound, LoadingState } from "../../components/states";
import { useUserErrorText } from "../../components/user-errors";
import { graphql } from "../../gql/gql";
import { useFormat } from "../../i18n/format";
import { type CardMethod, confirmsWithElements, paymentDueOf, useCardMethod } from "./card-method";
import { TEST_CARDS } from "./OfflineCardField";
import { PaymentOutcome } from "./PaymentOutcome";
import { PaymentStep } from "./PaymentStep";
import { isDue, PAYMENT_TONES } from "./payment-status";

const PayPageQuery = graphql(`
  query PayPage($paymentId: ID!) {
    payment: node(id: $paymentId) {
      __typename
      id
      ... on Payment {
        kind
        status
        productName
        failureReason
        updatedAt
        amount {
          amountCents
          currency
        }
        individualCourse {
          id
        }
      }
    }
    paymentAction(paymentId: $paymentId) {
      provider
      clientSecret
      payment {
        id
        amount {
          amountCents
          currency
        }
      }
    }
  }
`);

// Its answer updates the cached payment (and what it paid for), so this page and the
// payments list show the new status without a refetch.
const PayDuePaymentMutation = graphql(`
  mutation PayDuePayment($input: ConfirmPaymentInput!) {
    confirmPayment(input: $input) {
      payment {
        id
        status
        failureReason
        updatedAt
        providerPaymentIntentId
        individualCourse {
          id
          paymentStatus
        }
        course {
          id
          viewerIsEnrolled
          viewerCanEnroll
        }
      }
      booking {
        id
        status
        paymentStatus
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

type Notice = { tone: "error" | "info"; text: string };

/**
 * Pays one of the viewer's payments still due, such as the one an accepted quote
 * opened: the test card (offline gateway) or Stripe Elements, from `paymentSettings`.
 */
export function PayPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const navigate = useNavigate();
  const userErrorText = useUserErrorText();
  const paymentId = useParams().paymentId ?? "";
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: PayPageQuery,
    variables: { paymentId },
    // What is due changes outside this page (webhooks, expiry): always ask.
    requestPolicy: "cache-and-network",
  });
  const method = useCardMethod(true);
  const [card, setCard] = useState<string>(TEST_CARDS.succeeds);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [{ fetching: paying }, confirm] = useMutation(PayDuePaymentMutation);

  const payment = data?.payment?.__typename === "Payment" ? data.payment : null;
  const back = (
    <p>
      <Link to="/payments">{t("payments.backToList")}</Link>
    </p>
  );

  if (fetching && !data) return <LoadingState label={t("payments.loadingPayment")} />;
  if (!payment) {
    if (error && !isNotFound(error)) {
      return (
        <ErrorState
          error={error}
          message={t("payments.paymentError")}
          onRetry={() => reexecute({ requestPolicy: "network-only" })}
        />
      );
    }
    return (
      <section className="page page--narrow">
        <h1>{t("common.notFoundTitle")}</h1>
        <p className="notice notice--error" role="alert">
          {t("payments.notFound")}
        </p>
        {back}
      </section>
    );
  }

  const product = payment.productName ?? t(`payments.kind.${payment.kind}`);
  const amount = format.money(payment.amount);
  const action = data?.paymentAction ?? null;
  const due = action ? paymentDueOf(action) : null;
  const withElements = method.kind === "elements" && due !== null && confirmsWithElements(method, due);
  // Elements only take a payment the Stripe gateway opened; anything else gets the test card.
  const cardMethod: CardMethod =
    method.kind === "elements" && !withElements ? { kind: "testCard", simulated: false } : method;

  const payWithTestCard = async (event: FormEvent) => {
    event.preventDefault();
    setNotice(null);
    const result = await confirm({ input: { paymentId: payment.id, paymentMethodId: card } });
    const payload = result.data?.confirmPayment;
    const userError = payload?.userErrors[0];
    if (!payload || userError) {
      setNotice({ tone: "error", text: userError ? userErrorText(userError) : t("common.actionError") });
    } else if (payload.payment?.status === "PENDING") {
      setNotice({ tone: "info", text: t("payments.processing") });
    }
    // SUCCEEDED or FAILED: the cached payment changed, and the page follows it.
  };

  const settled = payment.status === "SUCCEEDED" || payment.status === "AUTHORIZED";
  return (
    <section className="page page--narrow" aria-labelledby="pay-title">
      <header className="page__header">
        <h1 id="pay-title">{t("payments.payTitle")}</h1>
        <Badge tone={PAYMENT_TONES[payment.status]}>{t(`payments.status.${payment.status}`)}</Badge>
      </header>
      {!settled && isDue(payment) && !action ? (
        // The provider could not be reached to open the card step.
        <ErrorState
          message={t("payments.unavailable")}
          onRetry={() => reexecute({ requestPolicy: "network-only" })}
        />
      ) : settled || !action || !isDue(payment) ? (
        <PaymentOutcome
          status={payment.status}
          amount={amount}
          product={product}
          individualCourseId={payment.individualCourse?.id ?? null}
        />
      ) : (
        <>
          <p className="lead">{t("payments.due", { amount, product })}</p>
          {payment.status === "FAILED" ? (
            // Keyed by the change, so a second decline is announced again.
            <p key={payment.updatedAt} className="notice notice--error" role="alert">
              {t("payments.declined", { reason: payment.failureReason ?? t("userErrors.PAYMENT_FAILED") })}
            </p>
          ) : null}
          {notice ? (
            <p
              className={`notice notice--${notice.tone}`}
              role={notice.tone === "error" ? "alert" : "status"}
            >
              {notice.text}
            </p>
          ) : null}
          {withElements ? (
            <PaymentStep
              method={method}
              due={due}
              card={card}
              onCardChange={setCard}
              // Stripe.js confirmed the card and the API applied it: read where the payment now stands.
              onPaid={() => reexecute({ requestPolicy: "network-only" })}
              onCancel={() => navigate("/payments")}
            />
          ) : (
            <form className="form" onSubmit={payWithTestCard}>
              <PaymentStep
                method={cardMethod}
                due={null}
                card={card}
                onCardChange={setCard}
                // The test card goes with this form's own submit: there is no card step to finish.
                onPaid={() => {}}
                onCancel={() => navigate("/payments")}
              />
              <div className="form__actions">
                <Link className="button button--secondary" to="/payments">
                  {t("common.cancel")}
                </Link>
                <button type="submit" disabled={paying || method.kind === "loading"}>
                  {paying ? t("payments.paying") : t("payments.pay", { amount })}
                </button>
              </div>
            </form>
          )}
        </>
      )}
      {back}
    </section>
  );
}

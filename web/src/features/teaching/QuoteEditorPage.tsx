import { useState } from "react";
import { useForm } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { useMutation, useQuery } from "urql";
import { FormField } from "../../components/FormField";
import { ErrorState, LoadingState } from "../../components/states";
import { useFailureText } from "../../components/user-errors";
import { graphql } from "../../gql/gql";
import { useFormat } from "../../i18n/format";
import { parseAmountToCents, quoteTotalCents } from "./quote-total";

const QuoteEditorQuery = graphql(`
  query QuoteEditor($id: ID!) {
    node(id: $id) {
      __typename
      id
      ... on IndividualCourse {
        status
        specificGoals
        pricePerHour {
          currency
        }
        student {
          id
          name
        }
      }
    }
  }
`);

const CreateQuoteMutation = graphql(`
  mutation CreateQuote($input: CreateCourseQuoteInput!) {
    createCourseQuote(input: $input) {
      quote {
        id
        quoteNumber
        status
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

const SendQuoteMutation = graphql(`
  mutation SendQuote($input: SendCourseQuoteInput!) {
    sendCourseQuote(input: $input) {
      quote {
        id
        quoteNumber
        status
        sentAt
      }
      userErrors {
        code
        message
      }
    }
  }
`);

type Values = {
  hourlyRate: string;
  hours: string;
  customizationFee: string;
  materialsFee: string;
  discount: string;
  validUntil: string;
  message: string;
  paymentTerms: string;
};

const inTwoWeeks = () => new Date(Date.now() + 14 * 86_400_000).toISOString().slice(0, 10);

/**
 * The quote editor: amounts as the instructor types them, the total computed
 * live the way the API computes it (and sent as expectedTotalCents, so the
 * two can never disagree silently), then a draft, then the email.
 */
export function QuoteEditorPage() {
  const { courseId = "" } = useParams();
  const { t } = useTranslation();
  const format = useFormat();
  const failureText = useFailureText();
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: QuoteEditorQuery,
    variables: { id: courseId },
  });
  const [createState, createQuote] = useMutation(CreateQuoteMutation);
  const [sendState, sendQuote] = useMutation(SendQuoteMutation);
  const [draft, setDraft] = useState<{ id: string; quoteNumber: string } | null>(null);
  const [sent, setSent] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const { register, handleSubmit, watch } = useForm<Values>({
    defaultValues: {
      hourlyRate: "",
      hours: "",
      customizationFee: "",
      materialsFee: "",
      discount: "",
      validUntil: inTwoWeeks(),
      message: "",
      paymentTerms: "",
    },
  });

  const values = watch();
  const cents = {
    hourlyRateCents: parseAmountToCents(values.hourlyRate),
    estimatedHours: Number.parseInt(values.hours || "0", 10),
    customizationFeeCents: parseAmountToCents(values.customizationFee),
    materialsFeeCents: parseAmountToCents(values.materialsFee),
    discountAmountCents: parseAmountToCents(values.discount),
  };
  const valid = Object.values(cents).every((value) => Number.isFinite(value) && value >= 0);
  const total = valid ? quoteTotalCents(cents) : Number.NaN;

  if (fetching && !data) return <LoadingState />;
  if (error) return <ErrorState error={error} onRetry={() => reexecute({ requestPolicy: "network-only" })} />;
  const course = data?.node?.__typename === "IndividualCourse" ? data.node : null;
  if (!course) return <p className="notice notice--error">{t("common.notFoundTitle")}</p>;
  const currency = course.pricePerHour?.currency ?? "EUR";

  const save = handleSubmit(async (form) => {
    setFormError(null);
    if (!valid || total < 0 || cents.hourlyRateCents <= 0 || cents.estimatedHours <= 0) {
      setFormError(total < 0 ? t("teaching.negativeTotal") : t("teaching.positive"));
      return;
    }
    const result = await createQuote({
      input: {
        individualCourseId: course.id,
        ...cents,
        expectedTotalCents: total,
        validUntil: new Date(`${form.validUntil}T23:59:00`).toISOString(),
        quoteMessage: form.message.trim() || null,
        paymentTerms: form.paymentTerms.trim() || null,
      },
    });
    const payload = result.data?.createCourseQuote;
    if (payload?.quote) setDraft(payload.quote);
    else setFormError(failureText(payload?.userErrors));
  });

  const send = async () => {
    if (!draft) return;
    const result = await sendQuote({ input: { quoteId: draft.id } });
    const quote = result.data?.sendCourseQuote.quote;
    if (quote) setSent(quote.quoteNumber);
    else {
      setFormError(failureText(result.data?.sendCourseQuote.userErrors));
    }
  };

  const money = (amountCents: number) => format.money({ amountCents, currency });

  return (
    <section className="page page--narrow" aria-labelledby="quote-editor-title">
      <h1 id="quote-editor-title">{t("teaching.quoteEditorTitle", { student: course.student.name })}</h1>
      {course.specificGoals ? <p className="muted">{course.specificGoals}</p> : null}
      {sent ? (
        <p className="notice notice--success" role="status">
          {t("teaching.sent", { number: sent })} <Link to="/teaching/quotes">{t("nav.quoteInbox")}</Link>
        </p>
      ) : null}
      <form className="form card" onSubmit={save} noValidate>
        {formError ? (
          <p className="notice notice--error" role="alert">
            {formError}
          </p>
        ) : null}
        <div className="form__row">
          <FormField label={t("teaching.hourlyRate", { currency })}>
            <input inputMode="decimal" {...register("hourlyRate")} />
          </FormField>
          <FormField label={t("teaching.hours")}>
            <input type="number" min={1} step={1} {...register("hours")} />
          </FormField>
        </div>
        <div className="form__row">
          <FormField label={t("teaching.customizationFee", { currency })}>
            <input inputMode="decimal" {...register("customizationFee")} />
          </FormField>
          <FormField label={t("teaching.materialsFee", { currency })}>
            <input inputMode="decimal" {...register("materialsFee")} />
          </FormField>
          <FormField label={t("teaching.discount", { currency })}>
            <input inputMode="decimal" {...register("discount")} />
          </FormField>
        </div>
        <p className="checkout__total" aria-live="polite">
          {t("teaching.liveTotal")}: <strong>{Number.isFinite(total) ? money(total) : "—"}</strong>
        </p>
        <FormField label={t("teaching.validUntil")}>
          <input type="date" {...register("validUntil")} />
        </FormField>
        <FormField label={t("teaching.message")}>
          <textarea rows={3} {...register("message")} />
        </FormField>
        <FormField label={t("teaching.paymentTerms")}>
          <input {...register("paymentTerms")} />
        </FormField>
        <div className="form__actions">
          {draft ? (
            <>
              <span role="status">{t("teaching.saved", { number: draft.quoteNumber })}</span>
              <button
                type="button"
                disabled={sendState.fetching || sent !== null}
                onClick={() => void send()}
              >
                {sendState.fetching ? t("teaching.sending") : t("teaching.send")}
              </button>
            </>
          ) : (
            <button type="submit" disabled={createState.fetching}>
              {createState.fetching ? t("teaching.saving") : t("teaching.saveDraft")}
            </button>
          )}
        </div>
      </form>
    </section>
  );
}

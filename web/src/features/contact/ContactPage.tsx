import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import { useMutation } from "urql";
import { z } from "zod";
import { FormField } from "../../components/FormField";
import { userErrorField, useUserErrorText } from "../../components/user-errors";
import { graphql } from "../../gql/gql";
import type { CourseTypeInterest, UrgencyLevel } from "../../gql/graphql";

const SubmitContactInquiryMutation = graphql(`
  mutation SubmitContactInquiry($input: SubmitContactInquiryInput!) {
    submitContactInquiry(input: $input) {
      received
      userErrors {
        code
        field
        message
      }
    }
  }
`);

const INTERESTS: CourseTypeInterest[] = ["INDIVIDUAL", "LIVE_GROUP", "SELF_PACED", "MULTIPLE", "UNDECIDED"];
const URGENCIES: UrgencyLevel[] = ["LOW", "MEDIUM", "HIGH", "URGENT"];

const schema = z.object({
  name: z.string().trim().min(1, "required").max(200),
  email: z.string().trim().min(1, "required").email("invalidEmail"),
  phone: z.string().trim().max(50),
  subject: z.string().trim().max(200),
  message: z.string().trim().min(10, "tooShort").max(5000),
  courseTypeInterest: z.enum(INTERESTS as [CourseTypeInterest, ...CourseTypeInterest[]]),
  urgencyLevel: z.enum(URGENCIES as [UrgencyLevel, ...UrgencyLevel[]]),
  budgetRange: z.string().trim().max(100),
  availabilityInfo: z.string().trim().max(1000),
  // A field people never see: bots fill it in, and the API then drops the inquiry quietly.
  website: z.string(),
});

type Values = z.infer<typeof schema>;

const MESSAGE_KEYS = {
  required: "common.required",
  invalidEmail: "common.invalidEmail",
  tooShort: "contact.tooShort",
} as const;

export function ContactPage() {
  const { t, i18n } = useTranslation();
  const [params] = useSearchParams();
  const userErrorText = useUserErrorText();
  const [, submit] = useMutation(SubmitContactInquiryMutation);
  const [sent, setSent] = useState(false);
  const [formError, setFormError] = useState<string | null>(null);
  const interest = params.get("interest");
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<Values>({
    resolver: zodResolver(schema),
    defaultValues: {
      name: "",
      email: "",
      phone: "",
      subject: "",
      message: "",
      courseTypeInterest: INTERESTS.includes(interest as CourseTypeInterest)
        ? (interest as CourseTypeInterest)
        : "UNDECIDED",
      urgencyLevel: "MEDIUM",
      budgetRange: "",
      availabilityInfo: "",
      website: "",
    },
  });

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    const optional = (value: string) => value || null;
    const result = await submit({
      input: {
        ...values,
        phone: optional(values.phone),
        subject: optional(values.subject),
        budgetRange: optional(values.budgetRange),
        availabilityInfo: optional(values.availabilityInfo),
        website: optional(values.website),
        language: i18n.resolvedLanguage ?? "en",
      },
    });
    const payload = result.data?.submitContactInquiry;
    if (payload?.received) return setSent(true);
    const userErrors = payload?.userErrors ?? [];
    let shown = false;
    for (const userError of userErrors) {
      const field = userErrorField(userError);
      if (field && field in values) {
        setError(field as keyof Values, { message: userErrorText(userError) });
        shown = true;
      }
    }
    if (!shown) setFormError(userErrors[0] ? userErrorText(userErrors[0]) : t("common.actionError"));
  });

  const fieldError = (message?: string) =>
    message
      ? message in MESSAGE_KEYS
        ? t(MESSAGE_KEYS[message as keyof typeof MESSAGE_KEYS])
        : message
      : undefined;

  if (sent) {
    return (
      <section className="page page--narrow" aria-labelledby="contact-title">
        <h1 id="contact-title">{t("contact.title")}</h1>
        <p className="notice notice--success" role="status">
          {t("contact.sent")}
        </p>
      </section>
    );
  }

  return (
    <section className="page page--narrow" aria-labelledby="contact-title">
      <h1 id="contact-title">{t("contact.title")}</h1>
      <p>{t("contact.intro")}</p>
      <form className="form card" onSubmit={onSubmit} noValidate>
        {formError ? (
          <p className="notice notice--error" role="alert">
            {formError}
          </p>
        ) : null}
        <div className="form__row">
          <FormField label={t("contact.name")} error={fieldError(errors.name?.message)}>
            <input autoComplete="name" {...register("name")} />
          </FormField>
          <FormField label={t("contact.email")} error={fieldError(errors.email?.message)}>
            <input type="email" autoComplete="email" {...register("email")} />
          </FormField>
        </div>
        <div className="form__row">
          <FormField label={t("contact.phone")} error={fieldError(errors.phone?.message)}>
            <input type="tel" autoComplete="tel" {...register("phone")} />
          </FormField>
          <FormField label={t("contact.subject")} error={fieldError(errors.subject?.message)}>
            <input {...register("subject")} />
          </FormField>
        </div>
        <div className="form__row">
          <FormField label={t("contact.interest")}>
            <select {...register("courseTypeInterest")}>
              {INTERESTS.map((value) => (
                <option key={value} value={value}>
                  {t(`contact.interests.${value}`)}
                </option>
              ))}
            </select>
          </FormField>
          <FormField label={t("contact.urgency")}>
            <select {...register("urgencyLevel")}>
              {URGENCIES.map((value) => (
                <option key={value} value={value}>
                  {t(`contact.urgencies.${value}`)}
                </option>
              ))}
            </select>
          </FormField>
        </div>
        <FormField label={t("contact.message")} error={fieldError(errors.message?.message)}>
          <textarea rows={5} {...register("message")} />
        </FormField>
        <div className="form__row">
          <FormField label={t("contact.budget")}>
            <input {...register("budgetRange")} />
          </FormField>
          <FormField label={t("contact.availability")}>
            <input {...register("availabilityInfo")} />
          </FormField>
        </div>
        <div className="visually-hidden" aria-hidden="true">
          <label>
            Website
            <input tabIndex={-1} autoComplete="off" {...register("website")} />
          </label>
        </div>
        <button type="submit" disabled={isSubmitting}>
          {isSubmitting ? t("contact.sending") : t("contact.send")}
        </button>
      </form>
    </section>
  );
}

import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { Link, Navigate, useSearchParams } from "react-router";
import { useMutation } from "urql";
import { z } from "zod";
import { FormField } from "../../components/FormField";
import { userErrorField, useUserErrorText } from "../../components/user-errors";
import { graphql } from "../../gql/gql";
import { browserTimeZone } from "../../i18n/format";
import { isLocale } from "../../i18n/i18n";
import { useSession } from "../../lib/session";
import { safeNext } from "./next";

const SignUpMutationDocument = graphql(`
  mutation SignUp($input: SignUpInput!) {
    signUp(input: $input) {
      tokens {
        accessToken
        accessTokenExpiresAt
        refreshToken
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

// Mirrors the API's rules so most mistakes are caught before a round trip; the API stays the judge.
const schema = z.object({
  firstName: z.string().trim().min(1, "required").max(100),
  lastName: z.string().trim().min(1, "required").max(100),
  email: z.string().trim().min(1, "required").email("invalidEmail"),
  password: z.string().min(10, "passwordTooShort").max(200),
});

type Values = z.infer<typeof schema>;
type FieldName = keyof Values;

const MESSAGE_KEYS = {
  required: "common.required",
  invalidEmail: "common.invalidEmail",
  passwordTooShort: "auth.passwordTooShort",
} as const;

export function SignUpPage() {
  const { t, i18n } = useTranslation();
  const [params] = useSearchParams();
  const next = safeNext(params.get("next"));
  const session = useSession();
  const userErrorText = useUserErrorText();
  const [, signUp] = useMutation(SignUpMutationDocument);
  const [formError, setFormError] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<Values>({ resolver: zodResolver(schema) });

  if (session.signedIn) return <Navigate to={next} replace />;

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    const language = i18n.resolvedLanguage;
    const result = await signUp({
      input: {
        ...values,
        timezone: browserTimeZone(),
        preferredLanguage: isLocale(language) ? language : "en",
      },
    });
    const payload = result.data?.signUp;
    if (payload?.tokens) {
      session.startSession(payload.tokens);
      return;
    }
    const userErrors = payload?.userErrors ?? [];
    let shown = false;
    for (const userError of userErrors) {
      const field = userErrorField(userError);
      if (field && field in values) {
        setError(field as FieldName, { message: userErrorText(userError) });
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

  return (
    <section className="page page--narrow" aria-labelledby="signup-title">
      <h1 id="signup-title">{t("auth.signUpTitle")}</h1>
      <form className="form card" onSubmit={onSubmit} noValidate>
        {formError ? (
          <p className="notice notice--error" role="alert">
            {formError}
          </p>
        ) : null}
        <div className="form__row">
          <FormField label={t("auth.firstName")} error={fieldError(errors.firstName?.message)}>
            <input autoComplete="given-name" {...register("firstName")} />
          </FormField>
          <FormField label={t("auth.lastName")} error={fieldError(errors.lastName?.message)}>
            <input autoComplete="family-name" {...register("lastName")} />
          </FormField>
        </div>
        <FormField label={t("auth.email")} error={fieldError(errors.email?.message)}>
          <input type="email" autoComplete="email" {...register("email")} />
        </FormField>
        <FormField
          label={t("auth.password")}
          hint={t("auth.passwordHint")}
          error={fieldError(errors.password?.message)}
        >
          <input type="password" autoComplete="new-password" {...register("password")} />
        </FormField>
        <button type="submit" disabled={isSubmitting}>
          {isSubmitting ? t("auth.submittingSignUp") : t("auth.signUp")}
        </button>
      </form>
      <p>
        {t("auth.haveAccount")} <Link to={`/login?next=${encodeURIComponent(next)}`}>{t("auth.logIn")}</Link>
      </p>
    </section>
  );
}

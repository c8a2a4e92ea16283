import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { Link, Navigate, useSearchParams } from "react-router";
import { useMutation } from "urql";
import { z } from "zod";
import { FormField } from "../../components/FormField";
import { useFailureText } from "../../components/user-errors";
import { graphql } from "../../gql/gql";
import { useSession } from "../../lib/session";
import { safeNext } from "./next";

const LogInMutationDocument = graphql(`
  mutation LogIn($input: LogInInput!) {
    logIn(input: $input) {
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

const schema = z.object({
  email: z.string().trim().min(1, "required").email("invalidEmail"),
  password: z.string().min(1, "required"),
});

type Values = z.infer<typeof schema>;

export function LogInPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const next = safeNext(params.get("next"));
  const session = useSession();
  const failureText = useFailureText();
  const [, logIn] = useMutation(LogInMutationDocument);
  const [formError, setFormError] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = useForm<Values>({ resolver: zodResolver(schema) });

  if (session.signedIn) return <Navigate to={next} replace />;

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    const result = await logIn({ input: values });
    const payload = result.data?.logIn;
    if (payload?.tokens) {
      session.startSession(payload.tokens);
      return;
    }
    setFormError(failureText(payload?.userErrors));
  });

  const fieldError = (message?: string) =>
    message ? t(`common.${message as "required" | "invalidEmail"}`) : undefined;

  return (
    <section className="page page--narrow" aria-labelledby="login-title">
      <h1 id="login-title">{t("auth.logInTitle")}</h1>
      <form className="form card" onSubmit={onSubmit} noValidate>
        {formError ? (
          <p className="notice notice--error" role="alert">
            {formError}
          </p>
        ) : null}
        <FormField label={t("auth.email")} error={fieldError(errors.email?.message)}>
          <input type="email" autoComplete="email" {...register("email")} />
        </FormField>
        <FormField label={t("auth.password")} error={fieldError(errors.password?.message)}>
          <input type="password" autoComplete="current-password" {...register("password")} />
        </FormField>
        <button type="submit" disabled={isSubmitting}>
          {isSubmitting ? t("auth.submittingLogIn") : t("auth.logIn")}
        </button>
        <p className="form__hint">{t("auth.demoHint")}</p>
        <p className="form__hint">
          <Link to="/forgot-password">{t("auth.forgotPassword")}</Link>
        </p>
      </form>
      <p>
        {t("auth.noAccount")}{" "}
        <Link to={`/signup?next=${encodeURIComponent(next)}`}>{t("auth.createAccount")}</Link>
      </p>
    </section>
  );
}

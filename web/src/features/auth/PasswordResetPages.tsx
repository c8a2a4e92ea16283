import { type FormEvent, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import { useMutation } from "urql";
import { FormField } from "../../components/FormField";
import { useUserErrorText } from "../../components/user-errors";
import { graphql } from "../../gql/gql";

const RequestPasswordResetMutation = graphql(`
  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {
    requestPasswordReset(input: $input) {
      accepted
      userErrors {
        code
        message
      }
    }
  }
`);

const ResetPasswordMutation = graphql(`
  mutation ResetPassword($input: ResetPasswordInput!) {
    resetPassword(input: $input) {
      reset
      userErrors {
        code
        field
        message
      }
    }
  }
`);

/** Asks for a reset link; the answer never says whether the account exists (nor does the API). */
export function ForgotPasswordPage() {
  const { t } = useTranslation();
  const id = useId();
  const userErrorText = useUserErrorText();
  const [email, setEmail] = useState("");
  const [{ data, fetching }, request] = useMutation(RequestPasswordResetMutation);
  const payload = data?.requestPasswordReset;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (email.trim()) void request({ input: { email: email.trim() } });
  };
  return (
    <section className="page page--narrow" aria-labelledby={id}>
      <h1 id={id}>{t("auth.forgotTitle")}</h1>
      {payload?.accepted ? (
        <p className="notice notice--success" role="status">
          {t("auth.linkSent")}
        </p>
      ) : (
        <form className="form card" onSubmit={submit}>
          <p>{t("auth.forgotIntro")}</p>
          {payload?.userErrors[0] ? (
            <p className="notice notice--error" role="alert">
              {userErrorText(payload.userErrors[0])}
            </p>
          ) : null}
          <FormField label={t("auth.email")}>
            <input
              type="email"
              autoComplete="email"
              required
              value={email}
              onChange={(e) => setEmail(e.target.value)}
            />
          </FormField>
          <button type="submit" disabled={fetching}>
            {t("auth.sendLink")}
          </button>
        </form>
      )}
    </section>
  );
}

/** The page of the emailed link (`/reset-password?email=…&token=…`). */
export function ResetPasswordPage() {
  const { t } = useTranslation();
  const id = useId();
  const [params] = useSearchParams();
  const email = params.get("email");
  const token = params.get("token");
  const userErrorText = useUserErrorText();
  const [password, setPassword] = useState("");
  const [{ data, fetching }, reset] = useMutation(ResetPasswordMutation);
  const payload = data?.resetPassword;
  const tooShort = password.length > 0 && password.length < 10;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (email && token && password.length >= 10)
      void reset({ input: { email, token, newPassword: password } });
  };
  return (
    <section className="page page--narrow" aria-labelledby={id}>
      <h1 id={id}>{t("auth.resetTitle")}</h1>
      {!email || !token ? (
        <p className="notice notice--error">{t("auth.resetInvalidLink")}</p>
      ) : payload?.reset ? (
        <p className="notice notice--success" role="status">
          {t("auth.resetDone")} <Link to="/login">{t("auth.logIn")}</Link>
        </p>
      ) : (
        <form className="form card" onSubmit={submit} noValidate>
          {payload?.userErrors[0] ? (
            <p className="notice notice--error" role="alert">
              {userErrorText(payload.userErrors[0])}
            </p>
          ) : null}
          <FormField
            label={t("auth.newPassword")}
            hint={t("auth.passwordHint")}
            error={tooShort ? t("auth.passwordTooShort") : undefined}
          >
            <input
              type="password"
              autoComplete="new-password"
              value={password}
              onChange={(e) => setPassword(e.target.value)}
            />
          </FormField>
          <button type="submit" disabled={fetching}>
            {t("auth.resetSubmit")}
          </button>
        </form>
      )}
    </section>
  );
}

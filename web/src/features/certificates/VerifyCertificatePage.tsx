import { type FormEvent, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { useParams, useSearchParams } from "react-router";
import { useQuery } from "urql";
import { Badge } from "../../components/Badge";
import { ErrorState, LoadingState } from "../../components/states";
import { graphql } from "../../gql/gql";
import { useFormat } from "../../i18n/format";

const VerifyCertificateQuery = graphql(`
  query VerifyCertificate($code: String!) {
    verifyCertificate(code: $code) {
      isValid
      validity
      holderName
      courseTitle
      instructorName
      issuedAt
      expiresAt
      revokedAt
    }
  }
`);

function Verification({ code }: { code: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: VerifyCertificateQuery,
    variables: { code },
  });
  if (fetching && !data) return <LoadingState label={t("certificates.checking")} />;
  if (error) return <ErrorState error={error} onRetry={() => reexecute({ requestPolicy: "network-only" })} />;
  const certificate = data?.verifyCertificate;
  if (!certificate) {
    return (
      <p className="notice notice--error" role="alert">
        {t("certificates.unknown")}
      </p>
    );
  }
  return (
    <section className="card certificate" aria-labelledby="certificate-result">
      <h2 id="certificate-result" className={certificate.isValid ? "text-success" : "text-error"}>
        {certificate.isValid
          ? t("certificates.valid")
          : t("certificates.invalid", { validity: t(`enums.certificateValidity.${certificate.validity}`) })}
      </h2>
      <Badge tone={certificate.isValid ? "success" : "danger"}>
        {t(`enums.certificateValidity.${certificate.validity}`)}
      </Badge>
      <dl className="facts">
        <div>
          <dt>{t("certificates.holder")}</dt>
          <dd>{certificate.holderName}</dd>
        </div>
        <div>
          <dt>{t("certificates.course")}</dt>
          <dd>{certificate.courseTitle}</dd>
        </div>
        {certificate.instructorName ? (
          <div>
            <dt>{t("certificates.instructor")}</dt>
            <dd>{certificate.instructorName}</dd>
          </div>
        ) : null}
        <div>
          <dt>{t("certificates.issued")}</dt>
          <dd>{format.date(certificate.issuedAt)}</dd>
        </div>
        {certificate.expiresAt ? (
          <div>
            <dt>{t("certificates.expires")}</dt>
            <dd>{format.date(certificate.expiresAt)}</dd>
          </div>
        ) : null}
        {certificate.revokedAt ? (
          <div>
            <dt>{t("certificates.revoked")}</dt>
            <dd>{format.date(certificate.revokedAt)}</dd>
          </div>
        ) : null}
      </dl>
    </section>
  );
}

/** Public: anyone holding a code can check it; the code is in the URL so a link can be shared. */
export function VerifyCertificatePage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  // Certificate emails link to /certificates/verify/<code>: verified at once; a code typed later wins.
  const linked = useParams().code;
  const code = (params.get("code") ?? linked)?.trim() ?? "";
  const [text, setText] = useState(code);
  const id = useId();
  const hintId = `${id}-hint`;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const next = text.trim();
    if (next) setParams({ code: next });
  };

  return (
    <section className="page page--narrow" aria-labelledby="verify-title">
      <h1 id="verify-title">{t("certificates.title")}</h1>
      <p>{t("certificates.intro")}</p>
      <form className="form card" onSubmit={submit}>
        <div className="field">
          <label htmlFor={id}>{t("certificates.code")}</label>
          <input
            id={id}
            value={text}
            required
            autoComplete="off"
            spellCheck={false}
            aria-describedby={hintId}
            onChange={(event) => setText(event.target.value)}
          />
          <p className="field__hint" id={hintId}>
            {t("certificates.codeHint")}
          </p>
        </div>
        <button type="submit">{t("certificates.verify")}</button>
      </form>
      {code ? <Verification key={code} code={code} /> : null}
    </section>
  );
}

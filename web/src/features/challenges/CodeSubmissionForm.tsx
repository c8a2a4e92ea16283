import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { FormField } from "../../components/FormField";
import { userErrorField, useUserErrorText } from "../../components/user-errors";
import { CodeEditor } from "./CodeEditor";
import { defaultLanguage, starterCodeFor } from "./code-editing";

const MAX_CODE = 50_000;

type ShownUserError = { code: string; field?: ReadonlyArray<string> | null; message: string };

/** The editor with its language, reset and submit; the page sends the code and shows the verdict. */
export function CodeSubmissionForm({
  supportedLanguages,
  starterCode,
  submitting,
  userErrors,
  failed,
  onSubmit,
}: {
  supportedLanguages: readonly string[];
  starterCode: unknown;
  submitting: boolean;
  userErrors: readonly ShownUserError[];
  failed: boolean;
  onSubmit: (language: string, code: string) => void;
}) {
  const { t } = useTranslation();
  const userErrorText = useUserErrorText();
  const [language, setLanguage] = useState(() => defaultLanguage(supportedLanguages));
  // One draft per language, so switching languages and back loses nothing.
  const [drafts, setDrafts] = useState<Record<string, string>>({});
  const [replaced, setReplaced] = useState<string | null>(null);
  const [localError, setLocalError] = useState<string | null>(null);
  const starter = starterCodeFor(starterCode, language);
  const code = drafts[language] ?? starter;

  const edit = (next: string) => {
    setDrafts((all) => ({ ...all, [language]: next }));
    setLocalError(null);
  };
  const reset = () => {
    setReplaced(code);
    setDrafts((all) => ({ ...all, [language]: starter }));
  };
  const undoReset = () => {
    if (replaced !== null) edit(replaced);
    setReplaced(null);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!code.trim()) return setLocalError(t("student.challenge.codeRequired"));
    if (code.length > MAX_CODE) return setLocalError(t("student.challenge.codeTooLong", { max: MAX_CODE }));
    setLocalError(null);
    setReplaced(null);
    onSubmit(language, code);
  };

  const fieldError = (name: string) => {
    const found = userErrors.find((error) => userErrorField(error) === name);
    return found ? userErrorText(found) : undefined;
  };
  const general = userErrors.filter((error) => !["code", "language"].includes(userErrorField(error) ?? ""));
  const judged = language.toLowerCase() === "javascript";

  return (
    <form className="form card" onSubmit={submit} noValidate aria-labelledby="editor-title">
      <h2 id="editor-title">{t("student.challenge.yourSolution")}</h2>
      {supportedLanguages.length > 1 ? (
        <FormField label={t("student.challenge.language")} error={fieldError("language")}>
          <select
            value={language}
            onChange={(event) => {
              setLanguage(event.target.value);
              setReplaced(null);
            }}
          >
            {supportedLanguages.map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </select>
        </FormField>
      ) : null}
      {judged ? null : (
        <p className="notice notice--warning" role="note">
          {t("student.challenge.notJudged", { language })}
        </p>
      )}
      <FormField
        label={t("student.challenge.editorLabel", { language })}
        hint={t("student.challenge.editorHint")}
        error={localError ?? fieldError("code")}
      >
        <CodeEditor value={code} onChange={edit} />
      </FormField>
      {general.map((error) => (
        <p key={`${error.code}:${error.message}`} className="notice notice--error" role="alert">
          {userErrorText(error)}
        </p>
      ))}
      {failed ? (
        <p className="notice notice--error" role="alert">
          {t("common.actionError")}
        </p>
      ) : null}
      <div className="form__actions">
        {replaced !== null ? (
          <button type="button" className="button--secondary" onClick={undoReset}>
            {t("student.challenge.undoReset")}
          </button>
        ) : (
          <button type="button" className="button--secondary" onClick={reset} disabled={code === starter}>
            {t("student.challenge.reset")}
          </button>
        )}
        <button type="submit" disabled={submitting}>
          {submitting ? t("student.challenge.submitting") : t("student.challenge.submit")}
        </button>
      </div>
    </form>
  );
}

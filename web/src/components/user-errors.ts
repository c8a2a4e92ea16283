import { useTranslation } from "react-i18next";

type ShownUserError = { code: string; message: string; field?: ReadonlyArray<string> | null };

/**
 * The API writes userError messages in English. Shown as they are in English;
 * in French the well-known codes get a translation, the rest stay as sent.
 */
export function useUserErrorText() {
  const { t, i18n } = useTranslation();
  return (error: ShownUserError): string => {
    if (i18n.resolvedLanguage === "en") return error.message;
    const key = `userErrors.${error.code}`;
    return i18n.exists(key) ? t(key as "userErrors.TAKEN") : error.message;
  };
}

/** The input field a userError is about (`["input", "email"]` → "email"), if any. */
export function userErrorField(error: ShownUserError): string | null {
  const path = error.field ?? [];
  return path.length > 1 ? (path[path.length - 1] ?? null) : null;
}

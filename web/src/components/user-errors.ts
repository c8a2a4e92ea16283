import { useTranslation } from "react-i18next";

export type ShownUserError = { code: string; message: string; field?: ReadonlyArray<string> | null };

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

/** The userError's field when it is one of the form's `fields` (for `useUserErrorPlacement`). */
export const userErrorFieldIn =
  <F extends string>(fields: ReadonlyArray<F>) =>
  (error: ShownUserError): F | null => {
    const name = userErrorField(error);
    return fields.find((field) => field === name) ?? null;
  };

/** Why a mutation did nothing: its first userError, or a general failure when the API sent none. */
export function useFailureText() {
  const { t } = useTranslation();
  const userErrorText = useUserErrorText();
  return (userErrors?: ReadonlyArray<ShownUserError>): string => {
    const first = userErrors?.[0];
    return first ? userErrorText(first) : t("common.actionError");
  };
}

type SetFieldError<F> = (field: F, error: { message: string }, options: { shouldFocus: boolean }) => void;

/**
 * A form's answer to the API's userErrors: each one about a field is shown under that field
 * (which takes the focus); `place` returns the texts of the others, for a notice above the form.
 * `placeFirst` returns the one line such forms show there: the first of those others, or a
 * general failure when the API sent no userError at all (null when every one found its field).
 */
export function useUserErrorPlacement() {
  const { t } = useTranslation();
  const userErrorText = useUserErrorText();
  const place = <F, E extends ShownUserError>(
    userErrors: ReadonlyArray<E>,
    fieldOf: (error: E) => F | null | undefined,
    setError: SetFieldError<F>,
  ): string[] => {
    const unplaced: string[] = [];
    for (const userError of userErrors) {
      const field = fieldOf(userError);
      if (field) setError(field, { message: userErrorText(userError) }, { shouldFocus: true });
      else unplaced.push(userErrorText(userError));
    }
    return unplaced;
  };
  const placeFirst = <F, E extends ShownUserError>(
    userErrors: ReadonlyArray<E>,
    fieldOf: (error: E) => F | null | undefined,
    setError: SetFieldError<F>,
  ): string | null =>
    place(userErrors, fieldOf, setError)[0] ?? (userErrors.length ? null : t("common.actionError"));
  return { place, placeFirst };
}

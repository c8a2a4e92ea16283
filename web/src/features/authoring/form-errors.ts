import { useTranslation } from "react-i18next";
import type { ShownUserError } from "../../components/user-errors";
import { english } from "../../i18n/resources";

type ErrorKey = keyof typeof english.authoring.errors;

const isErrorKey = (message: string): message is ErrorKey => message in english.authoring.errors;

/**
 * Field errors are either a key of the form's own checks (`required`, `price`…) or a message the
 * API sent back, already in words; the first are translated, the second shown as they are.
 */
export function useAuthoringErrorText() {
  const { t } = useTranslation();
  return (message: string | undefined): string | undefined => {
    if (!message) return undefined;
    return isErrorKey(message) ? t(`authoring.errors.${message}`) : message;
  };
}

/** A userError path's input field (`["input", "options", "1", "text"]` → options). */
export const inputFieldOf = (path: ReadonlyArray<string> | null | undefined): string | null =>
  path && path.length > 1 ? (path[1] ?? null) : null;

/** What a form's `onSave` answers when nothing was saved: the API's userErrors, or one general failure. */
export function useSaveErrors() {
  const { t } = useTranslation();
  return (userErrors: ReadonlyArray<ShownUserError> | undefined): ReadonlyArray<ShownUserError> =>
    userErrors ?? [{ code: "INVALID", field: null, message: t("common.actionError") }];
}

import { useTranslation } from "react-i18next";
import { english } from "../../i18n/resources";

type ErrorKey = keyof typeof english.adminOperations.errors;
const isErrorKey = (message: string): message is ErrorKey => message in english.adminOperations.errors;

/**
 * Field errors come from two places: the form's own checks give a message key
 * (translated here), the API's userErrors give a sentence already (kept as is).
 */
export function useFieldError() {
  const { t } = useTranslation();
  return (message?: string) =>
    message ? (isErrorKey(message) ? t(`adminOperations.errors.${message}`) : message) : undefined;
}

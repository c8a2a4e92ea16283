import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { CombinedError } from "urql";

/** A polite "loading" line; pages keep their previous content visible while they refetch. */
export function LoadingState({ label }: { label?: string }) {
  const { t } = useTranslation();
  return (
    <p className="notice notice--loading" role="status">
      <span className="spinner" aria-hidden="true" />
      {label ?? t("common.loading")}
    </p>
  );
}

export function EmptyState({ children }: { children: ReactNode }) {
  return (
    <div className="notice notice--empty" role="status">
      {children}
    </div>
  );
}

/** What went wrong, in words a visitor understands, with a retry when it makes sense. */
export function ErrorState({
  error,
  message,
  onRetry,
}: {
  error?: CombinedError;
  message?: string;
  onRetry?: () => void;
}) {
  const { t } = useTranslation();
  const code = error?.graphQLErrors[0]?.extensions?.code;
  const text = error?.networkError
    ? t("common.networkError")
    : code === "FORBIDDEN"
      ? t("common.forbidden")
      : (message ?? t("common.loadError"));
  return (
    <div className="notice notice--error" role="alert">
      <p>{text}</p>
      {onRetry ? (
        <button type="button" onClick={onRetry}>
          {t("common.retry")}
        </button>
      ) : null}
    </div>
  );
}

/** True when the error is the API saying the object does not exist (or is hidden). */
export function isNotFound(error: CombinedError | undefined): boolean {
  return error?.graphQLErrors.some((e) => e.extensions?.code === "NOT_FOUND") ?? false;
}

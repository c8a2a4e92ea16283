import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { CombinedError, OperationContext } from "urql";

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

/**
 * A list page's states around its items: the first load, the error with a retry (from the
 * network, past the cache) and the empty list once loaded. Earlier pages stay while it refetches.
 */
export function ListStates({
  query: { fetching, data, error },
  reexecute,
  count,
  loadingLabel,
  children,
}: {
  query: { fetching: boolean; data?: unknown; error?: CombinedError };
  reexecute: (context: Partial<OperationContext>) => void;
  count: number;
  loadingLabel?: string;
  /** What the empty list says. */
  children: ReactNode;
}) {
  return (
    <>
      {fetching && !data ? <LoadingState label={loadingLabel} /> : null}
      {error ? (
        <ErrorState error={error} onRetry={() => reexecute({ requestPolicy: "network-only" })} />
      ) : null}
      {data && count === 0 ? (
        <EmptyState>
          <p>{children}</p>
        </EmptyState>
      ) : null}
    </>
  );
}

/** "Load more" under a cursor connection: the next page is asked for after the last cursor. */
export function LoadMore({
  pageInfo,
  fetching,
  onMore,
}: {
  pageInfo: { hasNextPage: boolean; endCursor?: string | null } | undefined;
  fetching: boolean;
  onMore: (after: string | null) => void;
}) {
  const { t } = useTranslation();
  if (!pageInfo?.hasNextPage) return null;
  return (
    <div className="page__more">
      <button type="button" disabled={fetching} onClick={() => onMore(pageInfo.endCursor ?? null)}>
        {fetching ? t("common.loading") : t("common.loadMore")}
      </button>
    </div>
  );
}

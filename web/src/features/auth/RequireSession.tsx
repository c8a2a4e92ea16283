import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Navigate, useLocation } from "react-router";
import { LoadingState } from "../../components/states";
import type { Role } from "../../gql/graphql";
import { useSession } from "../../lib/session";

/** Sends anonymous visitors to the login page, and back here afterwards. */
export function RequireSession({ children }: { children: ReactNode }) {
  const session = useSession();
  const location = useLocation();
  if (!session.signedIn) {
    const next = `${location.pathname}${location.search}${location.hash}`;
    return <Navigate to={`/login?next=${encodeURIComponent(next)}`} replace />;
  }
  return children;
}

/** Pages for instructors or admins; the API enforces it too, this only explains. */
export function RequireRole({ role, children }: { role: Role; children: ReactNode }) {
  const { t } = useTranslation();
  const session = useSession();
  if (session.loading) return <LoadingState />;
  if (!session.hasRole(role)) {
    return (
      <p className="notice notice--error" role="alert">
        {t("common.forbidden")}
      </p>
    );
  }
  return children;
}

import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { createBrowserRouter, Link, Navigate, type RouteObject } from "react-router";
import { RouterProvider } from "react-router/dom";
import { Provider as UrqlProvider } from "urql";
import { AppLayout } from "./layout/AppLayout";
import { getSession, onSessionChange } from "./lib/auth";
import { type CampusClient, createCampusClient } from "./lib/client";
import { LiveStatusProvider } from "./lib/live";
import { SessionProvider } from "./lib/session";
import { routes as featureRoutes } from "./routes";

function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <section className="page" aria-labelledby="not-found-title">
      <h1 id="not-found-title">{t("common.notFoundTitle")}</h1>
      <p>{t("common.notFoundBody")}</p>
      <p>
        <Link to="/courses">{t("common.browseCourses")}</Link>
      </p>
    </section>
  );
}

function RouteErrorPage() {
  const { t } = useTranslation();
  return (
    <main id="main" className="app-main">
      <div className="notice notice--error" role="alert">
        <h1>{t("common.routeErrorTitle")}</h1>
        <p>{t("common.routeErrorBody")}</p>
      </div>
    </main>
  );
}

export const routes: RouteObject[] = [
  {
    path: "/",
    element: <AppLayout />,
    errorElement: <RouteErrorPage />,
    children: [
      { index: true, element: <Navigate to="/courses" replace /> },
      ...featureRoutes,
      { path: "*", element: <NotFoundPage /> },
    ],
  },
];

const identityOf = () => getSession()?.userId ?? null;

/**
 * One urql client per identity: signing in or out (here or in another tab)
 * replaces the client, so no cached data or socket of one person reaches the next.
 */
function useClientPerIdentity(create: () => CampusClient): CampusClient {
  const [campus, setCampus] = useState(create);
  const current = useRef({ identity: identityOf(), campus });
  useEffect(
    () =>
      onSessionChange(() => {
        const identity = identityOf();
        if (identity === current.current.identity) return;
        const previous = current.current.campus;
        const next = create();
        current.current = { identity, campus: next };
        setCampus(next);
        previous.dispose();
      }),
    [create],
  );
  return campus;
}

export function App({ createClient = createCampusClient }: { createClient?: () => CampusClient }) {
  const campus = useClientPerIdentity(createClient);
  const [router] = useState(() => createBrowserRouter(routes));
  return (
    <UrqlProvider value={campus.client}>
      <LiveStatusProvider store={campus.live}>
        <SessionProvider>
          <RouterProvider router={router} />
        </SessionProvider>
      </LiveStatusProvider>
    </UrqlProvider>
  );
}

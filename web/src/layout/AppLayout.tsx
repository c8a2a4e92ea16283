import { Suspense, useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, NavLink, Outlet, useLocation } from "react-router";
import { LoadingState } from "../components/states";
import { NotificationBell } from "../features/notifications/NotificationBell";
import { useSession } from "../lib/session";
import { LanguageSwitch } from "./LanguageSwitch";

function MainNav({ onNavigate }: { onNavigate: () => void }) {
  const { t } = useTranslation();
  const session = useSession();
  const links: Array<{ to: string; label: string }> = [
    { to: "/courses", label: t("nav.courses") },
    { to: "/experts", label: t("nav.experts") },
  ];
  if (session.signedIn) {
    links.push(
      { to: "/learning", label: t("nav.myLearning") },
      { to: "/bookings", label: t("nav.myBookings") },
      { to: "/payments", label: t("payments.navMyPayments") },
      { to: "/individual-courses", label: t("student.nav.individualCourses") },
      { to: "/assistant", label: t("student.nav.assistant") },
    );
  }
  if (session.hasRole("INSTRUCTOR")) {
    links.push(
      { to: "/teaching/courses", label: t("authoring.navMyCourses") },
      { to: "/teaching/inquiries", label: t("nav.inquiries") },
      { to: "/teaching/quotes", label: t("nav.quoteInbox") },
      { to: "/teaching/bookings", label: t("nav.expertBookings") },
      { to: "/teaching/availability", label: t("instructor.navAvailability") },
      { to: "/teaching/schedules", label: t("instructor.navSchedules") },
    );
  }
  if (session.hasRole("ADMIN")) links.push({ to: "/admin", label: t("nav.admin") });
  return (
    <ul className="app-header__nav">
      {links.map((link) => (
        <li key={link.to}>
          <NavLink to={link.to} onClick={onNavigate}>
            {link.label}
          </NavLink>
        </li>
      ))}
    </ul>
  );
}

function AccountArea() {
  const { t } = useTranslation();
  const session = useSession();
  const location = useLocation();
  const here = encodeURIComponent(`${location.pathname}${location.search}`);
  if (!session.signedIn) {
    return (
      <div className="account">
        <Link to={`/login?next=${here}`}>{t("auth.logIn")}</Link>
        <Link className="button" to={`/signup?next=${here}`}>
          {t("auth.signUp")}
        </Link>
      </div>
    );
  }
  const name = session.viewer?.name ?? "";
  return (
    <div className="account">
      <NotificationBell />
      <span className="account__name" title={session.viewer?.email ?? undefined}>
        {name ? t("auth.signedInAs", { name }) : null}
      </span>
      <button type="button" className="button--secondary" onClick={() => void session.endSession()}>
        {t("auth.logOut")}
      </button>
    </div>
  );
}

export function AppLayout() {
  const { t } = useTranslation();
  const [menuOpen, setMenuOpen] = useState(false);
  const location = useLocation();
  const main = useRef<HTMLElement>(null);
  const pathname = location.pathname;
  const shownPath = useRef(pathname);

  // After client-side navigation, move focus to the page so screen readers announce it.
  useEffect(() => {
    if (shownPath.current === pathname) return;
    shownPath.current = pathname;
    main.current?.focus({ preventScroll: true });
    window.scrollTo?.({ top: 0 });
  }, [pathname]);

  return (
    <>
      <a className="skip-link" href="#main">
        {t("common.skipToContent")}
      </a>
      <header className="app-header">
        <Link className="app-header__brand" to="/">
          {t("common.appName")}
        </Link>
        <button
          type="button"
          className="app-header__menu button--secondary"
          aria-expanded={menuOpen}
          aria-controls="main-nav"
          onClick={() => setMenuOpen((open) => !open)}
        >
          {t("nav.menu")}
        </button>
        <nav id="main-nav" aria-label={t("nav.main")} className={menuOpen ? "is-open" : undefined}>
          <MainNav onNavigate={() => setMenuOpen(false)} />
        </nav>
        <div className="app-header__tools">
          <LanguageSwitch />
          <AccountArea />
        </div>
      </header>
      <main id="main" ref={main} className="app-main" tabIndex={-1}>
        <Suspense fallback={<LoadingState />}>
          <Outlet />
        </Suspense>
      </main>
      <footer className="app-footer">
        <nav aria-label={t("nav.footer")}>
          <Link to="/contact">{t("nav.contact")}</Link>
          <Link to="/certificates/verify">{t("nav.verify")}</Link>
        </nav>
      </footer>
    </>
  );
}

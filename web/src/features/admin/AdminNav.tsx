import { useTranslation } from "react-i18next";
import { NavLink } from "react-router";
import "./admin.css";

const LINKS = [
  { to: "/admin", key: "dashboard", end: true },
  { to: "/admin/discount-codes", key: "discountCodes", end: false },
  { to: "/admin/venues", key: "venues", end: false },
  { to: "/admin/instructor-applications", key: "applications", end: false },
  { to: "/admin/audit-log", key: "auditLog", end: false },
] as const;

/** The admin pages side by side; NavLink marks the current one with aria-current. */
export function AdminNav() {
  const { t } = useTranslation();
  return (
    <nav className="admin-nav" aria-label={t("adminOperations.nav.label")}>
      <ul>
        {LINKS.map((link) => (
          <li key={link.to}>
            <NavLink to={link.to} end={link.end}>
              {t(`adminOperations.nav.${link.key}`)}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}

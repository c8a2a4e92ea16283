import { useId, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { useQuery } from "urql";
import { EmptyState, ErrorState, LoadingState } from "../../components/states";
import { graphql } from "../../gql/gql";
import { useFormat } from "../../i18n/format";
import { AdminNav } from "./AdminNav";
import { BookingStatusChart } from "./BookingStatusChart";
import { RevenueChart } from "./RevenueChart";
import { currenciesByActivity, monthlySeries, monthsBetween } from "./revenue";

const AdminDashboardQuery = graphql(`
  query AdminDashboard($filter: ReportFilter!) {
    revenueReport(filter: $filter) {
      period
      currency
      grossCents
      netCents
      refundedCents
      charges
      refunds
    }
    bookingsByStatusReport(filter: $filter) {
      status
      count
    }
    topCoursesReport(filter: { limit: 5 }) {
      courseGlobalId
      title
      currency
      revenueCents
      enrollments
      bookings
    }
  }
`);

function periodStart(months: number): Date {
  const now = new Date();
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - (months - 1), 1));
}

/** Admins: revenue per month (one currency at a time), bookings by status, top courses. */
export function AdminDashboardPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const periodId = useId();
  const currencyId = useId();
  const [months, setMonths] = useState(12);
  const [to] = useState(() => new Date());
  const range = useMemo(() => ({ from: periodStart(months), to }), [months, to]);
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: AdminDashboardQuery,
    variables: {
      filter: { from: range.from.toISOString(), to: range.to.toISOString(), granularity: "MONTH" },
    },
  });
  const points = data?.revenueReport ?? [];
  const currencies = useMemo(() => currenciesByActivity(points), [points]);
  const [chosenCurrency, setChosenCurrency] = useState<string | null>(null);
  const currency = chosenCurrency && currencies.includes(chosenCurrency) ? chosenCurrency : currencies[0];
  const rows = useMemo(
    () => (currency ? monthlySeries(points, currency, monthsBetween(range.from, range.to)) : []),
    [points, currency, range],
  );

  return (
    <section className="page" aria-labelledby="admin-title">
      <AdminNav />
      <header className="page__header">
        <h1 id="admin-title">{t("admin.title")}</h1>
        <div className="inline-field">
          <label htmlFor={periodId}>{t("admin.period")}</label>
          <select id={periodId} value={months} onChange={(event) => setMonths(Number(event.target.value))}>
            <option value={6}>{t("admin.last6")}</option>
            <option value={12}>{t("admin.last12")}</option>
          </select>
        </div>
      </header>
      {fetching && !data ? <LoadingState label={t("admin.loading")} /> : null}
      {error ? (
        <ErrorState error={error} onRetry={() => reexecute({ requestPolicy: "network-only" })} />
      ) : null}
      {data ? (
        <div className="dashboard">
          <section className="card dashboard__wide" aria-labelledby="revenue-title">
            <header className="booking__header">
              <h2 id="revenue-title">{t("admin.revenueTitle")}</h2>
              {currencies.length > 1 ? (
                <div className="inline-field">
                  <label htmlFor={currencyId}>{t("admin.currency")}</label>
                  <select
                    id={currencyId}
                    value={currency}
                    onChange={(event) => setChosenCurrency(event.target.value)}
                  >
                    {currencies.map((code) => (
                      <option key={code} value={code}>
                        {code}
                      </option>
                    ))}
                  </select>
                </div>
              ) : null}
            </header>
            {currency ? (
              <RevenueChart rows={rows} currency={currency} />
            ) : (
              <EmptyState>
                <p>{t("admin.noRevenue")}</p>
              </EmptyState>
            )}
          </section>
          <section className="card" aria-labelledby="bookings-status-title">
            <h2 id="bookings-status-title">{t("admin.bookingsTitle")}</h2>
            {data.bookingsByStatusReport.length ? (
              <BookingStatusChart counts={data.bookingsByStatusReport} />
            ) : (
              <EmptyState>
                <p>{t("admin.noBookings")}</p>
              </EmptyState>
            )}
          </section>
          <section className="card" aria-labelledby="top-courses-title">
            <h2 id="top-courses-title">{t("admin.topCoursesTitle")}</h2>
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">{t("admin.course")}</th>
                  <th scope="col">{t("admin.revenue")}</th>
                  <th scope="col">{t("admin.enrollments")}</th>
                  <th scope="col">{t("admin.bookings")}</th>
                </tr>
              </thead>
              <tbody>
                {data.topCoursesReport.map((course) => (
                  <tr key={course.courseGlobalId}>
                    <th scope="row">{course.title}</th>
                    <td>{format.money({ amountCents: course.revenueCents, currency: course.currency })}</td>
                    <td>{format.number(course.enrollments)}</td>
                    <td>{format.number(course.bookings)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        </div>
      ) : null}
    </section>
  );
}

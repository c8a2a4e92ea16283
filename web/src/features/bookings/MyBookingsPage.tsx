import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useLocation } from "react-router";
import { useQuery, useSubscription } from "urql";
import { EmptyState, ErrorState, LoadingState, LoadMore } from "../../components/states";
import { graphql } from "../../gql/gql";
import { LiveIndicator } from "../../lib/live";
import { BookingCard } from "./BookingCard";
import { BookingUpdatedSubscription } from "./bookings.graphql";

const MyBookingsPageQuery = graphql(`
  query MyBookingsPage($after: String) {
    myBookings(first: 40, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        status
        startsAt
        ...BookingCard_Booking
      }
    }
  }
`);

const ACTIVE = new Set(["PENDING", "CONFIRMED"]);

export function MyBookingsPage() {
  const { t } = useTranslation();
  const location = useLocation();
  const booked = (location.state as { booked?: string } | null)?.booked;
  // The cache (relayPagination) appends each page fetched up to `after`.
  const [after, setAfter] = useState<string | null>(null);
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: MyBookingsPageQuery,
    variables: { after },
  });
  // Status changes (confirmed, declined, paid, refunded) arrive live and update the cards in place.
  useSubscription({ query: BookingUpdatedSubscription });

  const nodes = data?.myBookings.nodes ?? [];
  const now = Date.now();
  const upcoming = nodes.filter((b) => ACTIVE.has(b.status) && Date.parse(b.startsAt) > now);
  const past = nodes.filter((b) => !upcoming.includes(b)).reverse();

  return (
    <section className="page" aria-labelledby="bookings-title">
      <header className="page__header">
        <h1 id="bookings-title">{t("bookings.myBookingsTitle")}</h1>
        <LiveIndicator />
      </header>
      {booked ? (
        <p className="notice notice--success" role="status">
          {t("tutoring.booked", { reference: booked })}
        </p>
      ) : null}
      {fetching && !data ? <LoadingState label={t("bookings.loading")} /> : null}
      {error ? (
        <ErrorState
          error={error}
          message={t("bookings.loadError")}
          onRetry={() => reexecute({ requestPolicy: "network-only" })}
        />
      ) : null}
      {data && nodes.length === 0 ? (
        <EmptyState>
          <p>{t("bookings.empty")}</p>
          <Link to="/experts">{t("bookings.findExpert")}</Link>
        </EmptyState>
      ) : null}
      {upcoming.length ? (
        <section aria-labelledby="upcoming-title" className="section">
          <h2 id="upcoming-title">{t("bookings.upcoming")}</h2>
          <ul className="list">
            {upcoming.map((booking) => (
              <li key={booking.id}>
                <BookingCard booking={booking} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {past.length ? (
        <section aria-labelledby="past-title" className="section">
          <h2 id="past-title">{t("bookings.past")}</h2>
          <ul className="list">
            {past.map((booking) => (
              <li key={booking.id}>
                <BookingCard booking={booking} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <LoadMore pageInfo={data?.myBookings.pageInfo} fetching={fetching} onMore={setAfter} />
    </section>
  );
}

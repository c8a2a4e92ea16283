import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { useQuery, useSubscription } from "urql";
import { ErrorState, isNotFound, LoadingState } from "../../components/states";
import { type FragmentType, useFragment } from "../../gql/fragment-masking";
import { graphql } from "../../gql/gql";
import { useFormat } from "../../i18n/format";
import { LiveIndicator } from "../../lib/live";
import { nodeIdFromLink } from "../individual/linked-id";
import { BookingCard } from "./BookingCard";
import { BookingUpdatedSubscription } from "./bookings.graphql";

const BookingPageQuery = graphql(`
  query BookingPage($id: ID!, $reference: String!, $byReference: Boolean!) {
    node(id: $id) @skip(if: $byReference) {
      __typename
      id
      ...BookingPage_Booking
    }
    booking(reference: $reference) @include(if: $byReference) {
      __typename
      id
      ...BookingPage_Booking
    }
  }
`);

const BookingPage_BookingFragment = graphql(`
  fragment BookingPage_Booking on Booking {
    id
    createdAt
    confirmedAt
    learnerNotes
    expertNotes
    amountDue {
      amountCents
      currency
    }
    discount {
      amountCents
      currency
    }
    tutoringSession {
      id
      title
    }
    schedule {
      id
      course {
        id
        slug
        title
      }
    }
    ...BookingCard_Booking
  }
`);

const REFERENCE = /^BK-/i;

function BookingDetails(props: { booking: FragmentType<typeof BookingPage_BookingFragment> }) {
  const booking = useFragment(BookingPage_BookingFragment, props.booking);
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <>
      <BookingCard booking={booking} />
      <section className="card section" aria-labelledby="booking-details">
        <h2 id="booking-details">{t("student.booking.details")}</h2>
        <dl className="facts">
          {booking.tutoringSession ? (
            <div>
              <dt>{t("student.booking.session")}</dt>
              <dd>
                <Link to={`/tutoring/${encodeURIComponent(booking.tutoringSession.id)}`}>
                  {booking.tutoringSession.title}
                </Link>
              </dd>
            </div>
          ) : null}
          {booking.schedule?.course ? (
            <div>
              <dt>{t("student.booking.course")}</dt>
              <dd>
                <Link to={`/courses/${booking.schedule.course.slug}`}>{booking.schedule.course.title}</Link>
              </dd>
            </div>
          ) : null}
          <div>
            <dt>{t("student.booking.booked")}</dt>
            <dd>{format.dateTime(booking.createdAt)}</dd>
          </div>
          {booking.confirmedAt ? (
            <div>
              <dt>{t("student.booking.confirmed")}</dt>
              <dd>{format.dateTime(booking.confirmedAt)}</dd>
            </div>
          ) : null}
          {booking.discount.amountCents > 0 ? (
            <div>
              <dt>{t("student.booking.discount")}</dt>
              <dd>−{format.money(booking.discount)}</dd>
            </div>
          ) : null}
          <div>
            <dt>{t("student.booking.due")}</dt>
            <dd>{format.money(booking.amountDue)}</dd>
          </div>
          {booking.learnerNotes ? (
            <div>
              <dt>{t("student.booking.yourNotes")}</dt>
              <dd className="prose">{booking.learnerNotes}</dd>
            </div>
          ) : null}
          {booking.expertNotes ? (
            <div>
              <dt>{t("student.booking.expertNotes")}</dt>
              <dd className="prose">{booking.expertNotes}</dd>
            </div>
          ) : null}
        </dl>
      </section>
    </>
  );
}

/**
 * One booking, opened from its emails (`/bookings/<id>`) or by its reference (`/bookings/BK-…`).
 * Its status changes live, as on My bookings, and it can be cancelled from here.
 */
export function BookingPage() {
  const { id: param = "" } = useParams();
  const { t } = useTranslation();
  const byReference = REFERENCE.test(param);
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: BookingPageQuery,
    variables: {
      id: byReference ? "" : nodeIdFromLink("Booking", param),
      reference: byReference ? param.toUpperCase() : "",
      byReference,
    },
  });
  useSubscription({ query: BookingUpdatedSubscription });
  const found = byReference ? data?.booking : data?.node;
  const booking = found?.__typename === "Booking" ? found : null;

  if (fetching && !data) return <LoadingState label={t("student.booking.loading")} />;
  if (error && !isNotFound(error)) {
    return <ErrorState error={error} onRetry={() => reexecute({ requestPolicy: "network-only" })} />;
  }
  if (!booking) {
    return (
      <section className="page page--narrow">
        <h1>{t("common.notFoundTitle")}</h1>
        <p className="notice notice--error" role="alert">
          {t("student.booking.notFound")}
        </p>
        <Link to="/bookings">{t("bookings.myBookingsTitle")}</Link>
      </section>
    );
  }
  return (
    <article className="page page--narrow" aria-labelledby="booking-title">
      <nav aria-label={t("catalog.breadcrumb")} className="breadcrumb">
        <Link to="/bookings">{t("bookings.myBookingsTitle")}</Link>
      </nav>
      <header className="page__header">
        <h1 id="booking-title">{t("student.booking.title")}</h1>
        <LiveIndicator />
      </header>
      <BookingDetails booking={booking} />
    </article>
  );
}

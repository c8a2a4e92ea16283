import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useMutation, useQuery, useSubscription } from "urql";
import { Badge } from "../../components/Badge";
import { EmptyState, ErrorState, LoadingState } from "../../components/states";
import { useUserErrorText } from "../../components/user-errors";
import { graphql } from "../../gql/gql";
import type { ExpertBookingsPageQuery } from "../../gql/graphql";
import { useFormat } from "../../i18n/format";
import { LiveIndicator } from "../../lib/live";
import { STATUS_TONES } from "./BookingCard";
import { BookingUpdatedSubscription } from "./bookings.graphql";

const ExpertBookingsPageQueryDocument = graphql(`
  query ExpertBookingsPage {
    expertBookings(first: 50, filter: { statuses: [PENDING, CONFIRMED] }) {
      nodes {
        id
        reference
        title
        status
        paymentStatus
        startsAt
        learnerNotes
        viewerCanConfirm
        price {
          amountCents
          currency
        }
        learner {
          id
          name
        }
      }
    }
  }
`);

const ConfirmBookingMutation = graphql(`
  mutation ConfirmBooking($input: ConfirmBookingInput!) {
    confirmBooking(input: $input) {
      booking {
        id
        status
        paymentStatus
        viewerCanConfirm
      }
      userErrors {
        code
        message
      }
    }
  }
`);

const DeclineBookingMutation = graphql(`
  mutation DeclineBooking($input: DeclineBookingInput!) {
    declineBooking(input: $input) {
      booking {
        id
        status
        paymentStatus
        viewerCanConfirm
      }
      userErrors {
        code
        message
      }
    }
  }
`);

type Booking = ExpertBookingsPageQuery["expertBookings"]["nodes"][number];

function ExpertBookingRow({ booking }: { booking: Booking }) {
  const { t } = useTranslation();
  const format = useFormat();
  const userErrorText = useUserErrorText();
  const [confirmState, confirm] = useMutation(ConfirmBookingMutation);
  const [declineState, decline] = useMutation(DeclineBookingMutation);
  const [reason, setReason] = useState("");
  const [declining, setDeclining] = useState(false);
  const userError =
    confirmState.data?.confirmBooking.userErrors[0] ?? declineState.data?.declineBooking.userErrors[0];

  return (
    <article className="card booking" aria-label={`${booking.title} ${booking.reference}`}>
      <header className="booking__header">
        <h2>{booking.title}</h2>
        <Badge tone={STATUS_TONES[booking.status]}>{t(`enums.bookingStatus.${booking.status}`)}</Badge>
      </header>
      <p>
        <time dateTime={booking.startsAt}>{format.dateTime(booking.startsAt)}</time> · {t("bookings.learner")}
        : {booking.learner.name} · {format.money(booking.price)} ·{" "}
        {t(`enums.paymentStatus.${booking.paymentStatus}`)}
      </p>
      {booking.learnerNotes ? (
        <p>
          {t("bookings.learnerNotes")}: {booking.learnerNotes}
        </p>
      ) : null}
      {userError ? (
        <p className="notice notice--error" role="alert">
          {userErrorText(userError)}
        </p>
      ) : null}
      {booking.viewerCanConfirm ? (
        <div className="form__actions">
          <button
            type="button"
            disabled={confirmState.fetching}
            onClick={() => void confirm({ input: { bookingId: booking.id } })}
          >
            {t("bookings.confirm")}
          </button>
          {declining ? (
            <form
              className="inline-form"
              onSubmit={(event) => {
                event.preventDefault();
                if (reason.trim()) void decline({ input: { bookingId: booking.id, reason: reason.trim() } });
              }}
            >
              <label>
                {t("bookings.declineReason")}
                <input value={reason} required onChange={(event) => setReason(event.target.value)} />
              </label>
              <button type="submit" className="button--danger" disabled={declineState.fetching}>
                {t("bookings.decline")}
              </button>
            </form>
          ) : (
            <button type="button" className="button--secondary" onClick={() => setDeclining(true)}>
              {t("bookings.decline")}
            </button>
          )}
        </div>
      ) : null}
    </article>
  );
}

export function ExpertBookingsPage() {
  const { t } = useTranslation();
  const [{ data, fetching, error }, reexecute] = useQuery({ query: ExpertBookingsPageQueryDocument });
  useSubscription({ query: BookingUpdatedSubscription });
  const nodes = data?.expertBookings.nodes ?? [];
  return (
    <section className="page" aria-labelledby="expert-bookings-title">
      <header className="page__header">
        <h1 id="expert-bookings-title">{t("bookings.expertTitle")}</h1>
        <LiveIndicator />
      </header>
      {fetching && !data ? <LoadingState /> : null}
      {error ? (
        <ErrorState error={error} onRetry={() => reexecute({ requestPolicy: "network-only" })} />
      ) : null}
      {data && nodes.length === 0 ? (
        <EmptyState>
          <p>{t("bookings.expertEmpty")}</p>
        </EmptyState>
      ) : null}
      <ul className="list">
        {nodes.map((booking) => (
          <li key={booking.id}>
            <ExpertBookingRow booking={booking} />
          </li>
        ))}
      </ul>
    </section>
  );
}

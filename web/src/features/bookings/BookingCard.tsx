import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Badge, type BadgeTone } from "../../components/Badge";
import { type FragmentType, useFragment } from "../../gql/fragment-masking";
import { graphql } from "../../gql/gql";
import type { BookingStatus } from "../../gql/graphql";
import { useFormat } from "../../i18n/format";
import { CancelBookingDialog } from "./CancelBookingDialog";

export const BookingCard_BookingFragment = graphql(`
  fragment BookingCard_Booking on Booking {
    id
    reference
    title
    kind
    status
    paymentStatus
    startsAt
    endsAt
    viewerCanCancel
    price {
      amountCents
      currency
    }
    amountPaid {
      amountCents
      currency
    }
    amountRefunded {
      amountCents
      currency
    }
    cancellationPolicy {
      refundableUntil
      refundPercentBefore
      refundPercentAfter
    }
    cancellation {
      at
      reason
    }
    expert {
      id
      user {
        id
        name
      }
    }
    schedule {
      id
      venue {
        id
        name
        city
      }
    }
  }
`);

export const STATUS_TONES: Record<BookingStatus, BadgeTone> = {
  PENDING: "warning",
  CONFIRMED: "success",
  COMPLETED: "info",
  CANCELLED: "danger",
  DECLINED: "danger",
  NO_SHOW: "neutral",
};

export function BookingCard(props: { booking: FragmentType<typeof BookingCard_BookingFragment> }) {
  const booking = useFragment(BookingCard_BookingFragment, props.booking);
  const { t } = useTranslation();
  const format = useFormat();
  const [cancelling, setCancelling] = useState(false);
  const titleId = `booking-${booking.reference}-title`;

  return (
    <article className="card booking" aria-labelledby={titleId}>
      <header className="booking__header">
        <h3 id={titleId}>{booking.title}</h3>
        <Badge tone={STATUS_TONES[booking.status]}>{t(`enums.bookingStatus.${booking.status}`)}</Badge>
      </header>
      <dl className="facts facts--inline">
        <div>
          <dt>{t("bookings.when")}</dt>
          <dd>
            <time dateTime={booking.startsAt}>{format.dateTime(booking.startsAt)}</time>
          </dd>
        </div>
        {booking.expert ? (
          <div>
            <dt>{t("nav.experts")}</dt>
            <dd>{booking.expert.user.name}</dd>
          </div>
        ) : null}
        {booking.schedule ? (
          <div>
            <dt>{t("course.schedules")}</dt>
            <dd>
              {t("course.venue", { name: booking.schedule.venue.name, city: booking.schedule.venue.city })}
            </dd>
          </div>
        ) : null}
        <div>
          <dt>{t("bookings.price")}</dt>
          <dd>
            {format.money(booking.price)} · {t(`enums.paymentStatus.${booking.paymentStatus}`)}
          </dd>
        </div>
        {booking.amountRefunded.amountCents > 0 ? (
          <div>
            <dt>{t("bookings.refunded")}</dt>
            <dd>{format.money(booking.amountRefunded)}</dd>
          </div>
        ) : null}
      </dl>
      <p className="muted">{t("bookings.reference", { reference: booking.reference })}</p>
      {booking.cancellation ? (
        <p className="muted">
          {t("bookings.cancelledOn", {
            date: format.date(booking.cancellation.at),
            reason: booking.cancellation.reason ?? "",
          })}
        </p>
      ) : null}
      {booking.viewerCanCancel ? (
        <button type="button" className="button--secondary" onClick={() => setCancelling(true)}>
          {t("bookings.cancel")}
        </button>
      ) : null}
      {cancelling ? (
        <CancelBookingDialog
          booking={{
            id: booking.id,
            title: booking.title,
            reference: booking.reference,
            policy: booking.cancellationPolicy,
          }}
          onClose={() => setCancelling(false)}
        />
      ) : null}
    </article>
  );
}

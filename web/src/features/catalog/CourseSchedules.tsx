import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { useMutation, useQuery, useSubscription } from "urql";
import { Badge } from "../../components/Badge";
import { ErrorState, LoadingState } from "../../components/states";
import { useFailureText } from "../../components/user-errors";
import { graphql } from "../../gql/gql";
import type { CourseSchedulesQuery } from "../../gql/graphql";
import { useFormat } from "../../i18n/format";
import { useSession } from "../../lib/session";
import { CheckoutDialog, type CheckoutInput, type CheckoutOutcome } from "../bookings/CheckoutDialog";
import { useDiscountPreview } from "../bookings/discount";
import { paymentDueOf } from "../payments/card-method";

const CourseSchedulesQueryDocument = graphql(`
  query CourseSchedules($courseId: ID!) {
    courseSchedules(first: 10, filter: { courseId: $courseId }) {
      nodes {
        id
        startsAt
        endsAt
        capacity
        seatsLeft
        status
        price {
          amountCents
          currency
        }
        venue {
          id
          name
          city
          timezone
        }
      }
    }
  }
`);

// Seats change as people book: the cache updates the schedule in place.
const ScheduleSeatsChangedSubscription = graphql(`
  subscription ScheduleSeatsChanged($scheduleId: ID!) {
    scheduleSeatsChanged(scheduleId: $scheduleId) {
      id
      seatsLeft
      seatsBooked
      status
    }
  }
`);

const BookScheduleSeatMutation = graphql(`
  mutation BookScheduleSeat($input: BookScheduleSeatInput!) {
    bookScheduleSeat(input: $input) {
      booking {
        id
        reference
        status
        schedule {
          id
          seatsLeft
          status
        }
      }
      paymentAction {
        provider
        clientSecret
        payment {
          id
          amount {
            amountCents
            currency
          }
        }
      }
      userErrors {
        code
        message
      }
    }
  }
`);

type Schedule = CourseSchedulesQuery["courseSchedules"]["nodes"][number];

function LiveSeats({ scheduleId }: { scheduleId: string }) {
  useSubscription({ query: ScheduleSeatsChangedSubscription, variables: { scheduleId } });
  return null;
}

export function CourseSchedules({ courseId, title }: { courseId: string; title: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const session = useSession();
  const navigate = useNavigate();
  const failureText = useFailureText();
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: CourseSchedulesQueryDocument,
    variables: { courseId },
  });
  const [, bookSeat] = useMutation(BookScheduleSeatMutation);
  const [chosen, setChosen] = useState<Schedule | null>(null);
  const previewDiscount = useDiscountPreview({ scheduleId: chosen?.id ?? null });

  const schedules = data?.courseSchedules.nodes ?? [];

  const booked = (reference: string | null) => {
    setChosen(null);
    navigate("/bookings", { state: { booked: reference } });
  };

  const book = async (schedule: Schedule, input: CheckoutInput): Promise<CheckoutOutcome> => {
    const result = await bookSeat({ input: { scheduleId: schedule.id, ...input } });
    const payload = result.data?.bookScheduleSeat;
    // The seat is held; the card is confirmed next, with Stripe Elements.
    if (payload?.booking && payload.paymentAction) return { paymentDue: paymentDueOf(payload.paymentAction) };
    if (payload?.booking) {
      booked(payload.booking.reference);
      return null;
    }
    return failureText(payload?.userErrors);
  };

  return (
    <section className="section" aria-labelledby="schedules-title">
      <h2 id="schedules-title">{t("course.schedules")}</h2>
      {fetching && !data ? <LoadingState /> : null}
      {error ? (
        <ErrorState error={error} onRetry={() => reexecute({ requestPolicy: "network-only" })} />
      ) : null}
      {data && schedules.length === 0 ? <p className="muted">{t("course.noSchedules")}</p> : null}
      <ul className="schedules">
        {schedules.map((schedule) => {
          const full = schedule.seatsLeft === 0 || schedule.status === "FULL";
          const zone = schedule.venue.timezone ?? undefined;
          return (
            <li key={schedule.id} className="schedule">
              <LiveSeats scheduleId={schedule.id} />
              <div>
                <p className="schedule__when">
                  <time dateTime={schedule.startsAt}>{format.dateTime(schedule.startsAt, zone)}</time>
                </p>
                <p className="muted">
                  {t("course.venue", { name: schedule.venue.name, city: schedule.venue.city })}
                </p>
              </div>
              <p aria-live="polite">
                {full ? (
                  <Badge tone="danger">{t("course.full")}</Badge>
                ) : (
                  <Badge tone="success">{t("course.seatsLeft", { count: schedule.seatsLeft })}</Badge>
                )}
              </p>
              <p className="schedule__price">{format.money(schedule.price)}</p>
              {session.signedIn ? (
                <button type="button" disabled={full} onClick={() => setChosen(schedule)}>
                  {t("tutoring.book")}
                </button>
              ) : null}
            </li>
          );
        })}
      </ul>
      {chosen ? (
        <CheckoutDialog
          open
          summary={t("bookings.summary", {
            title,
            when: format.dateTime(chosen.startsAt, chosen.venue.timezone ?? undefined),
          })}
          price={chosen.price}
          onClose={() => setChosen(null)}
          onSubmit={(input) => book(chosen, input)}
          onPaid={({ bookingReference }) => booked(bookingReference)}
          previewDiscount={previewDiscount}
        />
      ) : null}
    </section>
  );
}

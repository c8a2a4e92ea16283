import { useCallback, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useLocation, useNavigate, useParams } from "react-router";
import { useMutation, useQuery } from "urql";
import { ErrorState, isNotFound, LoadingState } from "../../components/states";
import { useFailureText } from "../../components/user-errors";
import { graphql } from "../../gql/gql";
import { browserTimeZone, useFormat } from "../../i18n/format";
import { useSession } from "../../lib/session";
import { CheckoutDialog, type CheckoutInput, type CheckoutOutcome } from "../bookings/CheckoutDialog";
import { useDiscountPreview } from "../bookings/discount";
import { paymentDueOf } from "../payments/card-method";
import { type Slot, SlotPicker } from "./SlotPicker";
import { BookSlotMutation } from "./slots.graphql";

const TutoringSessionPageQuery = graphql(`
  query TutoringSessionPage($id: ID!) {
    tutoringSession(id: $id) {
      id
      title
      shortDescription
      description
      durationMinutes
      level
      maxParticipants
      prerequisites
      topicTags
      isActive
      price {
        amountCents
        currency
      }
      expert {
        id
        bio
        rating
        user {
          id
          name
        }
      }
    }
  }
`);

export function TutoringSessionPage() {
  const { sessionId = "" } = useParams();
  const { t } = useTranslation();
  const format = useFormat();
  const session = useSession();
  const location = useLocation();
  const navigate = useNavigate();
  const failureText = useFailureText();
  const [timeZone, setTimeZone] = useState(() => session.viewer?.timezone ?? browserTimeZone());
  const [selected, setSelected] = useState<Slot | null>(null);
  const [checkingOut, setCheckingOut] = useState(false);
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: TutoringSessionPageQuery,
    variables: { id: sessionId },
  });
  const [, bookSlot] = useMutation(BookSlotMutation);
  const onSelect = useCallback((slot: Slot | null) => setSelected(slot), []);
  const previewDiscount = useDiscountPreview({ slotId: selected?.id ?? null });

  if (fetching && !data) return <LoadingState label={t("tutoring.sessionLoading")} />;
  if (error && !isNotFound(error)) {
    return <ErrorState error={error} onRetry={() => reexecute({ requestPolicy: "network-only" })} />;
  }
  const tutoringSession = data?.tutoringSession;
  if (!tutoringSession) {
    return (
      <section className="page">
        <h1>{t("common.notFoundTitle")}</h1>
        <p>{t("tutoring.sessionNotFound")}</p>
        <Link to="/experts">{t("nav.experts")}</Link>
      </section>
    );
  }

  const booked = (reference: string | null) => {
    setCheckingOut(false);
    navigate("/bookings", { state: { booked: reference } });
  };

  const book = async (slot: Slot, input: CheckoutInput): Promise<CheckoutOutcome> => {
    const result = await bookSlot({ input: { slotId: slot.id, ...input } });
    const payload = result.data?.bookSlot;
    // The slot is held; the card is confirmed next, with Stripe Elements.
    if (payload?.booking && payload.paymentAction) return { paymentDue: paymentDueOf(payload.paymentAction) };
    if (payload?.booking) {
      booked(payload.booking.reference);
      return null;
    }
    if (result.error) return t("common.actionError");
    return failureText(payload?.userErrors);
  };

  const slotLabel = (slot: Slot) =>
    t("tutoring.slotLabel", {
      day: format.day(slot.startsAt, timeZone),
      time: format.time(slot.startsAt, timeZone),
    });

  return (
    <article className="page" aria-labelledby="session-title">
      <nav aria-label={t("catalog.breadcrumb")} className="breadcrumb">
        <Link to="/experts">{t("nav.experts")}</Link>
      </nav>
      <header className="course-hero">
        <h1 id="session-title">{tutoringSession.title}</h1>
        <p className="lead">{t("tutoring.withExpert", { name: tutoringSession.expert.user.name })}</p>
        <p className="muted">
          {t("tutoring.minutes", { count: tutoringSession.durationMinutes })} ·{" "}
          {format.money(tutoringSession.price)}
          {tutoringSession.level ? ` · ${t(`enums.level.${tutoringSession.level}`)}` : null}
          {tutoringSession.maxParticipants > 1
            ? ` · ${t("tutoring.groupOf", { count: tutoringSession.maxParticipants })}`
            : null}
        </p>
      </header>
      <div className="course-layout">
        <div className="course-layout__main">
          <section className="section">
            <p>{tutoringSession.description}</p>
            {tutoringSession.prerequisites ? (
              <>
                <h2>{t("tutoring.prerequisites")}</h2>
                <p>{tutoringSession.prerequisites}</p>
              </>
            ) : null}
          </section>
          <section className="section" aria-labelledby="slots-title">
            <h2 id="slots-title">{t("tutoring.pickSlot")}</h2>
            <SlotPicker
              tutoringSessionId={tutoringSession.id}
              timeZone={timeZone}
              onTimeZoneChange={setTimeZone}
              selected={selected}
              onSelect={onSelect}
            />
          </section>
        </div>
        <aside className="card course-aside" aria-label={t("tutoring.book")}>
          <p className="course-aside__price">{format.money(tutoringSession.price)}</p>
          <p aria-live="polite">{selected ? t("tutoring.selected", { slot: slotLabel(selected) }) : null}</p>
          {session.signedIn ? (
            <button type="button" disabled={!selected} onClick={() => setCheckingOut(true)}>
              {t("tutoring.book")}
            </button>
          ) : (
            <Link
              className="button"
              to={`/login?next=${encodeURIComponent(`${location.pathname}${location.search}`)}`}
            >
              {t("tutoring.logInToBook")}
            </Link>
          )}
        </aside>
      </div>
      {selected && checkingOut ? (
        <CheckoutDialog
          open
          summary={t("bookings.summary", { title: tutoringSession.title, when: slotLabel(selected) })}
          price={tutoringSession.price}
          onClose={() => setCheckingOut(false)}
          onSubmit={(input) => book(selected, input)}
          onPaid={({ bookingReference }) => booked(bookingReference)}
          previewDiscount={previewDiscount}
        />
      ) : null}
    </article>
  );
}

import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { type FragmentType, useFragment } from "../../gql/fragment-masking";
import { graphql } from "../../gql/gql";
import { useFormat } from "../../i18n/format";

export const ExpertCard_ExpertProfileFragment = graphql(`
  fragment ExpertCard_ExpertProfile on ExpertProfile {
    id
    bio
    rating
    totalSessions
    expertiseAreas
    hourlyRate {
      amountCents
      currency
    }
    user {
      id
      name
      timezone
    }
    tutoringSessions {
      id
      title
      shortDescription
      durationMinutes
      isActive
      price {
        amountCents
        currency
      }
    }
  }
`);

export function ExpertCard(props: { expert: FragmentType<typeof ExpertCard_ExpertProfileFragment> }) {
  const expert = useFragment(ExpertCard_ExpertProfileFragment, props.expert);
  const { t } = useTranslation();
  const format = useFormat();
  const titleId = `expert-${expert.id}-name`;
  const sessions = expert.tutoringSessions.filter((session) => session.isActive);

  return (
    <article className="card expert-card" aria-labelledby={titleId}>
      <header className="expert-card__header">
        <span className="avatar" aria-hidden="true">
          {expert.user.name.slice(0, 1)}
        </span>
        <div>
          <h2 id={titleId} className="expert-card__name">
            {expert.user.name}
          </h2>
          <p className="muted">
            {expert.rating !== null && expert.rating !== undefined
              ? `★ ${t("tutoring.ratingValue", { rating: format.rating(expert.rating) })} · `
              : null}
            {t("tutoring.sessionsDone", { count: expert.totalSessions })}
            {expert.hourlyRate
              ? ` · ${t("tutoring.hourlyRate", { rate: format.money(expert.hourlyRate) })}`
              : null}
          </p>
        </div>
      </header>
      {expert.bio ? <p>{expert.bio}</p> : null}
      {expert.expertiseAreas.length ? (
        <ul className="tags" aria-label={t("tutoring.expertise")}>
          {expert.expertiseAreas.map((area) => (
            <li key={area} className="tag">
              {area}
            </li>
          ))}
        </ul>
      ) : null}
      <h3 className="expert-card__sessions-title">{t("tutoring.sessions")}</h3>
      {sessions.length === 0 ? (
        <p className="muted">{t("tutoring.noSessions")}</p>
      ) : (
        <ul className="session-list">
          {sessions.map((session) => (
            <li key={session.id}>
              <Link to={`/tutoring/${encodeURIComponent(session.id)}`}>{session.title}</Link>
              <span className="muted">
                {" "}
                · {t("tutoring.minutes", { count: session.durationMinutes })} · {format.money(session.price)}
              </span>
            </li>
          ))}
        </ul>
      )}
    </article>
  );
}

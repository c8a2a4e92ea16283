import { useTranslation } from "react-i18next";
import { Badge } from "../../components/Badge";
import { type FragmentType, useFragment } from "../../gql/fragment-masking";
import { graphql } from "../../gql/gql";
import { useFormat } from "../../i18n/format";
import { facilitiesToForm, KNOWN_FACILITIES } from "./venue-form";

export const VenueCard_VenueFragment = graphql(`
  fragment VenueCard_Venue on Venue {
    id
    name
    addressLine1
    addressLine2
    city
    postcode
    capacity
    facilities
    parkingInfo
    timezone
    isActive
  }
`);

/**
 * A venue as admins check it: where, how many seats, what the room has, where to park,
 * and whether it is offered (one switched off can be switched back on from here).
 */
export function VenueCard({
  venue: venueRef,
  onEdit,
  onSwitchOn,
  switching = false,
}: {
  venue: FragmentType<typeof VenueCard_VenueFragment>;
  onEdit: () => void;
  onSwitchOn: () => void;
  switching?: boolean;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const venue = useFragment(VenueCard_VenueFragment, venueRef);
  const { facilities, otherFacilities } = facilitiesToForm(venue.facilities);
  const offered = [
    ...KNOWN_FACILITIES.filter((name) => facilities[name]).map((name) =>
      t(`adminOperations.facilities.${name}`),
    ),
    ...otherFacilities.split("\n").filter(Boolean),
  ];

  return (
    <article className="card" aria-labelledby={`venue-${venue.id}`}>
      <header className="booking__header">
        <h2 id={`venue-${venue.id}`}>{venue.name}</h2>
        {venue.isActive ? null : <Badge>{t("adminOperations.venues.inactive")}</Badge>}
        <button
          type="button"
          className="button--small"
          onClick={onEdit}
          aria-label={t("adminOperations.venues.editNamed", { name: venue.name })}
        >
          {t("adminOperations.edit")}
        </button>
      </header>
      <address>
        {venue.addressLine1}
        {venue.addressLine2 ? `, ${venue.addressLine2}` : ""}, {venue.postcode} {venue.city}
      </address>
      <dl className="facts facts--inline">
        <div>
          <dt>{t("adminOperations.venues.capacity")}</dt>
          <dd>
            {t("adminOperations.venues.seats", {
              count: venue.capacity,
              formatted: format.number(venue.capacity),
            })}
          </dd>
        </div>
        {venue.timezone ? (
          <div>
            <dt>{t("adminOperations.venues.timezone")}</dt>
            <dd>{venue.timezone}</dd>
          </div>
        ) : null}
      </dl>
      {offered.length ? (
        <ul className="tags" aria-label={t("adminOperations.venues.facilities")}>
          {offered.map((item) => (
            <li key={item} className="tag">
              {item}
            </li>
          ))}
        </ul>
      ) : null}
      {venue.parkingInfo ? (
        <p className="muted">
          {t("adminOperations.venues.parking")}: {venue.parkingInfo}
        </p>
      ) : null}
      {venue.isActive ? null : (
        <div className="form__actions">
          <button
            type="button"
            onClick={onSwitchOn}
            disabled={switching}
            aria-label={t("adminOperations.venues.switchOnNamed", { name: venue.name })}
          >
            {switching ? t("adminOperations.saving") : t("adminOperations.venues.switchOn")}
          </button>
        </div>
      )}
    </article>
  );
}

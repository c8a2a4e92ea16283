import { useEffect, useId, useMemo, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { useQuery, useSubscription } from "urql";
import { ListStates } from "../../components/states";
import type { AvailableSlotsQuery as AvailableSlotsResult } from "../../gql/graphql";
import { useFormat } from "../../i18n/format";
import { LiveIndicator } from "../../lib/live";
import { DAY_MS, groupByDay, timeZones } from "../../lib/time";
import { AvailableSlotsQuery, SlotAvailabilityChangedSubscription } from "./slots.graphql";

export type Slot = AvailableSlotsResult["availableSlots"]["nodes"][number];

const WINDOW_DAYS = 14;
/** The API generates slots this far ahead (SLOT_HORIZON_WEEKS). */
const MAX_WINDOWS = 4;

function startOfHour(now: number) {
  return Math.floor(now / 3_600_000) * 3_600_000;
}

/**
 * Bookable times of one session, two weeks at a time, in the visitor's time
 * zone (changeable). Booked times disappear live: the slotAvailabilityChanged
 * subscription feeds the cache (slots.cache.ts), which drops them from the list.
 */
export function SlotPicker({
  tutoringSessionId,
  timeZone,
  onTimeZoneChange,
  selected,
  onSelect,
}: {
  tutoringSessionId: string;
  timeZone: string;
  onTimeZoneChange: (timeZone: string) => void;
  selected: Slot | null;
  onSelect: (slot: Slot | null) => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const zoneId = useId();
  const [origin] = useState(() => startOfHour(Date.now()));
  const [windowIndex, setWindowIndex] = useState(0);
  const [takenNotice, setTakenNotice] = useState(false);
  const from = new Date(origin + windowIndex * WINDOW_DAYS * DAY_MS).toISOString();
  const to = new Date(origin + (windowIndex + 1) * WINDOW_DAYS * DAY_MS).toISOString();

  const [{ data, fetching, error }, reexecute] = useQuery({
    query: AvailableSlotsQuery,
    // Times are formatted here in the chosen zone, so changing it needs no refetch.
    variables: { tutoringSessionId, from, to, timeZone: "UTC" },
  });
  useSubscription({ query: SlotAvailabilityChangedSubscription, variables: { tutoringSessionId } });

  const slots = useMemo(
    () =>
      (data?.availableSlots.nodes ?? []).filter((slot) => slot.status === "AVAILABLE" && slot.seatsLeft > 0),
    [data],
  );
  const days = useMemo(() => groupByDay(slots, (slot) => slot.startsAt, timeZone), [slots, timeZone]);

  // The chosen time was booked by someone else: say so and forget it.
  const previousSlots = useRef(slots);
  useEffect(() => {
    if (
      selected &&
      previousSlots.current.some((s) => s.id === selected.id) &&
      !slots.some((s) => s.id === selected.id)
    ) {
      setTakenNotice(true);
      onSelect(null);
    }
    previousSlots.current = slots;
  }, [slots, selected, onSelect]);

  const zones = useMemo(() => timeZones(timeZone), [timeZone]);

  return (
    <div className="slot-picker">
      <div className="slot-picker__toolbar">
        <div className="inline-field">
          <label htmlFor={zoneId}>{t("tutoring.timeZone")}</label>
          <select id={zoneId} value={timeZone} onChange={(event) => onTimeZoneChange(event.target.value)}>
            {zones.map((zone) => (
              <option key={zone} value={zone}>
                {zone}
              </option>
            ))}
          </select>
        </div>
        <div className="slot-picker__nav">
          <button
            type="button"
            className="button--secondary"
            disabled={windowIndex === 0}
            onClick={() => setWindowIndex((index) => index - 1)}
          >
            {t("tutoring.earlier")}
          </button>
          <span aria-live="polite">
            {t("tutoring.weekOf", { from: format.date(from, timeZone), to: format.date(to, timeZone) })}
          </span>
          <button
            type="button"
            className="button--secondary"
            disabled={windowIndex >= MAX_WINDOWS - 1}
            onClick={() => setWindowIndex((index) => index + 1)}
          >
            {t("tutoring.later")}
          </button>
        </div>
      </div>
      <p className="muted">
        {t("common.timeZoneNote", { timeZone })} {t("tutoring.slotsLive")}
      </p>
      <LiveIndicator />
      {takenNotice ? (
        <p className="notice notice--warning" role="alert">
          {t("tutoring.slotTaken")}
        </p>
      ) : null}
      <ListStates
        query={{ data, fetching, error }}
        reexecute={reexecute}
        count={slots.length}
        loadingLabel={t("tutoring.loadingSlots")}
      >
        {t("tutoring.noSlots")}
      </ListStates>
      <div className="slot-days">
        {days.map(({ day, items }) => (
          <fieldset key={day} className="slot-day">
            <legend>{format.day(items[0]?.startsAt ?? day, timeZone)}</legend>
            <div className="slot-day__times">
              {items.map((slot) => (
                <label key={slot.id} className="slot">
                  <input
                    type="radio"
                    name={`slot-${tutoringSessionId}`}
                    value={slot.id}
                    checked={selected?.id === slot.id}
                    onChange={() => {
                      setTakenNotice(false);
                      onSelect(slot);
                    }}
                  />
                  <span>
                    <time dateTime={slot.startsAt}>{format.time(slot.startsAt, timeZone)}</time>
                    {slot.capacity > 1 ? (
                      <span className="slot__seats">
                        {" "}
                        · {t("tutoring.seatsLeft", { count: slot.seatsLeft })}
                      </span>
                    ) : null}
                  </span>
                </label>
              ))}
            </div>
          </fieldset>
        ))}
      </div>
    </div>
  );
}

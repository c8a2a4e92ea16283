import { useId, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { useQuery } from "urql";
import { EmptyState, ErrorState, LoadingState } from "../../../components/states";
import { useFormat } from "../../../i18n/format";
import { DAY_MS, groupByDay } from "../../../lib/time";
import { AvailabilityPreviewQuery } from "./availability.graphql";

export const PREVIEW_DAYS = 7;

/**
 * The bookable times the windows give over the next week, as learners will
 * see them, in the viewer's time zone. The cache fetches them again after
 * every window change (availability.cache.ts), so the preview follows each save.
 */
export function SlotPreview({
  expertId,
  timeZone,
  emptyHint,
}: {
  expertId: string;
  timeZone: string;
  emptyHint: string | null;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const titleId = useId();
  // Fixed for the visit: new variables on every render would fetch forever.
  const [range] = useState(() => {
    const from = Math.floor(Date.now() / 60_000) * 60_000;
    return { from: new Date(from).toISOString(), to: new Date(from + PREVIEW_DAYS * DAY_MS).toISOString() };
  });
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: AvailabilityPreviewQuery,
    variables: { expertId, ...range },
  });
  const slots = data?.availableSlots.nodes ?? [];
  const days = useMemo(() => groupByDay(slots, (slot) => slot.startsAt, timeZone), [slots, timeZone]);
  const hidden = (data?.availableSlots.totalCount ?? 0) - slots.length;

  return (
    <section className="section" aria-labelledby={titleId} aria-busy={fetching}>
      <h2 id={titleId}>{t("instructor.previewTitle", { days: PREVIEW_DAYS })}</h2>
      <p className="muted">
        {t("instructor.previewIntro")} {t("common.timeZoneNote", { timeZone })}
      </p>
      {fetching && !data ? <LoadingState label={t("instructor.previewLoading")} /> : null}
      {error ? (
        <ErrorState error={error} onRetry={() => reexecute({ requestPolicy: "network-only" })} />
      ) : null}
      {data ? (
        <p role="status" aria-live="polite">
          {fetching
            ? t("instructor.previewRefreshing")
            : t("instructor.previewCount", { count: slots.length + hidden })}
        </p>
      ) : null}
      {data && slots.length === 0 ? (
        <EmptyState>
          <p>{emptyHint ?? t("instructor.previewEmpty")}</p>
        </EmptyState>
      ) : null}
      <div className="slot-days">
        {days.map(({ day, items }) => {
          const heading = format.day(items[0]?.startsAt ?? day, timeZone);
          return (
            <section key={day} className="slot-day" aria-label={heading} data-testid="preview-day">
              <h3>{heading}</h3>
              <ul className="slot-day__times">
                {items.map((slot) => (
                  <li key={slot.id} className="slot">
                    <span>
                      <time dateTime={slot.startsAt}>{format.time(slot.startsAt, timeZone)}</time>
                      <small className="slot__seats"> · {slot.tutoringSession.title}</small>
                    </span>
                  </li>
                ))}
              </ul>
            </section>
          );
        })}
      </div>
      {hidden > 0 ? <p className="muted">{t("instructor.previewMore", { count: hidden })}</p> : null}
    </section>
  );
}

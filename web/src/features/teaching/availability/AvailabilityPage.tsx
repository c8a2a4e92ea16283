import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useQuery } from "urql";
import { EmptyState, ErrorState, LoadingState } from "../../../components/states";
import { browserTimeZone } from "../../../i18n/format";
import { AvailabilityWindowForm } from "./AvailabilityWindowForm";
import { AvailabilityWindowRow } from "./AvailabilityWindowRow";
import { MyAvailabilityQuery } from "./availability.graphql";
import { ExpertProfileForm } from "./ExpertProfileForm";
import { SlotPreview } from "./SlotPreview";
import { sortWindows, type WindowValues } from "./window-time";

type Editing = { windowId: string | null; values: WindowValues; key: number };

const newWindow = (timeZone: string): WindowValues => ({
  dayOfWeek: "",
  startTime: "09:00",
  endTime: "12:00",
  timeZone,
});

/**
 * The instructor's weekly availability: the windows learners can book in,
 * and beside them the times those windows open over the next week.
 */
export function AvailabilityPage() {
  const { t } = useTranslation();
  const [timeZone] = useState(browserTimeZone);
  const [{ data, fetching, error }, reexecute] = useQuery({ query: MyAvailabilityQuery });
  const [editing, setEditing] = useState<Editing>(() => ({
    windowId: null,
    values: newWindow(timeZone),
    key: 0,
  }));
  const [saved, setSaved] = useState<string | null>(null);

  const startOver = (message: string | null) => {
    setSaved(message);
    setEditing((current) => ({ windowId: null, values: newWindow(timeZone), key: current.key + 1 }));
  };

  const header = (
    <header className="page__header">
      <h1 id="availability-title">{t("instructor.availabilityTitle")}</h1>
      <p className="lead">{t("instructor.availabilityIntro")}</p>
    </header>
  );

  if (fetching && !data) return <LoadingState />;
  if (error) return <ErrorState error={error} onRetry={() => reexecute({ requestPolicy: "network-only" })} />;
  const expert = data?.myExpertProfile;
  if (!expert) {
    return (
      <section className="page page--narrow" aria-labelledby="availability-title">
        {header}
        <ExpertProfileForm />
      </section>
    );
  }

  const windows = sortWindows(expert.availabilityWindows ?? []);
  // The window being edited was removed meanwhile: the form adds a new one instead.
  const editedWindowId = windows.some((window) => window.id === editing.windowId) ? editing.windowId : null;
  const activeSessions = expert.tutoringSessions.filter((session) => session.isActive);
  // Slots exist only for active sessions of an expert taking bookings: say why the preview is empty.
  const emptyHint = !expert.isAvailable
    ? t("instructor.pausedHint")
    : activeSessions.length === 0
      ? t("instructor.noSessionsHint")
      : windows.length === 0
        ? t("instructor.noWindowsHint")
        : null;

  return (
    <section className="page" aria-labelledby="availability-title">
      {header}
      {!expert.isAvailable ? <p className="notice notice--warning">{t("instructor.pausedHint")}</p> : null}
      {activeSessions.length > 0 ? (
        <p className="muted">
          {t("instructor.sessionsNote", {
            sessions: activeSessions.map((session) => session.title).join(", "),
          })}
        </p>
      ) : (
        <p className="notice notice--warning">{t("instructor.noSessionsHint")}</p>
      )}
      <div className="dashboard">
        <div>
          <section className="section" aria-labelledby="windows-title">
            <h2 id="windows-title">{t("instructor.windowsTitle")}</h2>
            {saved ? (
              <p className="notice notice--success" role="status">
                {saved}
              </p>
            ) : null}
            {windows.length === 0 ? (
              <EmptyState>
                <p>{t("instructor.noWindows")}</p>
              </EmptyState>
            ) : (
              <ul className="list" aria-labelledby="windows-title">
                {windows.map((window) => (
                  <AvailabilityWindowRow
                    key={window.id}
                    window={window}
                    editing={editing.windowId === window.id}
                    onEdit={(windowId, values) => {
                      setSaved(null);
                      setEditing((current) => ({ windowId, values, key: current.key + 1 }));
                    }}
                  />
                ))}
              </ul>
            )}
          </section>
          <AvailabilityWindowForm
            key={editing.key}
            windowId={editedWindowId}
            initial={editing.values}
            onSaved={(slotsChanged) =>
              startOver(
                editedWindowId
                  ? t("instructor.windowUpdated", { count: slotsChanged })
                  : t("instructor.windowAdded", { count: slotsChanged }),
              )
            }
            onCancel={editedWindowId ? () => startOver(null) : undefined}
          />
        </div>
        <SlotPreview expertId={expert.id} timeZone={timeZone} emptyHint={emptyHint} />
      </div>
    </section>
  );
}

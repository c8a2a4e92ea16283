import { useTranslation } from "react-i18next";
import { useMutation } from "urql";
import { Badge } from "../../../components/Badge";
import { useUserErrorText } from "../../../components/user-errors";
import { type FragmentType, useFragment } from "../../../gql/fragment-masking";
import { graphql } from "../../../gql/gql";
import { useFormat } from "../../../i18n/format";
import { RemoveAvailabilityWindowMutation } from "./availability.graphql";
import { formEndTime, type WindowValues, weekdayName } from "./window-time";

export const AvailabilityWindowRow_WindowFragment = graphql(`
  fragment AvailabilityWindowRow_Window on AvailabilityWindow {
    id
    dayOfWeek
    startTime
    endTime
    timeZone
    isActive
  }
`);

/** One weekly window, with its edit and remove actions. */
export function AvailabilityWindowRow(props: {
  window: FragmentType<typeof AvailabilityWindowRow_WindowFragment>;
  editing: boolean;
  onEdit: (windowId: string, values: WindowValues) => void;
}) {
  const window = useFragment(AvailabilityWindowRow_WindowFragment, props.window);
  const { t } = useTranslation();
  const { locale } = useFormat();
  const userErrorText = useUserErrorText();
  const [removeState, remove] = useMutation(RemoveAvailabilityWindowMutation);
  const day = weekdayName(locale, window.dayOfWeek);
  const hours = t("instructor.windowHours", { start: window.startTime, end: window.endTime });
  const label = `${day} ${hours}`;
  const removeError =
    removeState.data?.removeAvailabilityWindow.userErrors[0] ??
    (removeState.error ? { code: "", message: t("common.actionError") } : null);

  return (
    <li className="list__item" aria-label={label}>
      <p className="list__title">
        <strong>{day}</strong> {hours}{" "}
        {window.isActive ? null : <Badge tone="neutral">{t("instructor.windowInactive")}</Badge>}
        {props.editing ? <Badge tone="info">{t("instructor.editingNow")}</Badge> : null}
      </p>
      <p className="muted">{window.timeZone}</p>
      {removeError ? (
        <p className="notice notice--error" role="alert">
          {userErrorText(removeError)}
        </p>
      ) : null}
      <div className="form__actions">
        <button
          type="button"
          className="button--secondary button--small"
          aria-label={t("instructor.editWindow", { window: label })}
          onClick={() =>
            props.onEdit(window.id, {
              dayOfWeek: String(window.dayOfWeek),
              startTime: window.startTime,
              endTime: formEndTime(window.endTime),
              timeZone: window.timeZone,
            })
          }
        >
          {t("instructor.edit")}
        </button>
        <button
          type="button"
          className="button--danger button--small"
          aria-label={t("instructor.removeWindow", { window: label })}
          disabled={removeState.fetching}
          onClick={() => void remove({ input: { windowId: window.id } })}
        >
          {removeState.fetching ? t("instructor.removing") : t("instructor.remove")}
        </button>
      </div>
    </li>
  );
}

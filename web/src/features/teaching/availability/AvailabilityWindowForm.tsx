import { useMemo, useState } from "react";
import { useForm } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { useMutation } from "urql";
import { FormField } from "../../../components/FormField";
import { userErrorFieldIn, useUserErrorPlacement } from "../../../components/user-errors";
import { useFormat } from "../../../i18n/format";
import { timeZones } from "../../../lib/time";
import { SaveAvailabilityWindowMutation } from "./availability.graphql";
import { apiEndTime, WEEK_DAYS, type WindowValues, weekdayName, windowErrors } from "./window-time";

const FIELDS = ["dayOfWeek", "startTime", "endTime", "timeZone"] as const;
type Field = (typeof FIELDS)[number];
const fieldOf = userErrorFieldIn(FIELDS);

/**
 * Adds a weekly window, or changes one (windowId). Problems the form can see
 * (missing fields, an end before the start) are shown without asking the API;
 * the rest (an overlap with another window) come back as userErrors, each
 * shown at its field.
 */
export function AvailabilityWindowForm({
  windowId,
  initial,
  onSaved,
  onCancel,
}: {
  windowId: string | null;
  initial: WindowValues;
  onSaved: (slotsChanged: number) => void;
  onCancel?: () => void;
}) {
  const { t } = useTranslation();
  const { locale } = useFormat();
  const { placeFirst } = useUserErrorPlacement();
  const [{ fetching }, save] = useMutation(SaveAvailabilityWindowMutation);
  const [formError, setFormError] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    clearErrors,
    watch,
    formState: { errors },
  } = useForm<WindowValues>({ defaultValues: initial });
  const zone = watch("timeZone");
  const zones = useMemo(() => timeZones(zone || initial.timeZone), [zone, initial.timeZone]);

  const submit = handleSubmit(async (values) => {
    setFormError(null);
    clearErrors();
    const found = Object.entries(windowErrors(values));
    for (const [field, key] of found) {
      setError(field as Field, { message: t(`instructor.errors.${key}`) });
    }
    if (found.length > 0) return;
    const result = await save({
      input: {
        windowId,
        dayOfWeek: Number(values.dayOfWeek),
        startTime: values.startTime,
        endTime: apiEndTime(values.endTime),
        timeZone: values.timeZone,
      },
    });
    const payload = result.data?.saveAvailabilityWindow;
    if (payload?.window) {
      onSaved(payload.slotsChanged);
      return;
    }
    setFormError(placeFirst(payload?.userErrors ?? [], fieldOf, setError));
  });

  return (
    <form
      className="form card"
      onSubmit={submit}
      noValidate
      aria-label={windowId ? t("instructor.editWindowTitle") : t("instructor.addWindowTitle")}
    >
      <h3>{windowId ? t("instructor.editWindowTitle") : t("instructor.addWindowTitle")}</h3>
      {formError ? (
        <p className="notice notice--error" role="alert">
          {formError}
        </p>
      ) : null}
      <div className="form__row">
        <FormField label={t("instructor.day")} error={errors.dayOfWeek?.message}>
          <select {...register("dayOfWeek")}>
            <option value="">{t("instructor.chooseDay")}</option>
            {WEEK_DAYS.map((day) => (
              <option key={day} value={String(day)}>
                {weekdayName(locale, day)}
              </option>
            ))}
          </select>
        </FormField>
        <FormField label={t("instructor.startTime")} error={errors.startTime?.message}>
          <input type="time" step={300} {...register("startTime")} />
        </FormField>
        <FormField
          label={t("instructor.endTime")}
          hint={t("instructor.endTimeHint")}
          error={errors.endTime?.message}
        >
          <input type="time" step={300} {...register("endTime")} />
        </FormField>
      </div>
      <FormField
        label={t("instructor.timeZone")}
        hint={t("instructor.timeZoneHint")}
        error={errors.timeZone?.message}
      >
        <select {...register("timeZone")}>
          {zones.map((name) => (
            <option key={name} value={name}>
              {name}
            </option>
          ))}
        </select>
      </FormField>
      <div className="form__actions">
        <button type="submit" disabled={fetching}>
          {fetching
            ? t("instructor.saving")
            : windowId
              ? t("instructor.saveWindow")
              : t("instructor.addWindow")}
        </button>
        {onCancel ? (
          <button type="button" className="button--secondary" onClick={onCancel}>
            {t("common.cancel")}
          </button>
        ) : null}
      </div>
    </form>
  );
}

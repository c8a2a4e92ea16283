// Weekly windows as the instructor edits them: days 0 = Sunday … 6 = Saturday
// and local times HH:mm, as the API stores them.

export type WindowValues = { dayOfWeek: string; startTime: string; endTime: string; timeZone: string };

export type WindowFieldErrors = Partial<Record<keyof WindowValues, string>>;

/** Monday first: the order the week is shown in. */
export const WEEK_DAYS = [1, 2, 3, 4, 5, 6, 0] as const;

/** The day's name in the interface language (7 Jan 2024 was a Sunday). */
export function weekdayName(locale: string, dayOfWeek: number): string {
  return new Intl.DateTimeFormat(locale, { weekday: "long", timeZone: "UTC" }).format(
    new Date(Date.UTC(2024, 0, 7 + dayOfWeek)),
  );
}

/** Windows in week order (Monday first), then by start time. */
export function sortWindows<T extends { dayOfWeek: number; startTime: string }>(windows: readonly T[]): T[] {
  const rank = (day: number) => (day + 6) % 7;
  return [...windows].sort(
    (a, b) => rank(a.dayOfWeek) - rank(b.dayOfWeek) || a.startTime.localeCompare(b.startTime),
  );
}

const HH_MM = /^([01]\d|2[0-3]):[0-5]\d$/;

/**
 * A time input cannot say 24:00: an end at 00:00 means midnight at the end of
 * the day, which the API writes 24:00 (windows never cross midnight).
 */
export const apiEndTime = (endTime: string) => (endTime === "00:00" ? "24:00" : endTime);

/** The form's end time for an API end time. */
export const formEndTime = (endTime: string) => (endTime === "24:00" ? "00:00" : endTime);

/** What is wrong with a window before the API is asked, as message keys per field. */
export function windowErrors(
  values: WindowValues,
): Record<string, "required" | "badTime" | "endBeforeStart"> {
  const errors: Record<string, "required" | "badTime" | "endBeforeStart"> = {};
  if (values.dayOfWeek === "") errors.dayOfWeek = "required";
  for (const field of ["startTime", "endTime"] as const) {
    if (!values[field]) errors[field] = "required";
    else if (!HH_MM.test(values[field])) errors[field] = "badTime";
  }
  if (!values.timeZone) errors.timeZone = "required";
  if (!errors.startTime && !errors.endTime && apiEndTime(values.endTime) <= values.startTime) {
    errors.endTime = "endBeforeStart";
  }
  return errors;
}

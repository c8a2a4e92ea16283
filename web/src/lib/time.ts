/** The calendar day (YYYY-MM-DD) an instant falls on in a time zone. */
export function dayKey(iso: string, timeZone: string): string {
  // en-CA formats dates as YYYY-MM-DD.
  return new Intl.DateTimeFormat("en-CA", {
    timeZone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).format(new Date(iso));
}

/** Every IANA zone the browser knows, or a short list when it cannot tell. */
export function timeZones(current: string): string[] {
  const supported =
    typeof Intl.supportedValuesOf === "function"
      ? Intl.supportedValuesOf("timeZone")
      : [
          "UTC",
          "Europe/London",
          "Europe/Paris",
          "America/New_York",
          "America/Los_Angeles",
          "Australia/Sydney",
        ];
  return supported.includes(current) ? supported : [current, ...supported];
}

export const DAY_MS = 24 * 60 * 60 * 1000;

/** Groups items by the local day of their instant, in order. */
export function groupByDay<T>(items: readonly T[], instant: (item: T) => string, timeZone: string) {
  const days = new Map<string, T[]>();
  for (const item of items) {
    const key = dayKey(instant(item), timeZone);
    const list = days.get(key);
    if (list) list.push(item);
    else days.set(key, [item]);
  }
  return [...days.entries()].map(([day, dayItems]) => ({ day, items: dayItems }));
}

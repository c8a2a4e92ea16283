import { useMemo } from "react";
import { useTranslation } from "react-i18next";

export type MoneyValue = { amountCents: number; currency: string };

/** The visitor's IANA time zone, as the browser reports it. */
export function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC";
}

/** Dates, times, numbers and money in the interface language (and a time zone, for times). */
export function createFormatters(locale: string) {
  const number = new Intl.NumberFormat(locale);
  const percent = new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 0 });
  const moneyFormats = new Map<string, Intl.NumberFormat>();
  const moneyFormat = (currency: string, compact: boolean) => {
    const key = `${currency}:${compact}`;
    let format = moneyFormats.get(key);
    if (!format) {
      format = new Intl.NumberFormat(locale, {
        style: "currency",
        currency,
        ...(compact ? { notation: "compact", maximumFractionDigits: 1 } : {}),
      });
      moneyFormats.set(key, format);
    }
    return format;
  };
  return {
    locale,
    money: (value: MoneyValue, options: { compact?: boolean } = {}) =>
      moneyFormat(value.currency, options.compact ?? false).format(value.amountCents / 100),
    number: (value: number) => number.format(value),
    /** A rating with one decimal, e.g. "4.7" / "4,7". */
    rating: (value: number) =>
      new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(value),
    percent: (ratio: number) => percent.format(ratio),
    /** A calendar date, e.g. "23 Nov 2026" / "23 nov. 2026". */
    date: (iso: string, timeZone?: string) =>
      new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeZone }).format(new Date(iso)),
    /** A date and time, e.g. "Mon 23 Nov 2026, 14:00". */
    dateTime: (iso: string, timeZone?: string) =>
      new Intl.DateTimeFormat(locale, {
        weekday: "short",
        day: "numeric",
        month: "short",
        year: "numeric",
        hour: "numeric",
        minute: "2-digit",
        timeZone,
      }).format(new Date(iso)),
    /** A long day heading, e.g. "Monday 23 November". */
    day: (iso: string, timeZone?: string) =>
      new Intl.DateTimeFormat(locale, { weekday: "long", day: "numeric", month: "long", timeZone }).format(
        new Date(iso),
      ),
    time: (iso: string, timeZone?: string) =>
      new Intl.DateTimeFormat(locale, { hour: "numeric", minute: "2-digit", timeZone }).format(new Date(iso)),
    /** A month label for charts, e.g. "Nov 2026". */
    month: (iso: string) =>
      new Intl.DateTimeFormat(locale, { month: "short", year: "numeric", timeZone: "UTC" }).format(
        new Date(iso),
      ),
    duration: (minutes: number) => {
      const hours = Math.floor(minutes / 60);
      const rest = minutes % 60;
      const unit = (value: number, unitName: "hour" | "minute") =>
        new Intl.NumberFormat(locale, { style: "unit", unit: unitName, unitDisplay: "short" }).format(value);
      if (hours === 0) return unit(rest, "minute");
      return rest === 0 ? unit(hours, "hour") : `${unit(hours, "hour")} ${unit(rest, "minute")}`;
    },
  };
}

export type Formatters = ReturnType<typeof createFormatters>;

export function useFormat(): Formatters {
  const { i18n } = useTranslation();
  const locale = i18n.resolvedLanguage ?? i18n.language ?? "en";
  return useMemo(() => createFormatters(locale), [locale]);
}

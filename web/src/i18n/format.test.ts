import { describe, expect, it } from "vitest";
import { createFormatters } from "./format";
import { english, resources } from "./resources";

const spaces = (text: string) => text.replace(/\s/g, " ");

describe("formatters", () => {
  it("format money per language", () => {
    expect(createFormatters("en").money({ amountCents: 7900, currency: "USD" })).toBe("$79.00");
    expect(spaces(createFormatters("fr").money({ amountCents: 7900, currency: "USD" }))).toBe("79,00 $US");
    expect(spaces(createFormatters("fr").money({ amountCents: 123456, currency: "EUR" }))).toBe("1 234,56 €");
  });

  it("format dates and times in a given time zone", () => {
    const instant = "2030-03-04T23:30:00.000Z";
    expect(createFormatters("en").time(instant, "Europe/London")).toBe("11:30 PM");
    expect(createFormatters("fr").time(instant, "Asia/Tokyo")).toBe("8:30");
    expect(createFormatters("fr").day(instant, "Asia/Tokyo")).toBe("mardi 5 mars");
  });

  it("write durations in hours and minutes", () => {
    expect(createFormatters("en").duration(117)).toBe("1 hr 57 min");
    expect(createFormatters("en").duration(45)).toBe("45 min");
  });
});

describe("translations", () => {
  it("French has every English message, and translates them", () => {
    const flatten = (value: unknown, prefix = ""): Record<string, string> =>
      typeof value === "string"
        ? { [prefix]: value }
        : Object.assign(
            {},
            ...Object.entries(value as object).map(([k, v]) => flatten(v, prefix ? `${prefix}.${k}` : k)),
          );
    const en = flatten(english);
    const fr = flatten(resources.fr.translation);
    expect(Object.keys(fr).sort()).toEqual(Object.keys(en).sort());
    // Placeholders, language names and words French shares with English aside, a French message
    // equal to the English one was forgotten.
    const words = (text: string) =>
      text
        .replace(/\{\{\w+\}\}/g, "")
        .replace(
          /\b(Total|Contact|Expert|Quiz|Notifications|Format|Article|Documents?|Net|Menu|[Pp]oints?|Correct|Incorrect|Date|Actions?|Administration|Code|Description|Assistant|Score|Tests?|[Mm]essages?|Publication|[Mm]odules?|Type|[Qq]uestions?)\b/g,
          "",
        );
    const same = Object.keys(en).filter(
      (key) => en[key] === fr[key] && /[a-z]{4,}/i.test(words(en[key] ?? "")),
    );
    expect(same.filter((key) => !["nav.english", "nav.french", "common.appName"].includes(key))).toEqual([]);
  });
});

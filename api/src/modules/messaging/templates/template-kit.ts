// Shared pieces of the email templates: locales, HTML escaping and one layout,
// so each template is a small typed function returning subject + text + HTML.

export type Locale = "en" | "fr";

export interface RenderedEmail {
  subject: string;
  text: string;
  html: string;
}

/** The user's preferred language when Campus has templates in it, English otherwise. */
export const localeOf = (language: string | null | undefined): Locale =>
  language?.toLowerCase().startsWith("fr") ? "fr" : "en";

export function escapeHtml(value: string): string {
  return value
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;")
    .replaceAll("'", "&#39;");
}

/** Dates in the recipient's zone and language, never the server's. */
export function formatWhen(at: Date, locale: Locale, timeZone: string): string {
  return new Intl.DateTimeFormat(locale === "fr" ? "fr-FR" : "en-GB", {
    dateStyle: "full",
    timeStyle: "short",
    timeZone,
  }).format(at);
}

/**
 * Builds the three parts from paragraphs and an optional call to action. Every
 * interpolated value is escaped in the HTML part: names and notes are user input.
 */
export function compose(
  subject: string,
  paragraphs: string[],
  action?: { label: string; url: string },
): RenderedEmail {
  const text = [...paragraphs, ...(action ? [`${action.label}: ${action.url}`] : [])].join("\n\n");
  const body = paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join("\n");
  const button = action ? `<p><a href="${escapeHtml(action.url)}">${escapeHtml(action.label)}</a></p>` : "";
  const html = `<!doctype html><html><body style="font-family:sans-serif">\n${body}\n${button}\n</body></html>`;
  return { subject, text: `${text}\n\n— Campus`, html };
}

/** Picks the text of the recipient's language. */
export const pick = <T>(locale: Locale, texts: Record<Locale, T>): T => texts[locale];

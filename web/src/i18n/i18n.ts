import i18next from "i18next";
import { initReactI18next } from "react-i18next";
import { resources } from "./resources";

export const LOCALES = ["en", "fr"] as const;
export type Locale = (typeof LOCALES)[number];

const STORAGE_KEY = "campus.locale";

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

/** The saved choice, else the browser's first language we speak, else English. */
export function initialLocale(): Locale {
  try {
    const saved = window.localStorage.getItem(STORAGE_KEY);
    if (isLocale(saved)) return saved;
  } catch {
    // Storage blocked: fall through to the browser's languages.
  }
  const preferred = typeof navigator === "undefined" ? [] : navigator.languages;
  for (const tag of preferred ?? []) {
    const base = tag.split("-")[0];
    if (isLocale(base)) return base;
  }
  return "en";
}

export async function changeLocale(locale: Locale): Promise<void> {
  try {
    window.localStorage.setItem(STORAGE_KEY, locale);
  } catch {
    // The choice just does not survive a reload.
  }
  await i18next.changeLanguage(locale);
}

function reflectOnDocument(locale: string) {
  if (typeof document !== "undefined") document.documentElement.lang = locale;
}

i18next.on("languageChanged", reflectOnDocument);

// Messages are bundled, so initialisation is synchronous: the first render is translated.
void i18next.use(initReactI18next).init({
  resources,
  lng: typeof window === "undefined" ? "en" : initialLocale(),
  fallbackLng: "en",
  supportedLngs: LOCALES,
  initAsync: false,
  interpolation: { escapeValue: false },
  returnNull: false,
});

export { i18next };

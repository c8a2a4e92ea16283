import { cleanup } from "@testing-library/react";
import { afterEach, beforeEach } from "vitest";
import { i18next } from "../i18n/i18n";

// Tests read English text, whatever the machine's language.
beforeEach(async () => {
  window.localStorage.clear();
  await i18next.changeLanguage("en");
});

// Vitest runs without globals, so Testing Library cannot register this itself.
afterEach(() => {
  cleanup();
});

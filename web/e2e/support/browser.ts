import { existsSync } from "node:fs";
import { type Browser, type BrowserContext, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, inject } from "vitest";

/** Debian's chromium (DESIGN.md); CHROMIUM_PATH points elsewhere, e.g. a local Chrome. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

const FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

export const baseUrl = () => inject("baseUrl");

export type Tab = { context: BrowserContext; page: Page; errors: string[] };

/** One browser per test file; each "person" in a scenario gets a context of their own. */
export function useBrowser() {
  const state: { browser?: Browser } = {};
  beforeAll(async () => {
    if (!existsSync(CHROMIUM_PATH)) {
      throw new Error(`No browser at ${CHROMIUM_PATH}: apt-get install -y chromium, or set CHROMIUM_PATH.`);
    }
    state.browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: FLAGS });
  });
  afterAll(async () => {
    await state.browser?.close();
  });

  return async function open(
    options: { locale?: string; timezoneId?: string; width?: number } = {},
  ): Promise<Tab> {
    if (!state.browser) throw new Error("The browser is not running");
    const context = await state.browser.newContext({
      baseURL: baseUrl(),
      locale: options.locale ?? "en-US",
      timezoneId: options.timezoneId ?? "Europe/London",
      viewport: { width: options.width ?? 1280, height: 900 },
    });
    // Offline and deterministic: demo images and videos live on hosts that do not exist.
    await context.route(/^https?:\/\/(?!127\.0\.0\.1|localhost)/, (route) => route.abort());
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    return { context, page, errors };
  };
}

export async function logInThroughUi(page: Page, email: string, password = "campus-demo-2026") {
  await page.goto("/login");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Log in" }).click();
  await page.getByRole("button", { name: "Log out" }).waitFor();
}

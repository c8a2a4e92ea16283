import { describe, expect, it } from "vitest";
import { logInThroughUi, useBrowser } from "./support/browser";

type StoredSession = {
  accessToken: string;
  accessTokenExpiresAt: string;
  refreshToken: string;
  userId: string;
};

const readSession = (raw: string | null): StoredSession => JSON.parse(raw ?? "null") as StoredSession;

describe("app shell", () => {
  const open = useBrowser();

  it("speaks the browser's language, switches between French and English, and formats money per locale", async () => {
    const { page, errors } = await open({ locale: "fr-FR" });
    await page.goto("/courses/graphql-api-design");
    await page.getByRole("heading", { name: "Programme" }).waitFor();
    await page.getByText("79,00 $US").first().waitFor();
    expect(await page.locator("html").getAttribute("lang")).toBe("fr");

    await page.getByLabel("Langue").selectOption("en");
    await page.getByRole("heading", { name: "Curriculum" }).waitFor();
    await page.getByText("$79.00").first().waitFor();
    expect(await page.locator("html").getAttribute("lang")).toBe("en");

    // The choice is remembered over the browser's language.
    await page.reload();
    await page.getByRole("heading", { name: "Curriculum" }).waitFor();
    expect(errors).toEqual([]);
  });

  it("refreshes an expired or rejected access token without bothering the user", async () => {
    const { page, errors } = await open();
    await logInThroughUi(page, "emma.wilson@campus.test");
    const original = readSession(await page.evaluate(() => localStorage.getItem("campus.session")));

    // Expired by the clock: refreshed before the request goes out.
    await page.evaluate((session) => {
      localStorage.setItem(
        "campus.session",
        JSON.stringify({ ...session, accessTokenExpiresAt: new Date(Date.now() - 60_000).toISOString() }),
      );
    }, original);
    await page.goto("/bookings");
    await page.getByRole("heading", { name: "My bookings" }).waitFor();
    await page.getByRole("article").first().waitFor();
    const refreshed = readSession(await page.evaluate(() => localStorage.getItem("campus.session")));
    // Refresh tokens rotate (an access token issued in the same second can be byte-identical).
    expect(refreshed.refreshToken).not.toBe(original.refreshToken);
    expect(Date.parse(refreshed.accessTokenExpiresAt)).toBeGreaterThan(Date.now());

    // Rejected by the server (401): refreshed, and the request retried.
    await page.evaluate((session) => {
      localStorage.setItem(
        "campus.session",
        JSON.stringify({ ...session, accessToken: "not-a-valid-token" }),
      );
    }, refreshed);
    await page.goto("/learning");
    await page.getByRole("heading", { name: "My learning" }).waitFor();
    await page.getByRole("article").first().waitFor();
    await page.getByRole("button", { name: "Log out" }).waitFor();
    const again = readSession(await page.evaluate(() => localStorage.getItem("campus.session")));
    expect(again.refreshToken).not.toBe(refreshed.refreshToken);

    // Logging out forgets the session and asks to log in for private pages.
    await page.getByRole("button", { name: "Log out" }).click();
    await page.getByRole("link", { name: "Log in" }).waitFor();
    expect(await page.evaluate(() => localStorage.getItem("campus.session"))).toBeNull();
    await page.goto("/bookings");
    await page.getByRole("heading", { name: "Log in to Campus" }).waitFor();
    expect(new URL(page.url()).searchParams.get("next")).toBe("/bookings");
    expect(errors).toEqual([]);
  });

  it("collapses the navigation into a menu button on a phone", async () => {
    const { page } = await open({ width: 390 });
    await page.goto("/courses");
    const menu = page.getByRole("button", { name: "Menu" });
    await menu.waitFor();
    const nav = page.getByRole("navigation", { name: "Main" });
    expect(await nav.isVisible()).toBe(false);
    await menu.click();
    expect(await menu.getAttribute("aria-expanded")).toBe("true");
    await nav.getByRole("link", { name: "Tutoring" }).click();
    await page.getByRole("heading", { name: "Tutoring with experts" }).waitFor();
    expect(await nav.isVisible()).toBe(false);
  });

  it("shows wrong credentials as a form error", async () => {
    const { page } = await open();
    await page.goto("/login");
    await page.getByRole("button", { name: "Log in" }).click();
    await page.getByText("This field is required.").first().waitFor();
    await page.getByLabel("Email").fill("emma.wilson@campus.test");
    await page.getByLabel("Password").fill("wrong password");
    await page.getByRole("button", { name: "Log in" }).click();
    await page
      .getByRole("alert")
      .filter({ hasText: /incorrect|invalid/i })
      .waitFor();
  });
});

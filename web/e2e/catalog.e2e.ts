import { describe, expect, it } from "vitest";
import { useBrowser } from "./support/browser";

describe("scenario 1: an anonymous visitor searches, filters and opens a course", () => {
  const open = useBrowser();

  it("finds a course by search, narrows it with a facet and reads its page", async () => {
    const { page, errors } = await open();
    await page.goto("/");
    await expect.poll(() => page.url()).toContain("/courses");
    await page.getByRole("heading", { name: "Courses", level: 1 }).waitFor();
    const cards = page.locator("main article");
    // An action that changes the search: its new results have come back, and the list shows them.
    const andSettle = async (action: () => Promise<unknown>) => {
      const answered = page.waitForResponse(
        (response) =>
          response.url().endsWith("/graphql") &&
          (response.request().postData() ?? "").includes('"operationName":"CourseListPage"'),
      );
      await action();
      await answered;
      await page.locator('.catalog__results[aria-busy="false"]').waitFor();
      await page.getByText(/^Showing \d+ of \d+ courses$/).waitFor();
    };
    await cards.first().waitFor();
    const everything = await cards.count();
    expect(everything).toBeGreaterThan(3);

    // Search (French content, accents ignored by the API).
    await page.getByRole("searchbox", { name: "Search courses" }).fill("bridge");
    await andSettle(() => page.getByRole("button", { name: "Search" }).click());
    await page.getByRole("heading", { name: "Results for “bridge”" }).waitFor();
    const found = await cards.count();
    expect(found).toBeGreaterThan(0);
    expect(found).toBeLessThan(everything);
    expect(new URL(page.url()).searchParams.get("q")).toBe("bridge");

    // Filter: only courses with a certificate; the category facet counts follow the filter.
    const certificate = page.getByRole("checkbox", { name: "With a certificate" });
    await andSettle(() => certificate.click());
    await expect.poll(() => certificate.isChecked()).toBe(true);
    expect(new URL(page.url()).searchParams.get("certificate")).toBe("1");
    const filtered = await cards.count();
    expect(filtered).toBeLessThan(found);
    expect(filtered).toBeGreaterThan(0);
    const facet = page.getByRole("checkbox", { name: /^Jeux de cartes \(\d+\)$/ });
    expect(await facet.evaluate((input) => input.parentElement?.textContent)).toBe(
      `Jeux de cartes (${filtered})`,
    );
    await andSettle(() => facet.click());
    await expect.poll(() => facet.isChecked()).toBe(true);
    expect(new URL(page.url()).searchParams.getAll("category")).toEqual(["Jeux de cartes"]);
    expect(await cards.count()).toBe(filtered);

    // Sort, then open the first result.
    await andSettle(() => page.getByLabel("Sort by").selectOption("PRICE_ASC"));
    expect(new URL(page.url()).searchParams.get("sort")).toBe("PRICE_ASC");
    const first = cards.first().getByRole("link");
    const title = (await first.textContent()) ?? "";
    await first.click();

    await page.getByRole("heading", { name: title, level: 1 }).waitFor();
    await page.getByRole("heading", { name: "Curriculum" }).waitFor();
    await page.getByRole("heading", { name: "Reviews" }).waitFor();
    await page.getByRole("heading", { name: "Your instructor" }).waitFor();
    expect(await page.locator(".curriculum__lesson").count()).toBeGreaterThan(0);
    // Anonymous: enrolling asks to log in first.
    await page.getByRole("link", { name: "Log in to enroll" }).waitFor();
    expect(errors).toEqual([]);
  });

  it("opens a preview lesson of a paid course without signing in", async () => {
    const { page, errors } = await open();
    await page.goto("/courses/graphql-api-design");
    await page.getByRole("button", { name: "Preview: Thinking in graphs" }).click();
    const dialog = page.getByRole("dialog", { name: "Preview: Thinking in graphs" });
    await dialog.waitFor();
    await dialog.locator("video").waitFor({ state: "attached" });
    await dialog.getByRole("button", { name: "Close" }).click();
    await dialog.waitFor({ state: "hidden" });
    // Locked lessons say so.
    expect(await page.getByText("Enroll to unlock").count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
  });

  it("tells when nothing matches, and clears the filters", async () => {
    const { page } = await open();
    await page.goto("/courses?q=zzzz-no-such-course");
    await page.getByText("No course matches these filters.").waitFor();
    await page.goto("/courses?free=1");
    await page.locator("main article").first().waitFor();
    await page.getByRole("button", { name: "Clear all filters" }).click();
    await expect.poll(() => new URL(page.url()).search).toBe("");
  });
});

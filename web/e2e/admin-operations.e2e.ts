import { describe, expect, it } from "vitest";
import { logInThroughUi, useBrowser } from "./support/browser";

describe("admin operations: discount codes, the audit trail, venues", () => {
  const open = useBrowser();

  it("creates a discount code, finds the creation in the audit log, and adds a venue", async () => {
    const { page, errors } = await open();
    // Unique per run: the database outlives one run of the suite.
    const stamp = Date.now().toString(36).toUpperCase();
    const code = `E2E-${stamp}`;
    const venueName = `Training room ${stamp}`;
    await logInThroughUi(page, "admin@campus.test");

    await page.goto("/admin/discount-codes");
    await page.getByRole("heading", { name: "Discount codes" }).waitFor();
    await page.getByRole("button", { name: "New discount code" }).click();
    const form = page.getByRole("dialog", { name: "New discount code" });
    await form.getByLabel("Code", { exact: true }).fill(code);
    await form.getByLabel("Percentage off").fill("20");
    await form.getByLabel("Uses in total").fill("50");
    await form.getByRole("button", { name: "Create the code" }).click();
    await page
      .getByRole("status")
      .filter({ hasText: `Discount code ${code} created.` })
      .waitFor();
    const row = page.getByRole("row").filter({ has: page.getByRole("rowheader", { name: code }) });
    await row.waitFor();
    expect(await row.getByText("0 of 50 used").count()).toBe(1);
    expect(await row.getByText("20%").count()).toBe(1);

    // The sub-navigation leads to the audit log, where the creation is recorded with the values saved.
    await page
      .getByRole("navigation", { name: "Administration" })
      .getByRole("link", { name: "Audit log" })
      .click();
    await page.getByRole("heading", { name: "Audit log" }).waitFor();
    await page.getByLabel("Action", { exact: true }).fill("discount_code.create");
    await page.getByRole("button", { name: "Apply" }).click();
    const entry = page.getByRole("row").filter({ hasText: "discount_code.create" }).first();
    await entry.waitFor();
    await page.waitForFunction(() =>
      [...document.querySelectorAll("tbody code")].every((el) => el.textContent === "discount_code.create"),
    );
    await entry.getByRole("button", { name: /^Details/ }).click();
    const changes = page.getByRole("table", { name: "Values before and after" });
    await changes.waitFor();
    expect(await changes.getByRole("cell", { name: code, exact: true }).count()).toBe(1);
    expect(await entry.getByText("admin@campus.test").count()).toBe(1);

    await page
      .getByRole("navigation", { name: "Administration" })
      .getByRole("link", { name: "Venues" })
      .click();
    await page.getByRole("heading", { name: "Venues", exact: true }).waitFor();
    await page.getByRole("button", { name: "New venue" }).click();
    const venueForm = page.getByRole("dialog", { name: "New venue" });
    await venueForm.getByLabel("Name", { exact: true }).fill(venueName);
    await venueForm.getByLabel("Address", { exact: true }).fill("8 rue Garibaldi");
    await venueForm.getByLabel("Postcode").fill("69006");
    await venueForm.getByLabel("City", { exact: true }).fill("Lyon");
    await venueForm.getByLabel("Time zone").fill("Europe/Paris");
    await venueForm.getByLabel("Capacity").fill("14");
    await venueForm.getByLabel("Wi-Fi").check();
    await venueForm.getByRole("button", { name: "Add the venue" }).click();
    const card = page.getByRole("article", { name: venueName });
    await card.waitFor();
    expect(await card.getByText("14 seats").count()).toBe(1);
    expect(await card.getByText("8 rue Garibaldi, 69006 Lyon").count()).toBe(1);
    expect(errors).toEqual([]);
  });
});

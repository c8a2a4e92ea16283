import { describe, expect, it } from "vitest";
import { useBrowser } from "./support/browser";

describe("checkout: a new learner buys a paid course with a discount code (offline gateway)", () => {
  const open = useBrowser();

  it("applies the code, pays with the test card and lands in the course", async () => {
    const { page, errors } = await open();
    await page.goto("/signup?next=/courses/graphql-api-design");
    await page.getByLabel("First name").fill("Alan");
    await page.getByLabel("Last name").fill("Turing");
    await page.getByLabel("Email").fill(`alan.${Date.now()}@example.com`);
    await page.getByLabel("Password").fill("universal machine 1936");
    await page.getByRole("button", { name: "Sign up" }).click();
    await page.getByRole("heading", { name: "Designing GraphQL APIs", level: 1 }).waitFor();

    await page.getByRole("button", { name: "Buy this course" }).click();
    const checkout = page.getByRole("dialog", { name: "Confirm and pay" });
    await checkout.getByLabel("Discount code (optional)").fill("WELCOME10");
    await checkout.getByRole("button", { name: "Apply" }).click();
    await checkout.getByText("$7.90 off", { exact: false }).waitFor();
    await checkout.getByRole("button", { name: "Buy for $71.10" }).click();

    await page.getByRole("heading", { name: "Designing GraphQL APIs", level: 1 }).waitFor();
    await expect.poll(() => new URL(page.url()).pathname).toBe("/learning/courses/graphql-api-design");
    await page.getByRole("progressbar", { name: "Progress in Designing GraphQL APIs" }).waitFor();
    expect(errors).toEqual([]);
  });
});

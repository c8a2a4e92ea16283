import { describe, expect, it } from "vitest";
import { logInThroughUi, useBrowser } from "./support/browser";

describe("scenario 5: the admin revenue chart renders with data", () => {
  const open = useBrowser();

  it("draws revenue bars from the revenue report, and the screenshot is not blank", async () => {
    const { page, errors } = await open();
    await logInThroughUi(page, "admin@campus.test");
    await page.getByRole("link", { name: "Dashboard" }).click();
    await page.getByRole("heading", { name: "Revenue per month" }).waitFor();
    const chart = page.getByTestId("revenue-chart");
    await chart.locator(".recharts-bar-rectangle").first().waitFor();
    expect(await page.getByText(/^Net revenue in [A-Z]{3} over the period:/).count()).toBe(1);

    // The pixels, not only the DOM: count the bar colours in a screenshot of the chart.
    const png = await chart.screenshot();
    const shares = await page.evaluate(async (base64) => {
      const image = new Image();
      image.src = `data:image/png;base64,${base64}`;
      await image.decode();
      const canvas = document.createElement("canvas");
      canvas.width = image.width;
      canvas.height = image.height;
      const context = canvas.getContext("2d");
      if (!context) throw new Error("no 2d context");
      context.drawImage(image, 0, 0);
      const { data } = context.getImageData(0, 0, image.width, image.height);
      let net = 0;
      let gross = 0;
      let background = 0;
      const total = data.length / 4;
      for (let i = 0; i < data.length; i += 4) {
        const [r, g, b] = [data[i] ?? 0, data[i + 1] ?? 0, data[i + 2] ?? 0];
        const near = (cr: number, cg: number, cb: number) =>
          Math.abs(r - cr) < 12 && Math.abs(g - cg) < 12 && Math.abs(b - cb) < 12;
        if (near(0x2f, 0x5b, 0xea)) net += 1;
        else if (near(0x8a, 0xa6, 0xff)) gross += 1;
        else if (near(255, 255, 255)) background += 1;
      }
      return { net: net / total, gross: gross / total, background: background / total };
    }, png.toString("base64"));
    expect(shares.net).toBeGreaterThan(0.002);
    expect(shares.gross).toBeGreaterThan(0.002);
    expect(shares.background).toBeLessThan(0.99);

    // The same figures are readable as a table.
    await page.getByText("Show the figures as a table").click();
    expect(await page.getByRole("table").first().getByRole("row").count()).toBeGreaterThan(6);
    await page.getByRole("heading", { name: "Bookings by status" }).waitFor();
    expect(errors).toEqual([]);
  });

  it("keeps the dashboard from people who are not admins", async () => {
    const { page } = await open();
    await logInThroughUi(page, "emma.wilson@campus.test");
    await page.goto("/admin");
    await page.getByRole("alert").filter({ hasText: "You are not allowed to see this page." }).waitFor();
  });
});

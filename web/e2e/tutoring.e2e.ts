import { describe, expect, it } from "vitest";
import { gql } from "./support/api";
import { useBrowser } from "./support/browser";

const SESSION_TITLE = "GraphQL schema review";

async function sessionPath(): Promise<string> {
  const data = await gql<{ tutoringSessions: { nodes: Array<{ id: string; title: string }> } }>(
    `{ tutoringSessions(first: 50) { nodes { id title } } }`,
  );
  const session = data.tutoringSessions.nodes.find((node) => node.title === SESSION_TITLE);
  if (!session) throw new Error(`No tutoring session "${SESSION_TITLE}" in the demo data`);
  return `/tutoring/${encodeURIComponent(session.id)}`;
}

describe("scenario 2: a new learner books a tutoring slot while someone else watches", () => {
  const open = useBrowser();

  it("signs up, books a slot with the offline gateway, finds it in My bookings; the watcher sees it vanish live", async () => {
    const path = await sessionPath();
    // Someone else (anonymous, in New York) looks at the same session.
    const watcher = await open({ timezoneId: "America/New_York" });
    await watcher.page.goto(path);
    await watcher.page.getByRole("heading", { name: SESSION_TITLE }).waitFor();
    await watcher.page.getByText("Times are shown in America/New_York.", { exact: false }).waitFor();
    await watcher.page.getByRole("radio").first().waitFor();
    await watcher.page.getByRole("status").filter({ hasText: "Live updates on" }).waitFor();

    // The learner signs up, then finds the session through the expert directory.
    const learner = await open();
    const { page } = learner;
    await page.goto("/signup?next=/experts");
    await page.getByLabel("First name").fill("Ada");
    await page.getByLabel("Last name").fill("Lovelace");
    await page.getByLabel("Email").fill(`ada.${Date.now()}@example.com`);
    await page.getByLabel("Password").fill("analytical engine 1843");
    await page.getByRole("button", { name: "Sign up" }).click();
    await page.getByRole("heading", { name: "Tutoring with experts" }).waitFor();
    await page.getByRole("button", { name: "Log out" }).waitFor();
    await page.getByRole("link", { name: SESSION_TITLE }).click();
    await page.getByText("Times are shown in Europe/London.", { exact: false }).waitFor();

    const slot = page.getByRole("radio").first();
    const slotId = await slot.getAttribute("value");
    expect(slotId).toBeTruthy();
    const watchedSlot = watcher.page.locator(`input[type="radio"][value="${slotId}"]`);
    expect(await watchedSlot.count()).toBe(1);

    await slot.check();
    await page.getByRole("button", { name: "Book this time" }).click();
    const checkout = page.getByRole("dialog", { name: "Confirm and pay" });
    await checkout.getByText("Offline payment", { exact: false }).waitFor();
    await checkout.getByLabel("Test card").selectOption({ label: "Visa — payment succeeds" });
    await checkout.getByRole("button", { name: /^Book and pay/ }).click();

    // In My bookings, with its reference, awaiting the expert's confirmation, card authorized.
    await page.getByRole("heading", { name: "My bookings" }).waitFor();
    const notice = await page.getByText(/Booked! Your reference is BK-/).textContent();
    const reference = /BK-[A-Z0-9-]+/.exec(notice ?? "")?.[0];
    expect(reference).toBeTruthy();
    const booking = page.getByRole("article", { name: SESSION_TITLE });
    await booking.getByText(`Reference ${reference}`).waitFor();
    await booking.getByText("Awaiting confirmation").waitFor();
    await booking.getByText("Card authorized", { exact: false }).waitFor();

    // The watcher never reloaded: the booked time is gone from the picker.
    await expect.poll(() => watchedSlot.count(), { timeout: 10_000 }).toBe(0);
    await watcher.page.getByRole("radio").first().waitFor();

    expect(learner.errors).toEqual([]);
    expect(watcher.errors).toEqual([]);
  });

  it("cancelling from My bookings gives the slot back to the watcher, live", async () => {
    const path = await sessionPath();
    const watcher = await open();
    await watcher.page.goto(path);
    await watcher.page.getByRole("radio").first().waitFor();
    const learner = await open();
    const { page } = learner;
    await page.goto(`/signup?next=${encodeURIComponent(path)}`);
    await page.getByLabel("First name").fill("Grace");
    await page.getByLabel("Last name").fill("Hopper");
    await page.getByLabel("Email").fill(`grace.${Date.now()}@example.com`);
    await page.getByLabel("Password").fill("compiler pioneer 1952");
    await page.getByRole("button", { name: "Sign up" }).click();
    const slot = page.getByRole("radio").first();
    const slotId = await slot.getAttribute("value");
    const watchedSlot = watcher.page.locator(`input[type="radio"][value="${slotId}"]`);
    await slot.check();
    await page.getByRole("button", { name: "Book this time" }).click();
    await page
      .getByRole("dialog", { name: "Confirm and pay" })
      .getByRole("button", { name: /^Book and pay/ })
      .click();
    const booking = page.getByRole("article", { name: SESSION_TITLE });
    await booking.waitFor();
    await expect.poll(() => watchedSlot.count(), { timeout: 10_000 }).toBe(0);

    await booking.getByRole("button", { name: "Cancel booking" }).click();
    const cancel = page.getByRole("dialog", { name: `Cancel ${SESSION_TITLE}?` });
    await cancel.getByLabel("Why are you cancelling?").fill("Found another time");
    await cancel.getByRole("button", { name: "Cancel the booking" }).click();
    await page
      .getByRole("article", { name: SESSION_TITLE })
      .getByText("Cancelled", { exact: true })
      .waitFor();
    await expect.poll(() => watchedSlot.count(), { timeout: 10_000 }).toBe(1);

    expect(learner.errors).toEqual([]);
  });
});

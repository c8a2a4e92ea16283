import { describe, expect, it } from "vitest";
import { gql } from "./support/api";
import { logInThroughUi, useBrowser } from "./support/browser";

// Seeded instructors (prisma/seed/data): Marcus is an expert in New York with three active
// tutoring sessions and weekday windows until 16:30. The seeded in-person courses have no owning
// instructor, so the one who plans their runs is Thomas, instructor and admin.
const EXPERT = "marcus.reed@campus.test";
const EXPERT_ZONE = "America/New_York";
const TRAINER = "thomas.joannes@campus.test";
const COURSE = "Emergency First Aid at Work (EFAW)";

/** The weekday (0 = Sunday) and the preview's day heading, `days` from now in a zone. */
function dayAhead(days: number, timeZone: string) {
  const instant = new Date(Date.now() + days * 86_400_000);
  const weekday = new Intl.DateTimeFormat("en-US", { weekday: "short", timeZone }).format(instant);
  const heading = new Intl.DateTimeFormat("en", {
    weekday: "long",
    day: "numeric",
    month: "long",
    timeZone,
  }).format(instant);
  return { dayOfWeek: ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"].indexOf(weekday), heading };
}

/** "YYYY-MM-DDTHH:mm" for a datetime-local input, `days` from today (the browser runs in London). */
function londonInput(days: number, time: string) {
  const date = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/London" }).format(
    new Date(Date.now() + days * 86_400_000),
  );
  return `${date}T${time}`;
}

describe("instructor pages", () => {
  const open = useBrowser();

  it("an expert adds a weekly window and sees the times it opens in the preview", async () => {
    // The browser is in the expert's zone: the window's zone defaults to it, the preview is shown in it.
    const { page, errors } = await open({ timezoneId: EXPERT_ZONE });
    await logInThroughUi(page, EXPERT);
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Availability" }).click();
    await page.getByRole("heading", { name: "Availability", level: 1 }).waitFor();
    await page.getByText(/^\d+ bookable times?\.$/).waitFor();

    // Three days ahead, in the evening, after every seeded window of Marcus.
    const { dayOfWeek, heading } = dayAhead(3, EXPERT_ZONE);
    const day = page.getByRole("region", { name: heading });
    const eveningSlot = day.getByRole("listitem").filter({ hasText: "7:00 PM · GraphQL schema review" });
    expect(await eveningSlot.count()).toBe(0);

    const form = page.getByRole("form", { name: "Add a window" });
    expect(await form.getByLabel("Time zone").inputValue()).toBe(EXPERT_ZONE);
    await form.getByLabel("Day").selectOption(String(dayOfWeek));
    await form.getByLabel("From").fill("19:00");
    await form.getByLabel("To").fill("21:00");
    await form.getByRole("button", { name: "Add the window" }).click();
    await page.getByText(/^Window added: \d+ bookable times changed\.$/).waitFor();
    await eveningSlot.waitFor();
    await day.getByRole("listitem").filter({ hasText: "8:30 PM · TypeScript pairing session" }).waitFor();

    // A window overlapping it is refused, and the reason is shown at the start time.
    await form.getByLabel("Day").selectOption(String(dayOfWeek));
    await form.getByLabel("From").fill("20:00");
    await form.getByLabel("To").fill("22:00");
    await form.getByRole("button", { name: "Add the window" }).click();
    await form.getByText("It overlaps another of your availability windows.").waitFor();
    expect(await form.getByLabel("From").getAttribute("aria-invalid")).toBe("true");
    expect(errors).toEqual([]);
  });

  it("an instructor plans a run at a venue, meets an overlap, then publishes it", async () => {
    const { page, errors } = await open();
    await logInThroughUi(page, TRAINER);
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Schedules" }).click();
    await page.getByRole("heading", { name: "Schedules at venues", level: 1 }).waitFor();

    const form = page.getByRole("form", { name: "Plan a schedule" });
    await form.getByLabel("Course").selectOption({ label: COURSE });
    expect(await form.getByLabel("Seats offered").inputValue()).toBe("12");
    await form.getByLabel("Venue").selectOption({ label: "Campus London Shoreditch, London (14 seats)" });
    // The seed has a run in London 30 days ahead: two days around it collide with it.
    await form.getByLabel("Starts").fill(londonInput(29, "12:00"));
    await form.getByLabel("Ends").fill(londonInput(31, "12:00"));
    await form.getByRole("button", { name: "Plan the schedule" }).click();
    await form
      .getByText("The venue already has a schedule at that time. Pick another time or venue.")
      .waitFor();
    expect(await form.getByLabel("Starts").getAttribute("aria-invalid")).toBe("true");

    // The runs listed before this one is planned (seeded drafts among them).
    const listed = () =>
      page
        .locator("li[data-schedule]")
        .evaluateAll((rows) => rows.map((row) => row.getAttribute("data-schedule")));
    await page.locator("li[data-schedule]").first().waitFor();
    const before = new Set(await listed());
    await form.getByLabel("Starts").fill(londonInput(50, "09:00"));
    await form.getByLabel("Ends").fill(londonInput(50, "17:00"));
    await form.getByRole("button", { name: "Plan the schedule" }).click();
    await page.getByText("Draft saved. Publish it when it is ready for booking.").waitFor();

    // The listing holds every run the viewer manages: the new one is the one not listed before.
    let scheduleId: string | null | undefined;
    await expect
      .poll(async () => {
        scheduleId = (await listed()).find((id) => !before.has(id));
        return scheduleId;
      })
      .toBeTruthy();
    const row = page.locator(`li[data-schedule="${scheduleId}"]`);
    expect(await row.getAttribute("aria-label")).toBe(`${COURSE}, Campus London Shoreditch`);
    await row.getByText("Draft", { exact: true }).waitFor();
    await row.getByRole("button", { name: "Publish" }).click();
    await row.getByText("Published", { exact: true }).waitFor();
    await row.getByText("12 seats left").waitFor();

    // Anyone can now see it, published, at the venue.
    const seen = await gql<{
      courseSchedule: { status: string; seatsLeft: number; venue: { name: string } };
    }>(`query ($id: ID!) { courseSchedule(id: $id) { status seatsLeft venue { name } } }`, {
      id: scheduleId,
    });
    expect(seen.courseSchedule).toEqual({
      status: "PUBLISHED",
      seatsLeft: 12,
      venue: { name: "Campus London Shoreditch" },
    });
    expect(errors).toEqual([]);
  });
});

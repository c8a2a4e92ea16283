import { describe, expect, it } from "vitest";
import { logInThroughUi, useBrowser } from "./support/browser";

const COURSE = "Python for Data Analysis";

describe("scenario 4: a student completes a lesson and a quiz and sees progress move", () => {
  const open = useBrowser();

  it("continues where they left off, completes the lesson, passes the quiz, and the progress follows", async () => {
    const { page, errors } = await open();
    await logInThroughUi(page, "emma.wilson@campus.test");
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "My learning" }).click();
    const card = page.getByRole("article", { name: COURSE });
    const bar = card.getByRole("progressbar", { name: `Progress in ${COURSE}` });
    await bar.waitFor();
    const before = Number(await bar.getAttribute("aria-valuenow"));
    expect(before).toBeLessThan(100);

    // Continue where I left off: the lesson last worked on.
    await card.getByRole("link", { name: "Continue" }).click();
    const lessonTitle = await page.getByRole("heading", { level: 1 }).textContent();
    expect(lessonTitle).toBeTruthy();
    const lessonBar = page.getByRole("progressbar", { name: `Progress in ${COURSE}` });
    await lessonBar.waitFor();
    await page.getByRole("button", { name: "Mark as complete" }).click();
    await page.getByRole("status").filter({ hasText: "Completed" }).waitFor();
    await expect
      .poll(async () => Number(await lessonBar.getAttribute("aria-valuenow")))
      .toBeGreaterThan(before);
    const afterLesson = Number(await lessonBar.getAttribute("aria-valuenow"));

    // The quiz of the course, from the course outline.
    await page
      .getByRole("link", { name: "Back to the course outline" })
      .or(page.getByRole("link", { name: COURSE }))
      .first()
      .click();
    await page.getByRole("heading", { name: COURSE, level: 1 }).waitFor();
    await page.getByRole("region", { name: "Quizzes" }).getByRole("link", { name: "Practice quiz" }).click();
    await page.getByRole("heading", { name: "Quiz: Practice quiz" }).waitFor();
    await page.getByRole("button", { name: /Start the quiz|Resume the quiz/ }).click();
    await page
      .getByRole("group", { name: /Which method removes rows with missing values/ })
      .getByLabel("df.dropna()")
      .check();
    await page
      .getByRole("group", { name: /groupby returns a DataFrame immediately/ })
      .getByLabel("False")
      .check();
    await page.getByRole("button", { name: "Submit my answers" }).click();
    await page.getByRole("heading", { name: "Your result" }).waitFor();
    await page.getByText(/^Score: 2 \/ 2 \(100%\)/).waitFor();
    await page.getByRole("region", { name: "Your result" }).getByText("Passed", { exact: true }).waitFor();

    // My learning shows the new progress without a reload of the app.
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "My learning" }).click();
    await expect
      .poll(async () => Number(await bar.getAttribute("aria-valuenow")))
      .toBeGreaterThanOrEqual(afterLesson);
    expect(errors).toEqual([]);
  });
});

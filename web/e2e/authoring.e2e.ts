import { describe, expect, it } from "vitest";
import { logInThroughUi, useBrowser } from "./support/browser";

const INSTRUCTOR = "priya.nair@campus.test";

describe("course authoring: an instructor builds a course and publishes it to the catalog", () => {
  const open = useBrowser();

  it("creates a draft, adds a module and a lesson, is told what publishing needs, fixes it and publishes", async () => {
    const suffix = Date.now().toString(36);
    const title = `Authoring ${suffix}`;
    const { page, errors } = await open();
    await logInThroughUi(page, INSTRUCTOR);

    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "My courses" }).click();
    await page.getByRole("heading", { name: "My courses", level: 1 }).waitFor();
    await page.getByRole("link", { name: "Create a course" }).click();
    await page.getByRole("heading", { name: "New course", level: 1 }).waitFor();

    // A title is all a draft needs; the form says so before asking the server.
    await page.getByRole("button", { name: "Create the draft" }).click();
    await page.getByText("This field is required.").waitFor();
    await page.getByLabel("Title", { exact: true }).fill(title);
    await page.getByLabel("Price", { exact: true }).fill("19.90");
    await page.getByRole("button", { name: "Create the draft" }).click();
    await page.getByRole("heading", { name: title, level: 1 }).waitFor();
    await page.getByText("Draft", { exact: true }).waitFor();

    await page.getByLabel("New module title").fill("Getting started");
    await page.getByRole("button", { name: "Add the module" }).click();
    await page.getByRole("heading", { name: "Getting started", level: 3 }).waitFor();
    await page.getByRole("button", { name: "Add a lesson to “Getting started”" }).click();
    await page.getByLabel("Lesson title").fill("Welcome");
    await page.getByLabel("Type").selectOption("ARTICLE");
    await page.getByLabel("Duration (minutes)").fill("5");
    await page.getByRole("button", { name: "Add a lesson", exact: true }).click();
    await page.getByRole("listitem", { name: "Welcome" }).waitFor();

    // Publishing too early: the API's reasons are listed.
    await page.getByRole("button", { name: "Publish", exact: true }).click();
    const refusal = page.getByRole("alert").filter({ hasText: "The course cannot be published yet" });
    await refusal.getByText("Describe the course before publishing it.").waitFor();
    await refusal.getByText("Choose a category before publishing.").waitFor();
    expect(await refusal.getByText("Add at least one lesson").count()).toBe(0);

    await page.getByLabel("Short description").fill("A course built by the end-to-end test.");
    await page.getByLabel("Category", { exact: true }).fill("Programming");
    await page.getByRole("button", { name: "Save the course" }).click();
    await page.getByText("Saved.", { exact: true }).waitFor();
    await page.getByRole("button", { name: "Publish", exact: true }).click();
    await page.getByText("The course is published: it is in the catalog.").waitFor();
    await page.getByText("Published", { exact: true }).waitFor();

    // A quiz for the lesson, with a true-or-false question.
    await page.getByLabel("New quiz title").fill("Welcome check");
    await page.getByLabel("Attached to").selectOption({ label: "Welcome" });
    await page.getByRole("button", { name: "Create the quiz" }).click();
    await page.getByRole("heading", { name: "Welcome check", level: 1 }).waitFor();
    await page.getByLabel("Question type").selectOption("TRUE_FALSE");
    await page.getByLabel("Question", { exact: true }).fill("This course was written by a robot.");
    await page.getByRole("radio", { name: "True" }).check();
    await page.getByRole("button", { name: "Add the question" }).click();
    await page
      .getByRole("listitem", { name: "Question 1" })
      .getByText("This course was written by a robot.")
      .waitFor();
    await page.getByText("1 question · 1 point").waitFor();

    // My courses shows it published, with its lesson, without a reload.
    await page.getByRole("link", { name: "My courses" }).first().click();
    const row = page.getByRole("row").filter({ hasText: title });
    await row.getByText("Published", { exact: true }).waitFor();
    expect(await row.getByRole("cell").nth(1).textContent()).toBe("1");

    // Anyone finds it in the public catalog.
    const visitor = await open();
    await visitor.page.goto(`/courses?q=${suffix}`);
    const card = visitor.page.getByRole("article", { name: title });
    await card.waitFor();
    await card.getByText("€19.90").waitFor();
    await card.getByRole("link", { name: title }).click();
    await visitor.page.getByRole("heading", { name: title, level: 1 }).waitFor();
    await visitor.page.getByText("Welcome").first().waitFor();

    expect(errors).toEqual([]);
    expect(visitor.errors).toEqual([]);
  });
});

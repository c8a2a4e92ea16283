import { describe, expect, it } from "vitest";
import { gql, logIn } from "./support/api";
import { logInThroughUi, useBrowser } from "./support/browser";

const INSTRUCTOR = "claire.dubois@campus.test";
const PASSWORD = "pay the quote 2030";

/** A new student with a sent quote of their own (2 h at €55), set up through the API as the instructor. */
async function studentWithSentQuote() {
  const email = `paula.${Date.now().toString(36)}@example.com`;
  const signUp = await gql<{ signUp: { viewer: { id: string } | null } }>(
    `mutation ($input: SignUpInput!) { signUp(input: $input) { viewer { id } userErrors { message } } }`,
    { input: { email, password: PASSWORD, firstName: "Paula", lastName: "Payne" } },
  );
  const studentId = signUp.signUp.viewer?.id;
  if (!studentId) throw new Error("sign-up failed");
  const instructor = await logIn(INSTRUCTOR);
  const course = await gql<{ createIndividualCourse: { individualCourse: { id: string } } }>(
    `mutation ($input: CreateIndividualCourseInput!) { createIndividualCourse(input: $input) { individualCourse { id } } }`,
    { input: { studentId, specificGoals: "Pay a quote online" } },
    instructor,
  );
  const courseId = course.createIndividualCourse.individualCourse.id;
  const quote = await gql<{ createCourseQuote: { quote: { id: string; quoteNumber: string } } }>(
    `mutation ($input: CreateCourseQuoteInput!) { createCourseQuote(input: $input) { quote { id quoteNumber } } }`,
    {
      input: {
        individualCourseId: courseId,
        hourlyRateCents: 5500,
        estimatedHours: 2,
        validUntil: new Date(Date.now() + 7 * 86_400_000).toISOString(),
      },
    },
    instructor,
  );
  const { id: quoteId, quoteNumber } = quote.createCourseQuote.quote;
  await gql(
    `mutation ($input: SendCourseQuoteInput!) { sendCourseQuote(input: $input) { userErrors { message } } }`,
    { input: { quoteId } },
    instructor,
  );
  return { email, courseId, quoteNumber };
}

describe("paying an accepted quote (offline gateway)", () => {
  const open = useBrowser();

  it("the student accepts, is declined once, pays with the test card and sees it paid in My payments", async () => {
    const { email, courseId, quoteNumber } = await studentWithSentQuote();
    const { page, errors } = await open();
    await logInThroughUi(page, email, PASSWORD);

    await page.goto(`/individual-courses/${courseId}`);
    await page.getByRole("button", { name: "Accept the quote" }).click();
    await page.getByRole("link", { name: "Pay now" }).click();

    const product = `Individual course, quote ${quoteNumber}`;
    await page.getByRole("heading", { name: "Pay", level: 1 }).waitFor();
    await page.getByText(`Due: €110.00 for ${product}.`).waitFor();
    await page.getByLabel("Test card").selectOption("pm_card_chargeDeclined");
    await page.getByRole("button", { name: "Pay €110.00" }).click();
    await page
      .getByRole("alert")
      .filter({ hasText: "Your card was declined. Choose another card and try again." })
      .waitFor();

    await page.getByLabel("Test card").selectOption("pm_card_visa");
    await page.getByRole("button", { name: "Pay €110.00" }).click();
    await page.getByText(`Paid: €110.00 for ${product}. Thank you!`).waitFor();

    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "My payments" }).click();
    await page.getByRole("heading", { name: "My payments", level: 1 }).waitFor();
    const row = page.getByRole("row").filter({ hasText: product });
    await row.getByText("Paid", { exact: true }).waitFor();
    await row.getByText("€110.00").waitFor();
    expect(await row.getByRole("link", { name: "Pay now" }).count()).toBe(0);

    // The course says so too.
    await row.getByRole("link", { name: product }).click();
    await expect.poll(() => new URL(page.url()).pathname).toBe(`/individual-courses/${courseId}`);
    await page
      .getByRole("definition")
      .filter({ hasText: /^Paid$/ })
      .waitFor();
    expect(errors).toEqual([]);
  });
});

import { describe, expect, it } from "vitest";
import { gql, logIn } from "./support/api";
import { logInThroughUi, useBrowser } from "./support/browser";

const INSTRUCTOR = "claire.dubois@campus.test";

/** The quote link travels by email: read it from the outbox (admins can list it), as the client would find it. */
async function quoteLinkSentTo(email: string): Promise<string> {
  const admin = await logIn("admin@campus.test");
  const outbox = await gql<{ emailLogs: { nodes: Array<{ textBody: string | null }> } }>(
    `query ($email: String!) { emailLogs(first: 5, recipientEmail: $email) { nodes { textBody } } }`,
    { email },
    admin,
  );
  const link = outbox.emailLogs.nodes
    .map((node) => /https?:\/\/\S+\/quotes\/view#token=[\w-]+/.exec(node.textBody ?? "")?.[0])
    .find(Boolean);
  if (!link) throw new Error("No quote link in the email");
  return link;
}

describe("scenario 3: the instructor's quote inbox shows the client's answer live", () => {
  const open = useBrowser();

  it("from the contact form to an accepted quote: the instructor sees each step live", async () => {
    const suffix = Date.now().toString(36);
    const email = `louise.${suffix}@example.com`;
    const name = `Louise ${suffix}`;

    const instructor = await open();
    await logInThroughUi(instructor.page, INSTRUCTOR);
    await instructor.page.getByRole("link", { name: "Inquiries" }).click();
    await instructor.page.getByRole("heading", { name: "Inquiries", level: 1 }).waitFor();
    await instructor.page.getByRole("status").filter({ hasText: "Live updates on" }).waitFor();

    // A prospective client writes through the public contact form, in French.
    const client = await open({ locale: "fr-FR", timezoneId: "Europe/Paris" });
    await client.page.goto("/contact?interest=INDIVIDUAL");
    await client.page.getByLabel("Votre nom").fill(name);
    await client.page.getByLabel("E-mail").fill(email);
    await client.page
      .getByLabel("Votre message")
      .fill("Je voudrais des cours particuliers de bridge, niveau débutant.");
    await client.page.getByRole("button", { name: "Envoyer" }).click();
    await client.page.getByText("Merci ! Votre message a bien été reçu", { exact: false }).waitFor();

    // The inquiry reaches the instructor without a reload; it becomes an individual course and a quote.
    const inquiry = instructor.page.getByRole("article", { name });
    await inquiry.waitFor({ timeout: 10_000 });
    await inquiry.getByRole("button", { name: "Start an individual course" }).click();
    await instructor.page.getByRole("heading", { name: `Quote for ${name}` }).waitFor();
    await instructor.page.getByLabel("Hourly rate (EUR)").fill("55");
    await instructor.page.getByLabel("Hours").fill("6");
    await instructor.page.getByLabel("Materials fee (EUR)").fill("20");
    await instructor.page.getByText("€350.00").waitFor();
    await instructor.page.getByLabel("Message to the student").fill("Six séances d’une heure en visio.");
    await instructor.page.getByRole("button", { name: "Save the draft" }).click();
    const saved = await instructor.page.getByText(/^Draft IQ-\d{4}-\d{4} saved\.$/).textContent();
    const quoteNumber = /IQ-\d{4}-\d{4}/.exec(saved ?? "")?.[0] ?? "";
    await instructor.page.getByRole("button", { name: "Send the quote by email" }).click();
    await instructor.page.getByText(`Quote ${quoteNumber} was sent.`, { exact: false }).waitFor();

    await instructor.page
      .getByRole("navigation", { name: "Main" })
      .getByRole("link", { name: "Quotes" })
      .click();
    await instructor.page.getByRole("heading", { name: "Quotes", level: 1 }).waitFor();
    const row = instructor.page.locator(`tr[data-quote="${quoteNumber}"]`);
    await row.getByText("Sent", { exact: true }).waitFor();
    await instructor.page.getByRole("status").filter({ hasText: "Live updates on" }).waitFor();

    // The client opens the link from the email (no account needed).
    const link = new URL(await quoteLinkSentTo(email));
    await client.page.goto(link.pathname + link.hash);
    await client.page.getByRole("heading", { name: `Devis ${quoteNumber}` }).waitFor();
    await client.page.getByText("6 heures à 55,00 €").waitFor();
    await client.page.getByText("350,00 €").waitFor();

    // Opening it is news for the instructor, without a reload.
    await row.getByText("Viewed", { exact: true }).waitFor({ timeout: 10_000 });

    await client.page.getByLabel("Message pour votre formateur (facultatif)").fill("Parfait, merci !");
    await client.page.getByRole("button", { name: "Accepter le devis" }).click();
    await client.page.getByText(/Vous avez accepté ce devis le/).waitFor();

    await row.getByText("Accepted", { exact: true }).waitFor({ timeout: 10_000 });
    await row.getByText("“Parfait, merci !”").waitFor();
    await instructor.page.getByText(`${quoteNumber} was accepted by ${name}`).waitFor();

    expect(instructor.errors).toEqual([]);
    expect(client.errors).toEqual([]);
  });

  it("says so when a quote link is wrong", async () => {
    const { page } = await open();
    await page.goto("/quotes/view#token=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");
    await page.getByText("This quote link is unknown, expired or revoked.", { exact: false }).waitFor();
  });
});

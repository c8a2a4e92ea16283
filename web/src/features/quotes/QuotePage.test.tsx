import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { i18next } from "../../i18n/i18n";
import { fakeApi, on } from "../../test/api";
import { QuotePage, quoteTokenFrom } from "./QuotePage";
import { quoteFixture } from "./quote.fixtures";

const TOKEN = "JWGWzzpEWT6OQ5eQaMrnheoqZNs8nxE5rap6zF3cvOs";

describe("quoteTokenFrom", () => {
  it("reads the secret from the fragment, or from the query string", () => {
    expect(quoteTokenFrom({ hash: `#token=${TOKEN}`, search: "" })).toBe(TOKEN);
    expect(quoteTokenFrom({ hash: "", search: `?token=${TOKEN}` })).toBe(TOKEN);
    expect(quoteTokenFrom({ hash: "", search: "" })).toBeNull();
  });
});

describe("QuotePage", () => {
  it("shows the price breakdown and accepts the quote with a message", async () => {
    const api = fakeApi(
      on("QuoteByToken", () => ({ data: { quoteByToken: quoteFixture() } })),
      on("RespondToQuote", () => ({
        data: {
          respondToCourseQuote: {
            __typename: "RespondToCourseQuotePayload",
            quote: {
              __typename: "CourseQuote",
              id: "Q291cnNlUXVvdGU6MQ==",
              status: "ACCEPTED",
              respondedAt: "2030-03-02T09:00:00.000Z",
              clientResponse: "Merci",
            },
            payment: {
              __typename: "QuotePayment",
              status: "PENDING",
              message: "Your instructor will send the payment details.",
              checkoutUrl: null,
              paymentId: null,
            },
            userErrors: [],
          },
        },
      })),
    );
    api.render(<QuotePage />, { path: `/quotes/view#token=${TOKEN}`, route: "/quotes/view" });

    await screen.findByRole("heading", { name: "Quote IQ-2030-0007" });
    const prices = screen.getByRole("table", { name: "Price breakdown" });
    expect(within(prices).getByRole("rowheader", { name: "6 hours at €55.00" })).toBeTruthy();
    expect(within(prices).getByText("€20.00")).toBeTruthy();
    expect(within(prices).getByText("−€10.00")).toBeTruthy();
    expect(within(prices).getByText("€340.00")).toBeTruthy();
    expect(screen.queryByRole("rowheader", { name: "Customisation" })).toBeNull();
    expect(api.requests[0]?.variables).toEqual({ token: TOKEN });

    fireEvent.change(screen.getByLabelText("Message to your instructor (optional)"), {
      target: { value: " Merci " },
    });
    fireEvent.click(screen.getByRole("button", { name: "Accept the quote" }));

    expect(await screen.findByText(/You accepted this quote on/)).toBeTruthy();
    expect(screen.getByText("Your message: “Merci”")).toBeTruthy();
    expect(screen.getByText("Next step: Your instructor will send the payment details.")).toBeTruthy();
    // Nothing to pay online yet (no payment was opened): no way to pay shown.
    expect(screen.queryByRole("link", { name: "Pay now" })).toBeNull();
    expect(screen.queryByRole("button", { name: "Accept the quote" })).toBeNull();
    expect(api.requests.at(-1)?.variables).toEqual({
      input: { token: TOKEN, decision: "ACCEPT", message: "Merci" },
    });
  });

  it("links to the payment page when accepting opened a card payment", async () => {
    fakeApi(
      on("QuoteByToken", () => ({ data: { quoteByToken: quoteFixture() } })),
      on("RespondToQuote", () => ({
        data: {
          respondToCourseQuote: {
            __typename: "RespondToCourseQuotePayload",
            quote: {
              __typename: "CourseQuote",
              id: "Q291cnNlUXVvdGU6MQ==",
              status: "ACCEPTED",
              respondedAt: "2030-03-02T09:00:00.000Z",
              clientResponse: null,
            },
            payment: {
              __typename: "QuotePayment",
              status: "REQUIRES_ACTION",
              message: "Payment of quote IQ-2030-0007 is open: pay it from your payments (EUR 340.00).",
              checkoutUrl: "http://campus.test/payments/UGF5bWVudDpxdW90ZQ",
              paymentId: "UGF5bWVudDpxdW90ZQ",
            },
            userErrors: [],
          },
        },
      })),
    ).render(<QuotePage />, { path: `/quotes/view#token=${TOKEN}`, route: "/quotes/view" });
    fireEvent.click(await screen.findByRole("button", { name: "Accept the quote" }));
    const pay = await screen.findByRole("link", { name: "Pay now" });
    expect(pay.getAttribute("href")).toBe("/payments/UGF5bWVudDpxdW90ZQ");
  });

  it("explains an unknown, expired or revoked link", async () => {
    const api = fakeApi(
      on("QuoteByToken", () => ({
        errors: [{ message: "Quote was not found.", extensions: { code: "NOT_FOUND" } }],
      })),
    );
    api.render(<QuotePage />, { path: `/quotes/view#token=${TOKEN}`, route: "/quotes/view" });
    expect((await screen.findByRole("alert")).textContent).toContain(
      "This quote link is unknown, expired or revoked.",
    );
  });

  it("says a link without its secret is incomplete, without asking the API", () => {
    const api = fakeApi();
    api.render(<QuotePage />, { path: "/quotes/view", route: "/quotes/view" });
    expect(screen.getByText("This link is incomplete. Open the link from your email again.")).toBeTruthy();
    expect(api.requests).toEqual([]);
  });

  it("speaks French to a French client", async () => {
    await i18next.changeLanguage("fr");
    const api = fakeApi(
      on("QuoteByToken", () => ({ data: { quoteByToken: quoteFixture({ status: "REJECTED" }) } })),
    );
    api.render(<QuotePage />, { path: `/quotes/view#token=${TOKEN}`, route: "/quotes/view" });
    await screen.findByRole("heading", { name: "Devis IQ-2030-0007" });
    // French puts a narrow no-break space before the currency sign.
    expect(screen.getByRole("rowheader", { name: /^6 heures à 55,00\s€$/ })).toBeTruthy();
    await waitFor(() => expect(screen.getByText(/^340,00\s€$/)).toBeTruthy());
    expect(screen.getByText("Ce devis ne peut plus recevoir de réponse (Refusé).")).toBeTruthy();
  });
});

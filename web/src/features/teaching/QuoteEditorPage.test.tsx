import { fireEvent, screen, waitFor } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { fakeApi, on } from "../../test/api";
import { QuoteEditorPage } from "./QuoteEditorPage";
import { parseAmountToCents, quoteTotalCents } from "./quote-total";

const COURSE = "SW5kaXZpZHVhbENvdXJzZTox";

const course = {
  data: {
    node: {
      __typename: "IndividualCourse",
      id: COURSE,
      status: "INQUIRY",
      specificGoals: "Enchères de base",
      pricePerHour: null,
      student: { __typename: "User", id: "VXNlcjo3", name: "Louise" },
    },
  },
};

describe("quote arithmetic", () => {
  it("computes the total the way the API does", () => {
    expect(
      quoteTotalCents({
        hourlyRateCents: 5500,
        estimatedHours: 6,
        customizationFeeCents: 1000,
        materialsFeeCents: 2000,
        discountAmountCents: 500,
      }),
    ).toBe(35500);
  });

  it("reads amounts typed with a dot or a comma", () => {
    expect(parseAmountToCents("55")).toBe(5500);
    expect(parseAmountToCents("55,5")).toBe(5550);
    expect(parseAmountToCents(" 1 200.25 ")).toBe(120025);
    expect(parseAmountToCents("")).toBe(0);
    expect(parseAmountToCents("12.345")).toBeNaN();
    expect(parseAmountToCents("-3")).toBeNaN();
  });
});

describe("QuoteEditorPage", () => {
  it("shows the total live, sends it as the expected total, then sends the quote", async () => {
    const api = fakeApi(
      on("QuoteEditor", () => course),
      on("CreateQuote", () => ({
        data: {
          createCourseQuote: {
            __typename: "CourseQuotePayload",
            quote: {
              __typename: "CourseQuote",
              id: "Q291cnNlUXVvdGU6OQ==",
              quoteNumber: "IQ-2030-0009",
              status: "DRAFT",
            },
            userErrors: [],
          },
        },
      })),
      on("SendQuote", () => ({
        data: {
          sendCourseQuote: {
            __typename: "CourseQuotePayload",
            quote: {
              __typename: "CourseQuote",
              id: "Q291cnNlUXVvdGU6OQ==",
              quoteNumber: "IQ-2030-0009",
              status: "SENT",
              sentAt: "2030-03-01T10:00:00.000Z",
            },
            userErrors: [],
          },
        },
      })),
    );
    api.render(<QuoteEditorPage />, {
      path: `/teaching/individual/${COURSE}/quote`,
      route: "/teaching/individual/:courseId/quote",
    });
    await screen.findByRole("heading", { name: "Quote for Louise" });
    fireEvent.change(screen.getByLabelText("Hourly rate (EUR)"), { target: { value: "55" } });
    fireEvent.change(screen.getByLabelText("Hours"), { target: { value: "6" } });
    await screen.findByText("€330.00");
    fireEvent.change(screen.getByLabelText("Materials fee (EUR)"), { target: { value: "20" } });
    fireEvent.change(screen.getByLabelText("Discount (EUR)"), { target: { value: "10,50" } });
    await screen.findByText("€339.50");

    fireEvent.click(screen.getByRole("button", { name: "Save the draft" }));
    await screen.findByText("Draft IQ-2030-0009 saved.");
    expect(api.requests.find((r) => r.operationName === "CreateQuote")?.variables).toMatchObject({
      input: {
        individualCourseId: COURSE,
        hourlyRateCents: 5500,
        estimatedHours: 6,
        materialsFeeCents: 2000,
        customizationFeeCents: 0,
        discountAmountCents: 1050,
        expectedTotalCents: 33950,
      },
    });

    fireEvent.click(screen.getByRole("button", { name: "Send the quote by email" }));
    await waitFor(() => expect(screen.getByText(/Quote IQ-2030-0009 was sent\./)).toBeTruthy());
  });

  it("refuses a discount larger than the price before asking the API", async () => {
    const api = fakeApi(on("QuoteEditor", () => course));
    api.render(<QuoteEditorPage />, {
      path: `/teaching/individual/${COURSE}/quote`,
      route: "/teaching/individual/:courseId/quote",
    });
    await screen.findByRole("heading", { name: "Quote for Louise" });
    fireEvent.change(screen.getByLabelText("Hourly rate (EUR)"), { target: { value: "10" } });
    fireEvent.change(screen.getByLabelText("Hours"), { target: { value: "1" } });
    fireEvent.change(screen.getByLabelText("Discount (EUR)"), { target: { value: "20" } });
    fireEvent.click(screen.getByRole("button", { name: "Save the draft" }));
    expect((await screen.findByRole("alert")).textContent).toBe(
      "The discount cannot be more than the rest of the price.",
    );
    expect(api.requests.map((r) => r.operationName)).toEqual(["QuoteEditor"]);
  });
});

import { fireEvent, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { fakeApi, on } from "../../test/api";
import { quoteFixture } from "../quotes/quote.fixtures";
import { IndividualCoursePage } from "./IndividualCoursePage";
import { COURSE_ID, individualCourseFixture } from "./individual.fixtures";

const ROUTE = "/individual-courses/:id";
const viewer = (timezone: string) => ({ __typename: "User", id: "VXNlcjoz", timezone });

function renderCourse(timezone: string, course: unknown = individualCourseFixture(), path = COURSE_ID) {
  const api = fakeApi(
    on("IndividualCoursePage", () => ({ data: { viewer: viewer(timezone), node: course } })),
  );
  api.render(<IndividualCoursePage />, { path: `/individual-courses/${path}`, route: ROUTE });
  return api;
}

describe("IndividualCoursePage", () => {
  it("shows the sessions at their times in the viewer's time zone", async () => {
    renderCourse("America/New_York");
    await screen.findByRole("heading", { name: "One-to-one course with Claire Dubois", level: 1 });
    const sessions = screen.getByRole("region", { name: "Sessions" });
    expect(within(sessions).getByText("Times are shown in your time zone, America/New_York.")).toBeTruthy();
    const upcoming = within(sessions).getByRole("region", { name: "Upcoming" });
    const next = within(upcoming).getByRole("article", { name: "Session 3" });
    // 17:00 UTC on 5 March is noon in New York (EST).
    expect(within(next).getByText(/Mar 5, 2099, 12:00 PM – 1:00 PM \(1 hr\)/)).toBeTruthy();
    expect(within(next).getByText("Scheduled")).toBeTruthy();
    expect(within(next).getByRole("link", { name: "Join the session" }).getAttribute("href")).toBe(
      "https://meet.campus.test/bridge-3",
    );
    const past = within(sessions).getByRole("region", { name: "Past and cancelled" });
    const titles = within(past)
      .getAllByRole("article")
      .map((article) => within(article).getByRole("heading").textContent);
    expect(titles).toEqual(["Session 2", "Session 1"]);
    expect(within(past).getByText("Cancelled")).toBeTruthy();
  });

  it("moves the same session to the next day for a viewer in Tokyo", async () => {
    renderCourse("Asia/Tokyo");
    const next = await screen.findByRole("article", { name: "Session 3" });
    expect(within(next).getByText(/Mar 6, 2099, 2:00 AM – 3:00 AM/)).toBeTruthy();
    expect(screen.getByText("Times are shown in your time zone, Asia/Tokyo.")).toBeTruthy();
  });

  it("shows status, goals, curriculum and confirmed schedule, old and new shapes alike", async () => {
    renderCourse("Europe/Paris");
    await screen.findByRole("heading", { level: 1 });
    expect(screen.getByText("In progress")).toBeTruthy();
    expect(screen.getByText("Partly paid")).toBeTruthy();
    expect(screen.getByText("1 of 10 hours taught")).toBeTruthy();
    expect(screen.getByText("Mieux défendre et signaler juste en tournoi de club.")).toBeTruthy();
    const curriculum = screen.getByRole("region", { name: "Curriculum" });
    expect(within(curriculum).getByText("Week 1 · Entames")).toBeTruthy();
    expect(within(curriculum).getByText("Appel, Compte")).toBeTruthy();
    const schedule = screen.getByRole("region", { name: "Confirmed schedule" });
    expect(schedule.textContent).toContain("Every Tuesday at 18:00 · 1 hr");
  });

  it("opens from an email's uuid link by asking for the course's global id", async () => {
    const api = renderCourse(
      "Europe/Paris",
      individualCourseFixture(),
      "0192f3a4-5b6c-7d8e-9f00-112233445566",
    );
    await screen.findByRole("heading", { level: 1 });
    const id = api.requests[0]?.variables.id as string;
    expect(atob(id.replace(/-/g, "+").replace(/_/g, "/"))).toBe(
      "IndividualCourse:0192f3a4-5b6c-7d8e-9f00-112233445566",
    );
  });

  it("lets the student accept an open quote and says what happens about payment", async () => {
    const api = fakeApi(
      on("IndividualCoursePage", () => ({
        data: {
          viewer: viewer("Europe/Paris"),
          node: individualCourseFixture({ status: "QUOTED", sessions: [], quotes: [quoteFixture()] }),
        },
      })),
      on("AnswerIndividualQuote", () => ({
        data: {
          respondToCourseQuote: {
            __typename: "RespondToCourseQuotePayload",
            quote: {
              __typename: "CourseQuote",
              id: "Q291cnNlUXVvdGU6MQ==",
              status: "ACCEPTED",
              respondedAt: "2030-03-02T09:00:00.000Z",
              clientResponse: null,
              individualCourse: {
                __typename: "IndividualCourse",
                id: COURSE_ID,
                status: "CONFIRMED",
                paymentStatus: "PENDING",
              },
            },
            payment: {
              __typename: "QuotePayment",
              status: "REQUIRES_ACTION",
              message: "Payment of quote IQ-2030-0007 is open.",
              checkoutUrl: "http://campus.test/payments/UGF5bWVudDpxdW90ZQ",
              paymentId: "UGF5bWVudDpxdW90ZQ",
            },
            userErrors: [],
          },
        },
      })),
    );
    api.render(<IndividualCoursePage />, { path: `/individual-courses/${COURSE_ID}`, route: ROUTE });
    expect(await screen.findByText("No session is scheduled yet.")).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Accept the quote" }));
    expect(await screen.findByText(/Payment of quote IQ-2030-0007 is open\./)).toBeTruthy();
    expect(screen.getByRole("link", { name: "Pay now" }).getAttribute("href")).toBe(
      "/payments/UGF5bWVudDpxdW90ZQ",
    );
    expect(screen.getByText("Confirmed")).toBeTruthy();
    expect(screen.queryByRole("button", { name: "Accept the quote" })).toBeNull();
    const answer = api.requests.find((r) => r.operationName === "AnswerIndividualQuote");
    expect(answer?.variables).toEqual({
      input: { quoteId: "Q291cnNlUXVvdGU6MQ==", decision: "ACCEPT", message: null },
    });
  });

  it("says so when the course is not the viewer's", async () => {
    renderCourse("Europe/Paris", null);
    expect((await screen.findByRole("alert")).textContent).toBe(
      "This individual course does not exist or is not yours.",
    );
  });
});

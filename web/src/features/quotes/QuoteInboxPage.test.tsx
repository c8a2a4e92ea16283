import { screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { fakeApi, on } from "../../test/api";
import { QuoteInboxPage } from "./QuoteInboxPage";
import { quoteFixture } from "./quote.fixtures";

const course = {
  __typename: "IndividualCourse",
  id: "SW5kaXZpZHVhbENvdXJzZTox",
  status: "QUOTED",
  student: { __typename: "User", id: "VXNlcjo3", name: "Louise" },
};

describe("QuoteInboxPage", () => {
  it("shows views and answers the moment they happen, in the row and in the activity feed", async () => {
    const api = fakeApi(
      on("QuoteInbox", () => ({
        data: {
          teachingIndividualCourses: {
            __typename: "IndividualCourseConnection",
            nodes: [{ ...course, quotes: [quoteFixture()] }],
          },
        },
      })),
    );
    api.render(<QuoteInboxPage />);
    const row = (await screen.findByRole("rowheader", { name: "IQ-2030-0007" })).closest("tr") as HTMLElement;
    expect(within(row).getByText("Sent")).toBeTruthy();
    expect(within(row).getByText("Louise")).toBeTruthy();
    expect(screen.getByText("Nothing new since you opened this page.")).toBeTruthy();

    api.push("QuoteViewed", {
      quoteViewed: {
        ...quoteFixture({ status: "VIEWED", viewedAt: "2030-03-02T08:00:00.000Z" }),
        individualCourse: course,
      },
    });
    await waitFor(() => expect(within(row).getByText("Viewed")).toBeTruthy());
    expect(await screen.findByText("IQ-2030-0007 was opened by Louise")).toBeTruthy();

    api.push("QuoteResponded", {
      quoteResponded: {
        ...quoteFixture({
          status: "ACCEPTED",
          viewedAt: "2030-03-02T08:00:00.000Z",
          respondedAt: "2030-03-02T09:00:00.000Z",
          clientResponse: "Parfait",
        }),
        individualCourse: course,
      },
    });
    await waitFor(() => expect(within(row).getByText("Accepted")).toBeTruthy());
    expect(within(row).getByText("“Parfait”")).toBeTruthy();
    expect(await screen.findByText("IQ-2030-0007 was accepted by Louise")).toBeTruthy();
    // Newest first.
    expect(screen.getAllByRole("listitem").map((item) => item.textContent)).toEqual([
      "IQ-2030-0007 was accepted by Louise",
      "IQ-2030-0007 was opened by Louise",
    ]);
    expect(api.requests.filter((r) => r.operationName === "QuoteInbox")).toHaveLength(1);
  });

  it("says when no quote was sent yet", async () => {
    const api = fakeApi(
      on("QuoteInbox", () => ({
        data: { teachingIndividualCourses: { __typename: "IndividualCourseConnection", nodes: [] } },
      })),
    );
    api.render(<QuoteInboxPage />);
    expect(await screen.findByText("You have not sent any quote yet.")).toBeTruthy();
  });
});

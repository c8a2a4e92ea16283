import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { fakeApi, on } from "../../test/api";
import { applicationFixture, connection } from "./admin-operations.fixtures";
import { InstructorApplicationsPage } from "./InstructorApplicationsPage";

const ravi = applicationFixture();
const lena = applicationFixture({
  id: "SW5zdHJ1Y3RvckFwcGxpY2F0aW9uOjI=",
  applicant: {
    __typename: "User",
    id: "VXNlcjoxMA==",
    name: "Lena Roux",
    email: "lena@campus.test",
  } as never,
  licenseNumber: "SST-75-2024-118",
  status: "UNDER_REVIEW",
});
const admin = { __typename: "User", id: "VXNlcjox", name: "Alex Admin" };

const decided = (field: string, application: unknown) => ({
  data: { [field]: { __typename: "InstructorApplicationPayload", application, userErrors: [] } },
});

function renderPage(...handlers: Parameters<typeof fakeApi>) {
  const api = fakeApi(
    on("InstructorApplicationsPage", () => ({
      data: { instructorApplications: connection("InstructorApplicationConnection", [ravi, lena]) },
    })),
    ...handlers,
  );
  api.render(<InstructorApplicationsPage />, {
    path: "/admin/instructor-applications",
    route: "/admin/instructor-applications",
  });
  return api;
}

const cards = () => screen.queryAllByRole("article").map((card) => card.querySelector("h2")?.textContent);
const requested = (api: ReturnType<typeof fakeApi>, name: string) =>
  api.requests.filter((r) => r.operationName === name);

describe("InstructorApplicationsPage", () => {
  it("asks for the applications awaiting a decision and shows each one's license and documents", async () => {
    const api = renderPage();
    const card = await screen.findByRole("article", { name: "Ravi Patel" });
    expect(within(card).getByText("Submitted")).toBeTruthy();
    expect(within(card).getByText("CKA-2291-7781")).toBeTruthy();
    expect(within(card).getByRole("link", { name: "Document 1" }).getAttribute("href")).toBe(
      ravi.documents[0],
    );
    expect(requested(api, "InstructorApplicationsPage")[0]?.variables).toMatchObject({
      filter: { status: ["SUBMITTED", "UNDER_REVIEW"] },
    });
  });

  it("approves an application: it leaves the list at once, without fetching it again", async () => {
    const api = renderPage(
      on("ApproveInstructorApplication", () =>
        decided("approveInstructorApplication", {
          ...ravi,
          status: "APPROVED",
          reviewedAt: "2030-03-02T10:00:00.000Z",
          reviewedBy: admin,
        }),
      ),
    );
    fireEvent.click(await screen.findByRole("button", { name: "Approve Ravi Patel" }));
    const dialog = await screen.findByRole("dialog", { name: "Approve Ravi Patel?" });
    fireEvent.change(within(dialog).getByLabelText("Hourly rate of the expert profile"), {
      target: { value: "45" },
    });
    fireEvent.click(within(dialog).getByRole("button", { name: "Approve" }));
    expect(await screen.findByText("Ravi Patel is now an instructor.")).toBeTruthy();
    await waitFor(() => expect(cards()).toEqual(["Lena Roux"]));
    expect(requested(api, "ApproveInstructorApplication")[0]?.variables).toEqual({
      input: { applicationId: ravi.id, currency: "EUR", hourlyRateCents: 4500 },
    });
    expect(requested(api, "InstructorApplicationsPage")).toHaveLength(1);
  });

  it("rejects only with a reason, sends it, and the application leaves the list", async () => {
    const api = renderPage(
      on("RejectInstructorApplication", (variables) =>
        decided("rejectInstructorApplication", {
          ...lena,
          status: "REJECTED",
          rejectionReason: (variables.input as { reason: string }).reason,
          reviewedAt: "2030-03-02T10:00:00.000Z",
          reviewedBy: admin,
        }),
      ),
    );
    fireEvent.click(await screen.findByRole("button", { name: "Reject Lena Roux" }));
    const dialog = await screen.findByRole("dialog", { name: "Reject Lena Roux?" });
    fireEvent.click(within(dialog).getByRole("button", { name: "Reject the application" }));
    expect(
      await within(dialog).findByText("Say why the application is rejected: the applicant will read it."),
    ).toBeTruthy();
    expect(requested(api, "RejectInstructorApplication")).toHaveLength(0);

    fireEvent.change(within(dialog).getByLabelText("Reason"), {
      target: { value: "The license has expired." },
    });
    fireEvent.click(within(dialog).getByRole("button", { name: "Reject the application" }));
    expect(await screen.findByText("The application of Lena Roux was rejected.")).toBeTruthy();
    await waitFor(() => expect(cards()).toEqual(["Ravi Patel"]));
    expect(requested(api, "RejectInstructorApplication")[0]?.variables).toEqual({
      input: { applicationId: lena.id, reason: "The license has expired." },
    });
    expect(requested(api, "InstructorApplicationsPage")).toHaveLength(1);
  });

  it("shows the API's refusal when another admin decided first", async () => {
    renderPage(
      on("ApproveInstructorApplication", () => ({
        data: {
          approveInstructorApplication: {
            __typename: "InstructorApplicationPayload",
            application: null,
            userErrors: [
              {
                __typename: "UserError",
                code: "INVALID_STATE",
                field: ["input", "applicationId"],
                message: "This application has already been decided.",
              },
            ],
          },
        },
      })),
    );
    fireEvent.click(await screen.findByRole("button", { name: "Approve Ravi Patel" }));
    const dialog = await screen.findByRole("dialog", { name: "Approve Ravi Patel?" });
    fireEvent.click(within(dialog).getByRole("button", { name: "Approve" }));
    expect((await within(dialog).findByRole("alert")).textContent).toBe(
      "This application has already been decided.",
    );
    expect(cards()).toEqual(["Ravi Patel", "Lena Roux"]);
  });

  it("lists decided applications with their decision when the filter asks for them", async () => {
    const api = fakeApi(
      on("InstructorApplicationsPage", (variables) => {
        const statuses = (variables.filter as { status?: string[] } | null)?.status ?? [];
        const rejected = applicationFixture({
          status: "REJECTED",
          rejectionReason: "Documents unreadable.",
          reviewedAt: "2030-03-01T09:00:00.000Z",
          reviewedBy: admin as never,
        });
        return {
          data: {
            instructorApplications: connection(
              "InstructorApplicationConnection",
              statuses.includes("REJECTED") ? [rejected] : [ravi],
            ),
          },
        };
      }),
    );
    api.render(<InstructorApplicationsPage />);
    await screen.findByRole("article", { name: "Ravi Patel" });
    fireEvent.change(screen.getByLabelText("Status"), { target: { value: "rejected" } });
    const card = await screen.findByText("Documents unreadable.");
    const article = card.closest("article") as HTMLElement;
    expect(within(article).getByText("Rejected")).toBeTruthy();
    expect(within(article).getByText(/by Alex Admin/)).toBeTruthy();
    expect(within(article).queryByRole("button", { name: /Approve/ })).toBeNull();
  });
});

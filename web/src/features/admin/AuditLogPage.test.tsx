import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { fakeApi, on } from "../../test/api";
import { AuditLogPage } from "./AuditLogPage";
import { auditEntryFixture, connection } from "./admin-operations.fixtures";
import { auditLogFilter, changesOf } from "./audit-log";

const update = auditEntryFixture();
const approval = auditEntryFixture({
  id: "QXVkaXRMb2dFbnRyeToy",
  createdAt: "2030-03-01T08:00:00.000Z",
  action: "instructor_application.approve",
  entityType: "instructor_application",
  oldValues: { status: "SUBMITTED", roles: ["STUDENT"] },
  newValues: { status: "APPROVED", roles: ["STUDENT", "INSTRUCTOR"] },
});

function renderPage() {
  const api = fakeApi(
    on("AuditLogPage", (variables) => {
      const action = (variables.filter as { action?: string } | null)?.action;
      const entries = action
        ? [update, approval].filter((entry) => entry.action === action)
        : [update, approval];
      return { data: { auditLogs: connection("AuditLogEntryConnection", entries) } };
    }),
    on("AuditLogActors", () => ({
      data: {
        users: {
          __typename: "UserConnection",
          nodes: [{ __typename: "User", id: "VXNlcjox", name: "Alex Admin" }],
        },
      },
    })),
  );
  api.render(<AuditLogPage />, { path: "/admin/audit-log", route: "/admin/audit-log" });
  return api;
}

const auditRequests = (api: ReturnType<typeof fakeApi>) =>
  api.requests.filter((r) => r.operationName === "AuditLogPage");

describe("AuditLogPage", () => {
  it("shows who did what when, and the values before and after on request", async () => {
    renderPage();
    const action = await screen.findByText("discount_code.update");
    const row = action.closest("tr") as HTMLElement;
    expect(within(row).getByText("Alex Admin")).toBeTruthy();
    expect(within(row).getByText("admin@campus.test")).toBeTruthy();
    expect(within(row).getByText("DiscountCode")).toBeTruthy();
    const when = row.querySelector("time");
    expect(when?.getAttribute("datetime")).toBe(update.createdAt);
    expect(when?.textContent).toMatch(/Mar \d+, 2030/);

    const toggle = within(row).getByRole("button", { name: /^Details/ });
    expect(toggle.getAttribute("aria-expanded")).toBe("false");
    expect(screen.queryByRole("table", { name: "Values before and after" })).toBeNull();
    fireEvent.click(toggle);
    expect(toggle.getAttribute("aria-expanded")).toBe("true");
    const changes = await screen.findByRole("table", { name: "Values before and after" });
    const value = within(changes)
      .getByRole("rowheader", { name: /discountValue/ })
      .closest("tr") as HTMLElement;
    expect(
      within(value)
        .getAllByRole("cell")
        .map((cell) => cell.textContent),
    ).toEqual(["25", "30"]);
    expect(within(value).getByRole("rowheader").textContent).toContain("(changed)");
    const code = within(changes).getByRole("rowheader", { name: "code" }).closest("tr") as HTMLElement;
    expect(
      within(code)
        .getAllByRole("cell")
        .map((cell) => cell.textContent),
    ).toEqual(["SPRING25", "SPRING25"]);
    expect(screen.getByText("From IP 203.0.113.7 · Mozilla/5.0")).toBeTruthy();

    fireEvent.click(toggle);
    expect(screen.queryByRole("table", { name: "Values before and after" })).toBeNull();
  });

  it("filters by actor, action and whole days, sending the API's filter", async () => {
    const api = renderPage();
    await screen.findByText("instructor_application.approve");
    await screen.findByRole("option", { name: "Alex Admin" });
    fireEvent.change(screen.getByLabelText("Who"), { target: { value: "VXNlcjox" } });
    fireEvent.change(screen.getByLabelText("Action"), { target: { value: " discount_code.update " } });
    fireEvent.change(screen.getByLabelText("From"), { target: { value: "2030-03-01" } });
    fireEvent.change(screen.getByLabelText("To (included)"), { target: { value: "2030-03-02" } });
    fireEvent.click(screen.getByRole("button", { name: "Apply" }));
    await waitFor(() => expect(screen.queryByText("instructor_application.approve")).toBeNull());
    expect(screen.getByText("discount_code.update")).toBeTruthy();
    expect(auditRequests(api).at(-1)?.variables.filter).toEqual({
      actorId: "VXNlcjox",
      action: "discount_code.update",
      entityType: null,
      entityId: null,
      from: new Date(2030, 2, 1).toISOString(),
      to: new Date(2030, 2, 3).toISOString(),
    });

    fireEvent.click(screen.getByRole("button", { name: "Clear" }));
    await screen.findByText("instructor_application.approve");
    expect(auditRequests(api).at(-1)?.variables.filter).toBeNull();
  });

  it("refuses a period that ends before it starts, without asking the API", async () => {
    const api = renderPage();
    await screen.findByText("discount_code.update");
    const before = auditRequests(api).length;
    fireEvent.change(screen.getByLabelText("From"), { target: { value: "2030-03-05" } });
    fireEvent.change(screen.getByLabelText("To (included)"), { target: { value: "2030-03-01" } });
    fireEvent.click(screen.getByRole("button", { name: "Apply" }));
    expect(await screen.findByText("The end must be after the start.")).toBeTruthy();
    expect((screen.getByLabelText("To (included)") as HTMLInputElement).getAttribute("aria-invalid")).toBe(
      "true",
    );
    expect(auditRequests(api)).toHaveLength(before);
  });

  it("says so when nothing matches", async () => {
    renderPage();
    await screen.findByText("discount_code.update");
    fireEvent.change(screen.getByLabelText("Action"), { target: { value: "user.delete" } });
    fireEvent.click(screen.getByRole("button", { name: "Apply" }));
    expect(await screen.findByText("No entries match.")).toBeTruthy();
  });
});

describe("audit log helpers", () => {
  it("takes the last day as included and refuses unreadable dates", () => {
    const result = auditLogFilter({
      actorId: "",
      action: "",
      entityType: " user ",
      entityId: "",
      from: "",
      to: "2030-12-31",
    });
    expect(result).toEqual({
      filter: {
        actorId: null,
        action: null,
        entityType: "user",
        entityId: null,
        from: null,
        to: new Date(2031, 0, 1).toISOString(),
      },
    });
    expect(
      auditLogFilter({ actorId: "", action: "", entityType: "", entityId: "", from: "31/12/2030", to: "" }),
    ).toEqual({
      field: "from",
      error: "date",
    });
  });

  it("lines up values before and after, including keys only one side has", () => {
    expect(changesOf(null, { code: "A", value: 1 })).toEqual([
      { key: "code", before: undefined, after: "A", changed: true },
      { key: "value", before: undefined, after: 1, changed: true },
    ]);
    expect(changesOf({ roles: ["STUDENT"] }, { roles: ["STUDENT"] })).toEqual([
      { key: "roles", before: ["STUDENT"], after: ["STUDENT"], changed: false },
    ]);
    expect(changesOf("text", null)).toBeNull();
  });
});

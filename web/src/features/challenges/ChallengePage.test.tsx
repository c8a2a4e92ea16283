import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { fakeApi, on } from "../../test/api";
import { ChallengePage } from "./ChallengePage";
import { CHALLENGE_ID, challengeFixture, submissionFixture } from "./challenge.fixtures";

const ROUTE = { path: `/learning/challenges/${CHALLENGE_ID}`, route: "/learning/challenges/:challengeId" };

const history = (nodes: unknown[] = []) => ({
  data: {
    codeSubmissions: { __typename: "CodeSubmissionConnection", totalCount: nodes.length, nodes },
  },
});

const submitted = (submission: unknown, userErrors: unknown[] = []) => ({
  data: { submitCode: { __typename: "SubmitCodePayload", submission, userErrors } },
});

function setUp(answer: (variables: Record<string, unknown>) => unknown, challenge = challengeFixture()) {
  const api = fakeApi(
    on("ChallengePage", () => ({ data: { node: challenge } })),
    on("SubmissionHistory", () => history()),
    on("SubmitCode", answer),
  );
  api.render(<ChallengePage />, ROUTE);
  return api;
}

const editor = () => screen.findByLabelText("Code (javascript)") as Promise<HTMLTextAreaElement>;

describe("ChallengePage", () => {
  it("prefills the starter code; Tab inserts spaces at the caret instead of leaving the editor", async () => {
    setUp(() => submitted(null));
    const code = await editor();
    expect(code.value).toBe("export function isBalanced(s) {\n  return false;\n}\n");
    expect(code.className).toContain("code-editor");

    const caret = code.value.indexOf("return");
    code.setSelectionRange(caret, caret);
    fireEvent.keyDown(code, { key: "Tab" });
    expect(code.value).toContain("\n    return false;");
    await waitFor(() => expect(code.selectionStart).toBe(caret + 2));

    // Shift+Tab takes the indent back.
    fireEvent.keyDown(code, { key: "Tab", shiftKey: true });
    expect(code.value).toContain("\n  return false;");

    // Escape gives Tab back to the browser: the value does not change.
    fireEvent.keyDown(code, { key: "Escape" });
    const before = code.value;
    fireEvent.keyDown(code, { key: "Tab" });
    expect(code.value).toBe(before);
  });

  it("submits the code and shows each test passed or failed, with outputs and the score", async () => {
    const api = setUp(() => submitted(submissionFixture()));
    const code = await editor();
    fireEvent.change(code, { target: { value: "export const isBalanced = () => true;" } });
    fireEvent.click(screen.getByRole("button", { name: "Submit" }));

    const result = await screen.findByRole("region", { name: "Your submission: Wrong answer" });
    expect(within(result).getByText("33 / 100 points")).toBeTruthy();
    expect(within(result).getByText("1 of 3 passed")).toBeTruthy();
    const rows = within(within(result).getByRole("table", { name: "Results per test" })).getAllByRole("row");
    expect(rows).toHaveLength(4);
    expect(within(rows[1] as HTMLElement).getByText("Passed")).toBeTruthy();
    const failed = rows[2] as HTMLElement;
    expect(within(failed).getByText("Failed")).toBeTruthy();
    expect(within(failed).getByText("([)]")).toBeTruthy();
    expect(
      within(failed)
        .getAllByText(/true|false/)
        .map((cell) => cell.textContent),
    ).toEqual(["false", "true"]);
    const hidden = rows[3] as HTMLElement;
    expect(within(hidden).getByRole("rowheader", { name: "Test 3 (hidden)" })).toBeTruthy();
    expect(within(hidden).getByText("Error")).toBeTruthy();

    const sent = api.requests.find((request) => request.operationName === "SubmitCode");
    expect(sent?.variables).toEqual({
      input: {
        challengeId: CHALLENGE_ID,
        language: "javascript",
        code: "export const isBalanced = () => true;",
      },
    });
    // The cache puts the new submission into "Previous submissions" without a refetch.
    const previous = screen.getByRole("region", { name: "Previous submissions" });
    const listed = await within(previous).findAllByRole("listitem");
    expect(listed).toHaveLength(1);
    expect((listed[0] as HTMLElement).querySelector("summary")?.textContent).toMatch(
      /Wrong answer.*33 \/ 100 points/,
    );
    expect(api.requests.filter((r) => r.operationName === "SubmissionHistory")).toHaveLength(1);
  });

  it("refuses empty code before sending, and shows the API's refusal on the editor", async () => {
    const api = setUp(() =>
      submitted(null, [
        {
          __typename: "UserError",
          code: "INVALID",
          field: ["input", "code"],
          message: "At most 50000 characters of code.",
        },
      ]),
    );
    const code = await editor();
    fireEvent.change(code, { target: { value: "   " } });
    fireEvent.click(screen.getByRole("button", { name: "Submit" }));
    expect(await screen.findByText("Write some code before submitting.")).toBeTruthy();
    expect(code.getAttribute("aria-invalid")).toBe("true");
    expect(api.requests.some((r) => r.operationName === "SubmitCode")).toBe(false);

    fireEvent.change(code, { target: { value: "let x = 1;" } });
    fireEvent.click(screen.getByRole("button", { name: "Submit" }));
    expect(await screen.findByText("At most 50000 characters of code.")).toBeTruthy();
    expect(screen.queryByRole("region", { name: /^Your submission:/ })).toBeNull();
  });

  it("resets to the starter code, with a way back", async () => {
    setUp(() => submitted(null));
    const code = await editor();
    fireEvent.change(code, { target: { value: "my attempt" } });
    fireEvent.click(screen.getByRole("button", { name: "Reset to the starter code" }));
    expect(code.value).toContain("return false;");
    fireEvent.click(screen.getByRole("button", { name: "Undo the reset" }));
    expect(code.value).toBe("my attempt");
  });

  it("warns that a language the judge cannot run scores nothing", async () => {
    setUp(
      () => submitted(null),
      challengeFixture({ supportedLanguages: ["typescript"], starterCode: { typescript: "let x: number;" } }),
    );
    expect(((await screen.findByLabelText("Code (typescript)")) as HTMLTextAreaElement).value).toBe(
      "let x: number;",
    );
    expect(screen.getByRole("note").textContent).toMatch(/runs JavaScript only/);
  });

  it("lists earlier submissions, each opening to its results", async () => {
    const api = fakeApi(
      on("ChallengePage", () => ({ data: { node: challengeFixture() } })),
      on("SubmissionHistory", () =>
        history([
          submissionFixture({
            id: "Q29kZVN1Ym1pc3Npb246Mg==",
            status: "ACCEPTED",
            score: 100,
            passedTests: 3,
          }),
          submissionFixture(),
        ]),
      ),
    );
    api.render(<ChallengePage />, ROUTE);
    const previous = await screen.findByRole("region", { name: "Previous submissions" });
    const items = await within(previous).findAllByRole("listitem");
    expect(items).toHaveLength(2);
    const summary = (items[0] as HTMLElement).querySelector("summary") as HTMLElement;
    expect(within(summary).getByText("Accepted")).toBeTruthy();
    expect(summary.textContent).toMatch(/100 \/ 100 points · 3 of 3 passed/);
    expect(within(items[0] as HTMLElement).getByRole("region", { name: "Result: Accepted" })).toBeTruthy();
  });

  it("asks to enroll when the statement is hidden from the viewer", async () => {
    setUp(() => submitted(null), challengeFixture({ problemStatement: null }));
    expect((await screen.findByRole("alert")).textContent).toMatch(/Enroll in the course to solve/);
  });
});

import { describe, expect, it } from "vitest";
import { gql, logIn } from "./support/api";
import { logInThroughUi, useBrowser } from "./support/browser";

/** The row uuid inside a global id: what the API's emails put in their links. */
const rowIdOf = (globalId: string) =>
  atob(globalId.replace(/-/g, "+").replace(/_/g, "/")).split(":")[1] ?? "";

describe("student pages: individual course, code challenge, certificate link", () => {
  const open = useBrowser();

  it("Hélène opens her individual course and sees its sessions in her time zone", async () => {
    const { page, errors } = await open();
    await logInThroughUi(page, "helene.girard@campus.test");
    await page.getByRole("link", { name: "My individual courses" }).click();
    await page.getByRole("heading", { name: "My individual courses", level: 1 }).waitFor();
    await page.getByRole("link", { name: "One-to-one course with Claire" }).click();

    await page.getByRole("heading", { name: "One-to-one course with Claire", level: 1 }).waitFor();
    const sessions = page.getByRole("region", { name: "Sessions" });
    // Her profile's zone, not the browser's (Europe/London): seeded lessons are at 18:00 in Paris.
    await sessions.getByText("Times are shown in your time zone, Europe/Paris.").waitFor();
    const upcoming = sessions.getByRole("region", { name: "Upcoming" });
    expect(await upcoming.getByRole("article").count()).toBe(3);
    const next = upcoming.getByRole("article", { name: "Session 8" });
    await next.getByText(/6:00 PM – 7:00 PM \(1 hr\)/).waitFor();
    await next.getByText("Scheduled").waitFor();
    const past = sessions.getByRole("region", { name: "Past and cancelled" });
    expect(await past.getByRole("article").count()).toBe(7);
    await past.getByRole("article", { name: "Session 6" }).getByText("Rescheduled").waitFor();

    // The emails link with the row's uuid: the same page opens.
    const globalId = decodeURIComponent(new URL(page.url()).pathname.split("/").pop() ?? "");
    await page.goto(`/individual-courses/${rowIdOf(globalId)}`);
    await page.getByRole("heading", { name: "One-to-one course with Claire", level: 1 }).waitFor();
    expect(errors).toEqual([]);
  });

  it("Emma submits code to the seeded challenge from its lesson, then to a judged one, and reads the results", async () => {
    const emma = await logIn("emma.wilson@campus.test");
    const { course } = await gql<{
      course: {
        id: string;
        modules: Array<{ lessons: Array<{ id: string; codeChallenges: Array<{ id: string }> }> }>;
      };
    }>(
      `{ course(slug: "typescript-from-zero") { id modules { lessons { id codeChallenges { id } } } } }`,
      {},
      emma,
    );
    const lesson = course.modules.flatMap((m) => m.lessons).find((l) => l.codeChallenges.length > 0);
    if (!lesson) throw new Error("The demo data has no code challenge on a lesson of typescript-from-zero");

    const { page, errors } = await open();
    await logInThroughUi(page, "emma.wilson@campus.test");
    await page.goto(`/learning/lessons/${encodeURIComponent(lesson.id)}`);
    await page.getByRole("link", { name: "Code challenge: Balanced brackets" }).click();
    await page.getByRole("heading", { name: "Balanced brackets", level: 1 }).waitFor();
    // The seeded challenge starts in JavaScript, the language the judge runs.
    const editor = page.getByLabel("Code (javascript)");
    expect(await editor.inputValue()).toContain("export function isBalanced(s) {");
    await editor.fill(
      'export function isBalanced(s) {\nconst pairs = { ")": "(", "]": "[", "}": "{" };\nconst stack = [];\n' +
        "for (const c of s) {\nif (c in pairs) { if (stack.pop() !== pairs[c]) return false; } else stack.push(c);\n}\n" +
        "return stack.length === 0;\n}\n",
    );
    await page.getByRole("button", { name: "Submit" }).click();
    const stored = page.getByRole("region", { name: "Your submission: Accepted" });
    await stored.getByText("100 / 100 points").waitFor();
    const history = page.getByRole("region", { name: "Previous submissions" });
    await history.locator("summary").filter({ hasText: "Accepted" }).first().waitFor();
    await history.locator("summary").filter({ hasText: "Wrong answer" }).first().waitFor();

    // A JavaScript challenge, added by the course's instructor, is judged test by test.
    const sarah = await logIn("sarah.chen@campus.test");
    const created = await gql<{
      createCodeChallenge: { challenge: { id: string } | null; userErrors: unknown[] };
    }>(
      `mutation ($input: CreateCodeChallengeInput!) {
        createCodeChallenge(input: $input) { challenge { id } userErrors { message } }
      }`,
      {
        input: {
          courseId: course.id,
          title: `Shout ${Date.now().toString(36)}`,
          description: "Return the input in capitals.",
          problemStatement: "Return the input string in upper case.",
          supportedLanguages: ["javascript"],
          starterCode: { javascript: "export function shout(s) {\n  return s;\n}\n" },
          testCases: [
            { input: "abc", expectedOutput: "ABC", isHidden: false },
            { input: "a1", expectedOutput: "A1!", isHidden: false },
          ],
          difficulty: "EASY",
          points: 10,
        },
      },
      sarah,
    );
    const challenge = created.createCodeChallenge.challenge;
    if (!challenge)
      throw new Error(`Could not create a challenge: ${JSON.stringify(created.createCodeChallenge)}`);
    await page.goto(`/learning/challenges/${encodeURIComponent(challenge.id)}`);
    const code = page.getByLabel("Code (javascript)");
    await code.fill("export function shout(s) {\nreturn s.toUpperCase();\n}\n");
    // Tab indents the line the caret is on instead of leaving the editor.
    await code.evaluate((el: HTMLTextAreaElement) => el.setSelectionRange(27, 27));
    await code.press("Tab");
    expect(await code.inputValue()).toBe("export function shout(s) {\n  return s.toUpperCase();\n}\n");
    await page.getByRole("button", { name: "Submit" }).click();
    const result = page.getByRole("region", { name: "Your submission: Wrong answer" });
    await result.getByText("5 / 10 points").waitFor();
    const rows = result.getByRole("table", { name: "Results per test" }).getByRole("row");
    await rows.nth(1).getByText("Passed").waitFor();
    await rows.nth(2).getByText("Failed").waitFor();
    await rows.nth(2).getByText("A1!").waitFor();
    expect(errors).toEqual([]);
  });

  it("confirms a seeded certificate opened from its email link, without typing", async () => {
    const token = await logIn("emma.wilson@campus.test");
    const data = await gql<{
      myCertificates: { nodes: Array<{ verificationCode: string; courseTitle: string }> };
    }>(`{ myCertificates(first: 10) { nodes { verificationCode courseTitle } } }`, {}, token);
    const seeded = data.myCertificates.nodes[0];
    if (!seeded) throw new Error("The demo data has no certificate for Emma");
    const { page, errors } = await open();
    await page.goto(`/certificates/verify/${seeded.verificationCode}`);
    await page
      .getByRole("region", { name: "This certificate is genuine and valid." })
      .getByText(seeded.courseTitle)
      .waitFor();
    expect(await page.getByLabel("Verification code").inputValue()).toBe(seeded.verificationCode);
    expect(errors).toEqual([]);
  });
});

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { gid } from "../../../test/catalog-factories.js";
import { createChallenge, enrolledStudent, freeCourse, signedIn } from "../../../test/learning-factories.js";
import { startTestServer, type TestServer } from "../../../test/server.js";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.close());

const SUBMIT = `mutation ($input: SubmitCodeInput!) { submitCode(input: $input) {
  submission { id status language passedTests totalTests score memoryUsedMb
    testResults { index outcome passed isHidden input expectedOutput actualOutput error } }
  userErrors { field code message } } }`;
type Result = {
  index: number;
  outcome: string;
  passed: boolean;
  isHidden: boolean;
  input: string | null;
  actualOutput: string | null;
  error: string | null;
};
type Submitted = {
  submitCode: {
    submission: {
      id: string;
      status: string;
      passedTests: number | null;
      totalTests: number;
      score: number;
      testResults: Result[];
    } | null;
    userErrors: { field: string[]; code: string; message: string }[];
  };
};
const submit = (token: string, challengeId: string, code: string, language = "javascript") =>
  server.gql<Submitted>(
    SUBMIT,
    { input: { challengeId: gid("CodeChallenge", challengeId), language, code } },
    { token },
  );

const BRACKETS: [string, string, boolean][] = [
  ["()[]{}", "true", false],
  ["([)]", "false", false],
  ["((((", "false", true],
  ["", "true", true],
];
const SOLUTION = `export function isBalanced(s) {
  const pairs = { ")": "(", "]": "[", "}": "{" }; const stack = [];
  for (const c of s) { if (c in pairs) { if (stack.pop() !== pairs[c]) return false; } else stack.push(c); }
  return stack.length === 0;
}`;

async function setup(tests = BRACKETS, overrides = {}) {
  const { course, instructorToken } = await freeCourse(server, [1]);
  const challenge = await createChallenge(server.app.prisma, course.id, tests, overrides);
  const student = await enrolledStudent(server, course.id);
  return { challenge, student, instructorToken, course };
}

describe("submitCode", () => {
  it("accepts a correct JavaScript solution, showing hidden tests' outcomes only", async () => {
    const { challenge, student, instructorToken } = await setup();
    const res = (await submit(student.token, challenge.id, SOLUTION)).data!.submitCode;
    expect(res.userErrors).toEqual([]);
    expect(res.submission).toMatchObject({ status: "ACCEPTED", passedTests: 4, totalTests: 4, score: 100 });
    expect(res.submission!.testResults[0]).toMatchObject({
      outcome: "PASSED",
      isHidden: false,
      input: "()[]{}",
      actualOutput: "true",
    });
    expect(res.submission!.testResults[2]).toMatchObject({
      outcome: "PASSED",
      isHidden: true,
      input: null,
      actualOutput: null,
    });
    const asInstructor = await server.gql<{ node: { testResults: Result[] } }>(
      `query ($id: ID!) { node(id: $id) { ... on CodeSubmission { testResults { input } } } }`,
      { id: res.submission!.id },
      { token: instructorToken },
    );
    expect(asInstructor.data!.node.testResults[2]!.input).toBe("((((");
    const day = await server.app.prisma.learningAnalyticsDay.findFirstOrThrow({
      where: { userId: student.user.id },
    });
    expect(day.codeChallengesSolved).toBe(1);
  });

  it("reports a wrong answer per test and scores in proportion", async () => {
    const { challenge, student } = await setup();
    const res = (await submit(student.token, challenge.id, "export const f = (s) => s.length % 2 === 0;"))
      .data!.submitCode;
    expect(res.submission).toMatchObject({ status: "WRONG_ANSWER", passedTests: 2, score: 50 });
    expect(res.submission!.testResults.map((t) => t.outcome)).toEqual([
      "PASSED",
      "WRONG_ANSWER",
      "WRONG_ANSWER",
      "PASSED",
    ]);
  });

  it("stores other languages as unsupported, never passed, and refuses languages the challenge does not accept", async () => {
    const { challenge, student } = await setup();
    const python = (
      await submit(student.token, challenge.id, "def is_balanced(s):\n    return True\n", "python")
    ).data!.submitCode;
    expect(python.submission).toMatchObject({
      status: "UNSUPPORTED",
      passedTests: null,
      score: 0,
      testResults: [],
    });
    const ruby = (await submit(student.token, challenge.id, "puts 1", "ruby")).data!.submitCode;
    expect(ruby.userErrors[0]).toMatchObject({ code: "INVALID", field: ["input", "language"] });
  });

  it("stops and reports code that loops, allocates without bound, reads files or opens sockets", async () => {
    const { challenge, student } = await setup(
      [
        ["x", "x", false],
        ["y", "y", false],
      ],
      { timeLimitMs: 300, memoryLimitMb: 16 },
    );
    const cases: [string, string, RegExp][] = [
      ["export function f() { while (true) {} }", "TIME_LIMIT", /Time limit/],
      [
        "export function f() { const a = []; for (;;) a.push(new Array(1e5).fill(1)); }",
        "MEMORY_LIMIT",
        /Memory limit/,
      ],
      [
        "export function f() { return require('fs').readFileSync('/etc/passwd', 'utf8'); }",
        "RUNTIME_ERROR",
        /require is not defined/,
      ],
      [
        "import { readFileSync } from 'node:fs'; export const f = () => readFileSync('/etc/passwd', 'utf8');",
        "RUNTIME_ERROR",
        /Imports are not available/,
      ],
      [
        "export function f() { return new WebSocket('ws://127.0.0.1:5432'); }",
        "RUNTIME_ERROR",
        /WebSocket is not defined/,
      ],
      ["export function f() { return process.env.DATABASE_URL; }", "RUNTIME_ERROR", /process is not defined/],
    ];
    for (const [code, status, message] of cases) {
      const res = (await submit(student.token, challenge.id, code)).data!.submitCode;
      expect(res.submission?.status, code).toBe(status);
      expect(res.submission!.testResults[0]!.error, code).toMatch(message);
    }
    expect(
      await server.app.prisma.codeSubmission.count({
        where: { challengeId: challenge.id, status: "RUNNING" },
      }),
    ).toBe(0);
  });

  it("keeps answering other requests while a runaway submission is judged", async () => {
    const { challenge, student } = await setup([["x", "x", true]], { timeLimitMs: 3000 });
    const runaway = submit(student.token, challenge.id, "export function f() { for (;;) {} }");
    await new Promise((resolve) => setTimeout(resolve, 300));
    const started = Date.now();
    const ping = await server.gql<{ __typename: string }>("{ __typename }");
    expect(ping.data).toEqual({ __typename: "Query" });
    expect(Date.now() - started).toBeLessThan(1000);
    const again = (await submit(student.token, challenge.id, SOLUTION)).data!.submitCode;
    expect(again.userErrors[0]).toMatchObject({ code: "RATE_LIMITED" });
    expect((await runaway).data!.submitCode.submission!.status).toBe("TIME_LIMIT");
  });

  it("requires an enrollment and keeps submissions private to their author and the instructor", async () => {
    const { challenge, student } = await setup();
    const outsider = await signedIn(server);
    expect((await submit(outsider.token, challenge.id, SOLUTION)).errors?.[0]?.extensions?.code).toBe(
      "FORBIDDEN",
    );
    const mine = (await submit(student.token, challenge.id, SOLUTION)).data!.submitCode.submission!;
    const NODE = `query ($id: ID!) { node(id: $id) { ... on CodeSubmission { status } } }`;
    expect(
      (await server.gql(NODE, { id: mine.id }, { token: outsider.token })).errors?.[0]?.extensions?.code,
    ).toBe("NOT_FOUND");
    const LIST = `query ($c: ID!, $s: ID) { codeSubmissions(challengeId: $c, studentId: $s) { totalCount } }`;
    const other = await enrolledStudent(
      server,
      (await server.app.prisma.codeChallenge.findUniqueOrThrow({ where: { id: challenge.id } })).courseId!,
    );
    const spying = await server.gql(
      LIST,
      { c: gid("CodeChallenge", challenge.id), s: gid("User", student.user.id) },
      { token: other.token },
    );
    expect(spying.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const own = await server.gql<{ codeSubmissions: { totalCount: number } }>(
      LIST,
      { c: gid("CodeChallenge", challenge.id) },
      { token: student.token },
    );
    expect(own.data!.codeSubmissions.totalCount).toBe(1);
  });
});

import { describe, expect, it } from "vitest";
import { outputsMatch, runJavaScript } from "./js-sandbox.js";

const limits = { timeLimitMs: 300, memoryLimitMb: 16 };
const one = async (code: string, input = "x", expectedOutput = "x") =>
  (await runJavaScript(code, [{ input, expectedOutput }], limits)).tests[0]!;

describe("runJavaScript", () => {
  it("passes a correct solution and reports a wrong one with its output", async () => {
    const code = "export function isBalanced(s) { return s.length % 2 === 0; }";
    const report = await runJavaScript(
      code,
      [
        { input: "()", expectedOutput: "true" },
        { input: "(", expectedOutput: "true" },
      ],
      limits,
    );
    expect(report.tests.map((t) => [t.outcome, t.actual])).toEqual([
      ["PASSED", "true"],
      ["WRONG_ANSWER", "false"],
    ]);
    expect(report.memoryUsedMb).toBeGreaterThan(0);
  });

  it("finds the entry point: default export, the only function, or solution", async () => {
    expect((await one("export default (s) => s")).outcome).toBe("PASSED");
    expect((await one("export const helper = 1; export function f(s) { return s }")).outcome).toBe("PASSED");
    expect((await one("export const a = (s) => 1; export const solution = (s) => s")).outcome).toBe("PASSED");
    const none = await one("function f(s) { return s }");
    expect(none).toMatchObject({ outcome: "RUNTIME_ERROR" });
    expect(none.error).toMatch(/Export the function/);
  });

  it("stops an infinite loop at the time limit and skips the remaining tests", async () => {
    const started = Date.now();
    const report = await runJavaScript(
      "export function f() { for (;;) {} }",
      [
        { input: "a", expectedOutput: "a" },
        { input: "b", expectedOutput: "b" },
      ],
      limits,
    );
    expect(report.tests.map((t) => t.outcome)).toEqual(["TIME_LIMIT", "SKIPPED"]);
    expect(Date.now() - started).toBeLessThan(3_000);
  });

  it("stops unbounded allocation at the memory limit", async () => {
    const run = await one("export function f() { const a = []; for (;;) a.push(new Array(1e5).fill(7)); }");
    expect(run.outcome).toBe("MEMORY_LIMIT");
  });

  it("has no file system, process, network or imports", async () => {
    const attempts = {
      require: "export function f() { return require('fs').readFileSync('/etc/passwd', 'utf8'); }",
      process: "export function f() { return process.env.DATABASE_URL; }",
      fetch: "export function f() { return fetch('http://127.0.0.1:5432'); }",
      socket: "export function f() { return new WebSocket('ws://127.0.0.1:6379'); }",
      dynamicImport: "export function f() { return import('node:net'); }",
      staticImport:
        "import { readFileSync } from 'node:fs'; export function f() { return readFileSync('/etc/passwd'); }",
    };
    for (const [name, code] of Object.entries(attempts)) {
      const run = await one(code);
      expect(run.outcome, name).toBe("RUNTIME_ERROR");
      expect(run.actual, name).toBeNull();
    }
  });

  it("reports syntax errors, thrown errors and async solutions as runtime errors", async () => {
    expect((await one("export function f( {")).error).toMatch(/SyntaxError/);
    expect((await one("export function f() { throw new TypeError('boom') }")).error).toBe("TypeError: boom");
    expect((await one("export async function f(s) { return s }")).error).toMatch(/asynchronous/);
  });

  it("gives each test a fresh global scope", async () => {
    const code =
      "export function f(s) { globalThis.n = (globalThis.n ?? 0) + 1; return String(globalThis.n); }";
    const report = await runJavaScript(
      code,
      [
        { input: "", expectedOutput: "1" },
        { input: "", expectedOutput: "1" },
      ],
      limits,
    );
    expect(report.tests.map((t) => t.outcome)).toEqual(["PASSED", "PASSED"]);
  });

  it("keeps the event loop free while a submission spins", async () => {
    let ticks = 0;
    const timer = setInterval(() => {
      ticks += 1;
    }, 10);
    await one("export function f() { for (;;) {} }");
    clearInterval(timer);
    expect(ticks).toBeGreaterThan(10);
  });
});

describe("outputsMatch", () => {
  it("ignores line endings and trailing spaces only", () => {
    expect(outputsMatch("a\nb", "a \r\nb\n")).toBe(true);
    expect(outputsMatch("true", "True")).toBe(false);
  });
});

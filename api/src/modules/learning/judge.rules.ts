// Verdicts and scores of judged code (pure; unit-tested in judge.rules.test.ts).
import type { TestOutcome } from "./sandbox/js-sandbox.js";

export type SubmissionVerdict = "ACCEPTED" | "WRONG_ANSWER" | "TIME_LIMIT" | "MEMORY_LIMIT" | "RUNTIME_ERROR";

const ALIASES: Record<string, string> = {
  js: "javascript",
  node: "javascript",
  nodejs: "javascript",
  ecmascript: "javascript",
};

/** Lowercase language name with common aliases folded (JS, Node → javascript). */
export function normalizeLanguage(language: string): string {
  const name = language.trim().toLowerCase();
  return ALIASES[name] ?? name;
}

/** Languages the sandbox can run. TypeScript is not transpiled: it is stored and marked unsupported. */
export const RUNNABLE_LANGUAGES: ReadonlySet<string> = new Set(["javascript"]);

/** Accepted when every test passed; otherwise the verdict of the first failing test. */
export function verdictOf(outcomes: readonly TestOutcome[]): SubmissionVerdict {
  if (outcomes.length === 0) return "RUNTIME_ERROR";
  const failed = outcomes.find(
    (o): o is Exclude<TestOutcome, "PASSED" | "SKIPPED"> => o !== "PASSED" && o !== "SKIPPED",
  );
  return failed ?? "ACCEPTED";
}

/** Points in proportion to the tests passed (full points only when accepted). */
export function scoreOf(points: number, passed: number, total: number): number {
  return total === 0 ? 0 : Math.round((points * passed) / total);
}

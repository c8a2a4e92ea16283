// Runs untrusted JavaScript in V8 isolates (isolated-vm 5): a separate heap with a hard memory
// limit, a wall-clock timeout per test, and nothing of Node inside (no require, process, fs,
// timers, fetch or sockets; imports are refused). Why isolated-vm: it is the maintained library
// that exposes V8's isolates with heap limits and timeouts; Node's `vm` is documented as not a
// security boundary, and worker threads keep every capability of the process. Its async calls
// run on isolated-vm's own threads, so a submission spinning forever never blocks the API's
// event loop.
import ivm from "isolated-vm";
import { HARNESS } from "./harness.js";

export interface SandboxLimits {
  /** Per test, from compilation to the returned value. */
  timeLimitMs: number;
  /** Heap of the isolate (all tests of one run). */
  memoryLimitMb: number;
  /** Wall time for the whole run; tests beyond it are stopped (default 30 s). */
  totalTimeLimitMs?: number;
}

export type TestOutcome =
  | "PASSED"
  | "WRONG_ANSWER"
  | "TIME_LIMIT"
  | "MEMORY_LIMIT"
  | "RUNTIME_ERROR"
  | "SKIPPED";

export interface TestRun {
  outcome: TestOutcome;
  /** What the code returned (as text), when it returned. */
  actual: string | null;
  error: string | null;
  executionTimeMs: number;
}

export interface SandboxReport {
  tests: TestRun[];
  memoryUsedMb: number;
}

type Raw = { ok: true; output: string } | { ok: false; error: string };

/** Same text once line endings and trailing spaces are ignored. */
export function outputsMatch(expected: string, actual: string): boolean {
  const norm = (s: string) =>
    s
      .replace(/\r\n?/g, "\n")
      .split("\n")
      .map((line) => line.trimEnd())
      .join("\n")
      .trim();
  return norm(expected) === norm(actual);
}

/** One fresh context per test: nothing a test leaves in globals leaks into the next. */
async function runOne(isolate: ivm.Isolate, code: string, input: string, timeLimitMs: number): Promise<Raw> {
  const deadline = performance.now() + timeLimitMs;
  const left = () => Math.max(1, Math.round(deadline - performance.now()));
  const context = await isolate.createContext();
  try {
    const module = await isolate.compileModule(code, { filename: "submission.js" });
    await module.instantiate(context, (specifier) => {
      throw new Error(`Imports are not available in the sandbox ("${specifier}").`);
    });
    await module.evaluate({ timeout: left() });
    await context.global.set("__submission", module.namespace.derefInto());
    await context.global.set("__input", input);
    const raw: unknown = await context.eval(HARNESS, { timeout: left() });
    return typeof raw === "string" ? (JSON.parse(raw) as Raw) : { ok: false, error: "No result." };
  } finally {
    if (!isolate.isDisposed) context.release();
  }
}

function failure(error: unknown, isolate: ivm.Isolate): { outcome: TestOutcome; error: string } {
  const message = error instanceof Error ? error.message : String(error);
  if (isolate.isDisposed || /memory limit/i.test(message))
    return { outcome: "MEMORY_LIMIT", error: "Memory limit exceeded." };
  if (/timed out/i.test(message)) return { outcome: "TIME_LIMIT", error: "Time limit exceeded." };
  const name = error instanceof Error && error.name !== "Error" ? `${error.name}: ` : "";
  return { outcome: "RUNTIME_ERROR", error: `${name}${message}`.slice(0, 2000) };
}

/**
 * Runs the submission against each test in order. A test over the time or memory limit stops
 * the run (the rest are SKIPPED): a submission that loops forever costs one time limit, not one
 * per test, and the whole run never exceeds `totalTimeLimitMs`.
 */
export async function runJavaScript(
  code: string,
  tests: readonly { input: string; expectedOutput: string }[],
  limits: SandboxLimits,
): Promise<SandboxReport> {
  const isolate = new ivm.Isolate({ memoryLimit: Math.max(8, limits.memoryLimitMb) });
  // However many tests, one submission holds an isolate (and a core) for a bounded time.
  const runDeadline = performance.now() + (limits.totalTimeLimitMs ?? 30_000);
  const results: TestRun[] = [];
  let memoryUsedMb = 0;
  let stopped = false;
  try {
    for (const test of tests) {
      if (stopped) {
        results.push({ outcome: "SKIPPED", actual: null, error: null, executionTimeMs: 0 });
        continue;
      }
      const started = performance.now();
      let run: Omit<TestRun, "executionTimeMs">;
      try {
        const budget = Math.min(limits.timeLimitMs, runDeadline - started);
        if (budget <= 0) throw new Error("Script execution timed out.");
        const raw = await runOne(isolate, code, test.input, budget);
        run = raw.ok
          ? {
              outcome: outputsMatch(test.expectedOutput, raw.output) ? "PASSED" : "WRONG_ANSWER",
              actual: raw.output,
              error: null,
            }
          : { outcome: "RUNTIME_ERROR", actual: null, error: raw.error };
      } catch (error) {
        run = { ...failure(error, isolate), actual: null };
        stopped = run.outcome === "TIME_LIMIT" || run.outcome === "MEMORY_LIMIT";
      }
      results.push({ ...run, executionTimeMs: Math.round(performance.now() - started) });
      if (!isolate.isDisposed) {
        const heap = await isolate.getHeapStatistics();
        memoryUsedMb = Math.max(memoryUsedMb, Math.ceil(heap.used_heap_size / 1_048_576));
      } else {
        memoryUsedMb = Math.max(8, limits.memoryLimitMb);
      }
    }
  } finally {
    if (!isolate.isDisposed) isolate.dispose();
  }
  return { tests: results, memoryUsedMb };
}

// Runs inside the isolate, after the submission module was evaluated. It sees only what was
// copied in: the submission's exports (`__submission`) and the test input (`__input`), a string.
// It returns one JSON string, so nothing but a copied primitive ever leaves the isolate.
//
// Convention (documented on CodeSubmission): the module exports the function to test (a default
// export, its only exported function, or one named `solution`); it is called with the test's
// input string; the return value is the output (strings as they are, anything else as JSON).

/** Longest output kept per test: enough to show a mismatch, not a way to flood the database. */
export const MAX_OUTPUT_CHARS = 10_000;

export const HARNESS = `(() => {
  const ns = globalThis.__submission;
  const fns = Object.keys(ns).filter((k) => typeof ns[k] === "function");
  const entry =
    typeof ns.default === "function" ? ns.default
    : fns.length === 1 ? ns[fns[0]]
    : typeof ns.solution === "function" ? ns.solution
    : null;
  if (!entry) {
    return JSON.stringify({ ok: false, error: fns.length
      ? "Export one function (or a default export, or one named solution) to be tested."
      : "Export the function to be tested, e.g. export function solve(input) { ... }." });
  }
  try {
    const result = entry(globalThis.__input);
    if (result !== null && typeof result === "object" && typeof result.then === "function") {
      return JSON.stringify({ ok: false, error: "Return the answer directly: asynchronous solutions are not supported." });
    }
    const output = typeof result === "string" ? result : result === undefined ? "" : JSON.stringify(result);
    return JSON.stringify({ ok: true, output: String(output).slice(0, ${MAX_OUTPUT_CHARS}) });
  } catch (e) {
    const message = e instanceof Error ? e.name + ": " + e.message : "Uncaught " + String(e);
    return JSON.stringify({ ok: false, error: message.slice(0, 2000) });
  }
})()`;

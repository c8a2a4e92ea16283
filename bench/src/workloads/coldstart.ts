// Workload 5: cold start on the embedded default (issue 9: "installed, seeded database present:
// ready in < 5 s"). The API runs as `npm start` runs it: no DATABASE_URL (PGlite in DATA_DIR),
// no REDIS_URL, NODE_ENV and JWT_SECRET unset; timed from process start to /readyz answering 200.
import { existsSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { percentile } from "../common.js";
import { startApi } from "../procs.js";
import type { Row } from "../report.js";

const DATA_DIR = resolve(import.meta.dirname, "../../out/embedded-data");
const SEEDED = resolve(DATA_DIR, ".bench-seeded");
const STARTS = 3;
const TARGET_MS = 5000;

/** The embedded default's environment; the bench's PostgreSQL/Redis settings blanked (empty = unset). */
const EMBEDDED_ENV: Record<string, string> = {
  DATA_DIR,
  DATABASE_URL: "",
  REDIS_URL: "",
  NODE_ENV: "",
  JWT_SECRET: "",
  EXPOSE_SQL_STATEMENT_COUNT: "",
  BACKGROUND_JOBS: "",
  USER_COST_BUDGET_PER_HOUR: "",
};

/** The first start migrates the PGlite database and seeds the demo data (through tsx: the seed is TypeScript). */
async function ensureSeeded(): Promise<void> {
  if (existsSync(SEEDED)) return;
  console.log(`embedded: first start (migrate + seed) in ${DATA_DIR}`);
  const first = await startApi(4121, EMBEDDED_ENV, { runtime: "tsx", readyTimeoutMs: 600_000 });
  console.log(`embedded: first start ready in ${first.readyMs} ms`);
  await first.proc.stop();
  writeFileSync(SEEDED, new Date().toISOString());
}

export async function coldStart(): Promise<Row[]> {
  await ensureSeeded();
  const rows: Row[] = [];
  for (const runtime of ["compiled JS", "tsx"] as const) {
    const ready: number[] = [];
    const rss: number[] = [];
    for (let i = 0; i < STARTS; i++) {
      const api = await startApi(4121, EMBEDDED_ENV, { runtime });
      ready.push(api.readyMs);
      rss.push(api.idleRssMb);
      await api.proc.stop();
    }
    const median = percentile(ready, 50);
    rows.push({
      workload: "cold start (embedded)",
      system: runtime === "tsx" ? "API (tsx, as npm start)" : "API (compiled JS)",
      rps: Number.NaN,
      p50: median,
      p99: Math.max(...ready),
      sql: "–",
      peakRssMb: Math.max(...rss),
      ratio: `target < 5 s: ${Math.max(...ready) < TARGET_MS ? "met" : "missed"}`,
      note: `process start → /readyz, ${STARTS} starts: ${ready.join(", ")} ms (PGlite DATA_DIR with the demo data; RSS when ready)`,
    });
  }
  return rows;
}

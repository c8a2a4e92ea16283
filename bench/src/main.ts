// `pnpm bench [--quick] [--fresh] [--only coldstart,catalog,booking,fanout,soak] [--tsx]`: prepares the bench
// database, runs the workloads against the API and their baselines, prints the table and writes
// bench/RESULTS.md (the figures section between the markers; the analysis around it is kept).
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import type { Mode } from "./common.js";
import { FULL_DATA, prepareDatabase, QUICK_DATA, withDb } from "./db.js";
import { pickFixtures } from "./fixtures.js";
import { apiRuntime } from "./procs.js";
import { machine, type Row, table } from "./report.js";
import { booking } from "./workloads/booking.js";
import { catalog } from "./workloads/catalog.js";
import { coldStart } from "./workloads/coldstart.js";
import { fanout } from "./workloads/fanout.js";
import { type SoakResult, soak } from "./workloads/soak.js";

const args = process.argv.slice(2);
const quick = args.includes("--quick");
const onlyArg = args[args.indexOf("--only") + 1];
const only = args.includes("--only") && onlyArg ? new Set(onlyArg.split(",")) : null;
const wants = (name: string) => !only || only.has(name);

const mode: Mode = quick
  ? {
      quick,
      fresh: args.includes("--fresh"),
      seconds: 10,
      subscribers: 200,
      fanoutSeconds: 10,
      soakMinutes: 1,
    }
  : {
      quick,
      fresh: args.includes("--fresh"),
      seconds: 30,
      subscribers: 1000,
      fanoutSeconds: 60,
      soakMinutes: 10,
    };
const SLOTS = quick ? 200 : 1000;

const RESULTS = resolve(import.meta.dirname, "../RESULTS.md");
// One figures section per mode, so a quick run never overwrites the full run's figures.
const BEGIN = `<!-- bench:${quick ? "quick" : "full"}:begin -->`;
const END = `<!-- bench:${quick ? "quick" : "full"}:end -->`;

function soakSection(s: SoakResult): string {
  const lines = s.windows.map(
    (w) =>
      `| ${w.minute.toFixed(2)} | ${w.stats.rps.toFixed(1)} | ${w.stats.p50} | ${w.stats.p99} | ${w.stats.errors + w.stats.non2xx + w.errorBodies} | ${w.rssMb.toFixed(0)} | ${Number.isFinite(w.heapMb) ? w.heapMb.toFixed(1) : "–"} |`,
  );
  return [
    "| minute | req/s | p50 ms | p99 ms | errors | RSS MB | heap after GC MB |",
    "|--:|--:|--:|--:|--:|--:|--:|",
    ...lines,
    "",
    `RSS samples every 5 s (MB): ${s.rssSamples.map((v) => v.toFixed(0)).join(" ")}`,
  ].join("\n");
}

async function main(): Promise<void> {
  const started = Date.now();
  const data = quick ? QUICK_DATA : FULL_DATA;
  const db = await prepareDatabase(data, mode.fresh);
  console.log(`bench database: ${db}`);
  const pgVersion = await withDb(
    async (c) => (await c.query<{ v: string }>("SELECT version() AS v")).rows[0]?.v ?? "?",
  );
  const counts = await withDb(async (c) => {
    const r = await c.query<Record<string, number>>(
      `SELECT (SELECT count(*)::int FROM courses) AS courses, (SELECT count(*)::int FROM lessons) AS lessons,
              (SELECT count(*)::int FROM expert_profiles) AS experts, (SELECT count(*)::int FROM bookings) AS bookings`,
    );
    return r.rows[0] ?? {};
  });
  const fx = await pickFixtures(SLOTS, 3000);
  const rows: Row[] = [];
  let cold = Number.NaN;
  let idleRss = Number.NaN;
  let soaked: SoakResult | null = null;
  // Rewritten after every workload, so an interrupted run still leaves its figures.
  const write = async (done: boolean) => {
    const figures = [
      BEGIN,
      `### Run of ${new Date().toISOString()} (${quick ? "quick" : "full"} mode, ${((Date.now() - started) / 60000).toFixed(1)} min${done ? "" : ", in progress"})`,
      "",
      await machine(pgVersion),
      `- data: ${Object.entries(counts)
        .map(([k, v]) => `${v} ${k}`)
        .join(", ")} (database ${db})`,
      `- API ready (process start to /readyz, PostgreSQL, ${apiRuntime}): ${Number.isFinite(cold) ? `${cold} ms` : "not measured"}; RSS when ready: ${Number.isFinite(idleRss) ? `${idleRss.toFixed(0)} MB` : "not measured"}`,
      "",
      table(rows),
      "",
      soaked ? soakSection(soaked) : "",
      END,
    ].join("\n");
    const previous = existsSync(RESULTS)
      ? readFileSync(RESULTS, "utf8")
      : `# Benchmark results\n\n${BEGIN}\n${END}\n`;
    const at = previous.indexOf(BEGIN);
    const end = previous.indexOf(END);
    const next =
      at >= 0 && end > at
        ? previous.slice(0, at) + figures + previous.slice(end + END.length)
        : `${previous}\n${figures}\n`;
    writeFileSync(RESULTS, next);
  };
  const step = async (name: string, fn: () => Promise<void>) => {
    if (!wants(name)) return;
    const t = Date.now();
    console.log(`\n== ${name}`);
    await fn();
    console.log(table(rows));
    console.log(`(${name}: ${((Date.now() - t) / 1000).toFixed(0)} s)`);
    await write(false);
  };
  await step("coldstart", async () => void rows.push(...(await coldStart())));
  await step("catalog", async () => {
    const r = await catalog(mode);
    rows.push(...r.rows);
    cold = r.coldStartMs;
    idleRss = r.idleRssMb;
  });
  await step("booking", async () => void rows.push(...(await booking(fx, SLOTS))));
  await step("fanout", async () => void rows.push(...(await fanout(mode, fx.fanoutSchedule))));
  await step("soak", async () => {
    soaked = await soak(mode, fx);
    rows.push(...soaked.rows);
  });
  await write(true);
  console.log(`\nwrote ${RESULTS}`);
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);

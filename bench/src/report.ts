// The result rows, the printed table and bench/RESULTS.md's figures section.
import { cpus, totalmem } from "node:os";

export interface Row {
  workload: string;
  system: string;
  rps: number;
  p50: number;
  p99: number;
  sql: string;
  peakRssMb: number;
  ratio: string;
  note: string;
}

const fmt = (n: number, digits = 0) => (Number.isFinite(n) ? n.toFixed(digits) : "–");

export function table(rows: Row[]): string {
  const head =
    "| workload | system | throughput/s | p50 ms | p99 ms | SQL/req | peak RSS MB | ratio to baseline | note |";
  const sep = "|---|---|--:|--:|--:|--:|--:|---|---|";
  const lines = rows.map(
    (r) =>
      `| ${r.workload} | ${r.system} | ${fmt(r.rps, 1)} | ${fmt(r.p50, 1)} | ${fmt(r.p99, 1)} | ${r.sql} | ${fmt(r.peakRssMb)} | ${r.ratio} | ${r.note} |`,
  );
  return [head, sep, ...lines].join("\n");
}

export const ratio = (api: number, base: number, label: string) =>
  Number.isFinite(api) && Number.isFinite(base) && base > 0 ? `${(api / base).toFixed(2)}× ${label}` : "–";

export async function machine(pgVersion: string): Promise<string> {
  const { readFileSync } = await import("node:fs");
  const load = readFileSync("/proc/loadavg", "utf8").split(" ").slice(0, 3).join(" ");
  return [
    `- CPU: ${cpus().length} × ${cpus()[0]?.model ?? "?"}`,
    `- memory: ${(totalmem() / 2 ** 30).toFixed(1)} GiB`,
    `- Node ${process.version}; ${pgVersion}`,
    `- load average at the end of the run (1/5/15 min): ${load} (2 cores shared with other work: absolute figures drift, ratios within one run are what count)`,
  ].join("\n");
}

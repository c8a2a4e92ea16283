// Workload 1: a catalog page of 20 courses (and a text search page), API vs B-sql.

import { type Mode, postGraphQL } from "../common.js";
import { cannon, jsonPost, type LoadStats } from "../load.js";
import { startApi, startBaseline } from "../procs.js";
import { CATALOG_PAGE } from "../queries.js";
import { type Row, ratio } from "../report.js";

export const SEARCH_TERM = "design";

async function statementsPerPage(url: string): Promise<string> {
  const counts: number[] = [];
  for (const first of [5, 20, 50]) {
    const r = await postGraphQL(url, CATALOG_PAGE, { first, query: null });
    if (r.errors) throw new Error(`catalog probe: ${r.errors[0]?.message}`);
    counts.push(r.extensions?.sqlStatements ?? Number.NaN);
  }
  return counts.join("/");
}

async function hit(url: string, variables: object, mode: Mode): Promise<LoadStats> {
  const body = jsonPost({ query: CATALOG_PAGE, variables });
  await cannon({ url, connections: 10, duration: Math.max(2, Math.round(mode.seconds / 4)), ...body }); // warm-up
  return cannon({ url, connections: 10, duration: mode.seconds, ...body });
}

export async function catalog(mode: Mode): Promise<{ rows: Row[]; coldStartMs: number; idleRssMb: number }> {
  const pages = [
    { name: "catalog page (20)", variables: { first: 20, query: null } },
    { name: "search page (20)", variables: { first: 20, query: SEARCH_TERM } },
  ];
  const base = await startBaseline("b-sql.ts", 4201);
  const baseStats: LoadStats[] = [];
  let basePeakMb = 0;
  try {
    for (const page of pages) baseStats.push(await hit("http://127.0.0.1:4201/", page.variables, mode));
    basePeakMb = base.proc.peakRssKb() / 1024;
  } finally {
    await base.proc.stop();
  }
  const api = await startApi(4101);
  const rows: Row[] = [];
  try {
    const url = "http://127.0.0.1:4101/graphql";
    const sqlList = await statementsPerPage(url);
    const search = await postGraphQL(url, CATALOG_PAGE, { first: 20, query: SEARCH_TERM });
    const sqlSearch = String(search.extensions?.sqlStatements ?? "?");
    for (const [i, page] of pages.entries()) {
      const s = await hit(url, page.variables, mode);
      const b = baseStats[i] as LoadStats;
      const peak = api.proc.peakRssKb() / 1024;
      rows.push({
        workload: page.name,
        system: "B-sql",
        rps: b.rps,
        p50: b.p50,
        p99: b.p99,
        sql: "1",
        peakRssMb: basePeakMb,
        ratio: "",
        note: `${b.errors + b.non2xx} errors`,
      });
      rows.push({
        workload: page.name,
        system: "API",
        rps: s.rps,
        p50: s.p50,
        p99: s.p99,
        sql: i === 0 ? `${sqlList} (first 5/20/50)` : sqlSearch,
        peakRssMb: peak,
        ratio: `${ratio(s.rps, b.rps, "rps")}; p99 ${ratio(s.p99, b.p99, "")}`,
        note: `${s.errors + s.non2xx} errors`,
      });
    }
  } finally {
    await api.proc.stop();
  }
  return { rows, coldStartMs: api.readyMs, idleRssMb: api.idleRssMb };
}

// `pnpm --filter @campus/bench exec tsx src/cpu.ts [--pages 1000] [--search] [--prof] [--entry main.js] [--no-count] [--node-flags "…"]`: the API's
// own CPU time per catalog page (utime + stime of the API process over N pages at 4 connections),
// the figure each catalog change in RESULTS.md is judged by: unlike throughput it barely moves
// with the load other work puts on the shared cores. `--prof` writes a V8 CPU profile
// (bench/out/profiles/*.cpuprofile, open in Chrome DevTools) of the same pages; `--entry` runs
// another compiled build (a copy of bench/out/api-build with the "before" files) for A/B runs.
import { mkdirSync } from "node:fs";
import { resolve } from "node:path";
import { postGraphQL } from "./common.js";
import { prepareDatabase, QUICK_DATA } from "./db.js";
import { cannon, jsonPost } from "./load.js";
import { startApi } from "./procs.js";
import { CATALOG_PAGE } from "./queries.js";
import { SEARCH_TERM } from "./workloads/catalog.js";

const args = process.argv.slice(2);
const arg = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const pages = Number(arg("--pages") ?? 1000);
const variables = { first: 20, query: args.includes("--search") ? SEARCH_TERM : null };
const profileDir = resolve(import.meta.dirname, "../out/profiles");

async function main() {
  await prepareDatabase(QUICK_DATA, false);
  if (args.includes("--prof")) mkdirSync(profileDir, { recursive: true });
  const nodeArgs = [
    ...(args.includes("--prof") ? ["--cpu-prof", `--cpu-prof-dir=${profileDir}`] : []),
    // `--node-flags "--max-semi-space-size=8 …"`: V8 settings to compare (memory, GC).
    ...(arg("--node-flags")?.split(" ").filter(Boolean) ?? []),
  ];
  const entry = arg("--entry");
  // `--no-count`: without EXPOSE_SQL_STATEMENT_COUNT (the production default).
  const env: Record<string, string> = args.includes("--no-count")
    ? { EXPOSE_SQL_STATEMENT_COUNT: "false" }
    : {};
  const api = await startApi(4111, env, { nodeArgs, entry: entry ? resolve(entry) : undefined });
  try {
    const url = "http://127.0.0.1:4111/graphql";
    const probe = await postGraphQL(url, CATALOG_PAGE, variables);
    if (probe.errors) throw new Error(`catalog probe: ${probe.errors[0]?.message}`);
    const body = jsonPost({ query: CATALOG_PAGE, variables });
    await cannon({ url, connections: 4, amount: 200, ...body }); // warm-up (JIT, plan caches)
    const before = api.proc.cpuMs();
    const stats = await cannon({ url, connections: 4, amount: pages, ...body });
    const after = api.proc.cpuMs();
    const per = (ms: number) => (ms / pages).toFixed(2);
    console.log(
      `${variables.query ? "search" : "catalog"} page: ${pages} pages, API CPU ${per(after.total - before.total)} ms/page ` +
        `(user ${per(after.user - before.user)}, system ${per(after.system - before.system)}), ` +
        `${stats.rps.toFixed(1)} pages/s, p50 ${stats.p50} ms, p99 ${stats.p99} ms, ` +
        `${stats.errors + stats.non2xx} errors, RSS ${(api.proc.rssKb() / 1024).toFixed(0)} MB ` +
        `(SQL/page ${probe.extensions?.sqlStatements ?? "?"})`,
    );
  } finally {
    await api.proc.stop();
  }
  if (args.includes("--prof")) console.log(`profile written to ${profileDir}`);
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);

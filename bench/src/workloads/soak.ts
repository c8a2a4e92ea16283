// Workload 4: mixed traffic (80% reads, 15% bookings, 5% other writes) for mode.soakMinutes,
// measured in one-minute windows (15 s in quick mode); RSS sampled every 5 s, the heap after a
// full GC read at the end of each window (the API runs with --expose-gc and DEBUG_HEAP_ENDPOINT).
import { accessToken, globalId, type Mode } from "../common.js";
import type { Fixtures } from "../fixtures.js";
import { cannon, type LoadStats } from "../load.js";
import { startApi } from "../procs.js";
import { ADD_WISHLIST, BOOK_SLOT, CATALOG_PAGE } from "../queries.js";
import type { Row } from "../report.js";
import { SEARCH_TERM } from "./catalog.js";

export interface SoakResult {
  rows: Row[];
  windows: { minute: number; stats: LoadStats; errorBodies: number; rssMb: number; heapMb: number }[];
  rssSamples: number[];
}

type Step = "read" | "search" | "book" | "write";
// 20 steps: 16 reads (8 list, 8 search), 3 bookings, 1 other write.
const MIX: Step[] = [
  ...Array<Step>(8).fill("read"),
  ...Array<Step>(8).fill("search"),
  ...Array<Step>(3).fill("book"),
  "write",
];

/** heapUsed (MB) right after a full collection, from the API's /debug/heap. */
async function heapAfterGcMb(): Promise<number> {
  try {
    const res = await fetch("http://127.0.0.1:4101/debug/heap");
    if (!res.ok) return Number.NaN;
    return ((await res.json()) as { heapUsed: number }).heapUsed / 2 ** 20;
  } catch {
    return Number.NaN;
  }
}

export async function soak(mode: Mode, fx: Fixtures): Promise<SoakResult> {
  const api = await startApi(4101, { DEBUG_HEAP_ENDPOINT: "true" }, { nodeArgs: ["--expose-gc"] });
  const tokens = fx.learners.map((id) => accessToken(id));
  const rssSamples: number[] = [];
  const sampler = setInterval(() => rssSamples.push(api.proc.rssKb() / 1024), 5000);
  const windows: SoakResult["windows"] = [];
  const windowS = mode.quick ? 15 : 60;
  const count = Math.round((mode.soakMinutes * 60) / windowS);
  let n = 0;
  let peakMb = 0;
  let errorBodies = 0;
  const body = (step: Step, i: number) => {
    if (step === "read") return { query: CATALOG_PAGE, variables: { first: 20, query: null } };
    if (step === "search") return { query: CATALOG_PAGE, variables: { first: 20, query: SEARCH_TERM } };
    if (step === "book")
      return {
        query: BOOK_SLOT,
        variables: { id: globalId("BookableSlot", fx.soakSlots[i % fx.soakSlots.length] ?? "") },
      };
    return {
      query: ADD_WISHLIST,
      variables: { id: globalId("Course", fx.courses[i % fx.courses.length] ?? "") },
    };
  };
  try {
    for (let w = 0; w < count; w++) {
      errorBodies = 0;
      const stats = await cannon({
        url: "http://127.0.0.1:4101/graphql",
        connections: 10,
        duration: windowS,
        requests: MIX.map((step) => ({
          method: "POST" as const,
          setupRequest: (req) => {
            const i = n++;
            const headers: Record<string, string> = { "content-type": "application/json" };
            if (step === "book" || step === "write")
              headers.authorization = `Bearer ${tokens[i % tokens.length]}`;
            return { ...req, headers, body: JSON.stringify(body(step, i)) };
          },
          onResponse: (_status: number, text: string) => {
            if (text.includes('"errors"')) errorBodies++;
          },
        })),
      });
      const rssMb = api.proc.rssKb() / 1024;
      windows.push({
        minute: ((w + 1) * windowS) / 60,
        stats,
        errorBodies,
        rssMb,
        heapMb: await heapAfterGcMb(),
      });
    }
  } finally {
    peakMb = api.proc.peakRssKb() / 1024;
    clearInterval(sampler);
    await api.proc.stop();
  }
  const first = windows[0]?.stats;
  const last = windows.at(-1)?.stats;
  const total = windows.reduce((s, w) => s + w.stats.requests, 0);
  const errors = windows.reduce((s, w) => s + w.stats.errors + w.stats.non2xx + w.errorBodies, 0);
  const rows: Row[] = [
    {
      workload: `soak: ${mode.soakMinutes} min mixed`,
      system: "API",
      rps: total / (mode.soakMinutes * 60),
      p50:
        windows.map((w) => w.stats.p50).sort((a, b) => a - b)[Math.floor(windows.length / 2)] ?? Number.NaN,
      p99: Math.max(...windows.map((w) => w.stats.p99)),
      sql: "–",
      peakRssMb: peakMb,
      ratio: [
        first && last ? `p99 last/first window ${(last.p99 / first.p99).toFixed(2)}` : "–",
        heapDrift(windows.map((w) => w.heapMb)),
      ].join("; "),
      note: `${errors} error responses of ${total}`,
    },
  ];
  return { rows, windows, rssSamples };
}

/** Heap after GC from the second window to the last (the target: within 10% from minute 2 to 10). */
function heapDrift(heapMb: number[]): string {
  const from = heapMb[1];
  const to = heapMb.at(-1);
  if (from === undefined || to === undefined || !Number.isFinite(from) || !Number.isFinite(to))
    return "heap –";
  const change = ((to - from) / from) * 100;
  return `heap after GC window 2→last ${from.toFixed(0)}→${to.toFixed(0)} MB (${change >= 0 ? "+" : ""}${change.toFixed(1)}%)`;
}

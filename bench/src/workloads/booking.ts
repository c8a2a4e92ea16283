// Workload 2: 64 clients competing for 100 seats of one schedule, then for 1,000 slots; API vs
// B-book. Commits are counted in the database, and oversells checked there afterwards.
import { accessToken, globalId, percentile } from "../common.js";
import { withDb } from "../db.js";
import type { Fixtures } from "../fixtures.js";
import { cannon, type LoadStats } from "../load.js";
import { startApi, startBaseline } from "../procs.js";
import { BOOK_SEAT, BOOK_SLOT } from "../queries.js";
import { type Row, ratio } from "../report.js";

interface Phase {
  kind: "seat" | "slot";
  ids: string[];
  requests: number;
}

interface Outcome {
  stats: LoadStats;
  sql?: string;
  commits: number;
  commitsPerSec: number;
  oversold: number;
}

async function outcome(phase: Phase, startedAt: Date, stats: LoadStats): Promise<Outcome> {
  return withDb(async (c) => {
    const col = phase.kind === "seat" ? "schedule_id" : "slot_id";
    const table = phase.kind === "seat" ? "course_schedules" : "bookable_slots";
    const r = await c.query<{ commits: number; last: Date | null }>(
      `SELECT count(*)::int AS commits, max(created_at) AS last FROM bookings WHERE ${col} = ANY($1::uuid[]) AND created_at >= $2`,
      [phase.ids, new Date(startedAt.getTime() - 1000)],
    );
    const over = await c.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM ${table} t
        WHERE t.id = ANY($1::uuid[])
          AND (t.booked_count > t.capacity
               OR (SELECT count(*) FROM bookings b WHERE b.${col} = t.id AND b.status IN ('PENDING','CONFIRMED')) > t.capacity)`,
      [phase.ids],
    );
    const row = r.rows[0];
    const commits = row?.commits ?? 0;
    const span = row?.last ? (row.last.getTime() - startedAt.getTime()) / 1000 : Number.NaN;
    return { stats, commits, commitsPerSec: commits / Math.max(0.001, span), oversold: over.rows[0]?.n ?? 0 };
  });
}

const pick = (ids: string[], i: number, kind: Phase["kind"]) =>
  kind === "seat" ? (ids[0] as string) : (ids[(i * 7919) % ids.length] as string);

interface BookingBody {
  data?: Record<string, { booking: unknown } | undefined>;
  errors?: unknown[];
  extensions?: { sqlStatements?: number };
}

async function runApi(phase: Phase, learners: string[]): Promise<Outcome> {
  const tokens = learners.map((id) => accessToken(id));
  const booked: number[] = [];
  const refused: number[] = [];
  let n = 0;
  const startedAt = new Date();
  const stats = await cannon({
    url: "http://127.0.0.1:4101/graphql",
    connections: 64,
    amount: phase.requests,
    requests: [
      {
        method: "POST",
        setupRequest: (req) => {
          const i = n++;
          const id = pick(phase.ids, i, phase.kind);
          const type = phase.kind === "seat" ? "CourseSchedule" : "BookableSlot";
          return {
            ...req,
            headers: {
              "content-type": "application/json",
              authorization: `Bearer ${tokens[i % tokens.length]}`,
            },
            body: JSON.stringify({
              query: phase.kind === "seat" ? BOOK_SEAT : BOOK_SLOT,
              variables: { id: globalId(type, id) },
            }),
          };
        },
        onResponse: (_status, body) => {
          const parsed = JSON.parse(body) as BookingBody;
          const payload = parsed.data ? Object.values(parsed.data)[0] : undefined;
          (payload?.booking ? booked : refused).push(parsed.extensions?.sqlStatements ?? Number.NaN);
        },
      },
    ],
  });
  const sql = `${percentile(booked, 50)} booked / ${percentile(refused, 50)} refused`;
  return { ...(await outcome(phase, startedAt, stats)), sql };
}

async function runBase(phase: Phase, learners: string[]): Promise<Outcome> {
  let n = 0;
  const startedAt = new Date();
  const stats = await cannon({
    url: "http://127.0.0.1:4202/",
    connections: 64,
    amount: phase.requests,
    requests: [
      {
        method: "POST",
        setupRequest: (req) => {
          const i = n++;
          const body = {
            kind: phase.kind,
            id: pick(phase.ids, i, phase.kind),
            userId: learners[i % learners.length],
          };
          return { ...req, headers: { "content-type": "application/json" }, body: JSON.stringify(body) };
        },
      },
    ],
  });
  return outcome(phase, startedAt, stats);
}

function rows(
  name: string,
  api: Outcome,
  base: Outcome,
  sql: string,
  apiPeak: number,
  basePeak: number,
): Row[] {
  const note = (o: Outcome) =>
    `${o.commits} commits, ${o.commitsPerSec.toFixed(1)} commits/s, oversold ${o.oversold}, ${o.stats.errors + o.stats.non2xx} errors`;
  return [
    {
      workload: name,
      system: "B-book",
      ...pickStats(base),
      sql: "4",
      peakRssMb: basePeak,
      ratio: "",
      note: note(base),
    },
    {
      workload: name,
      system: "API",
      ...pickStats(api),
      sql,
      peakRssMb: apiPeak,
      ratio: ratio(api.commitsPerSec, base.commitsPerSec, "commits/s"),
      note: note(api),
    },
  ];
}

const pickStats = (o: Outcome) => ({ rps: o.stats.rps, p50: o.stats.p50, p99: o.stats.p99 });

export async function booking(fx: Fixtures, slotCount: number): Promise<Row[]> {
  const half = fx.slots.length / 2;
  const apiPhases: Phase[] = [
    { kind: "seat", ids: [fx.schedules[0]], requests: 400 },
    { kind: "slot", ids: fx.slots.slice(0, half), requests: slotCount * 3 },
  ];
  const basePhases: Phase[] = [
    { kind: "seat", ids: [fx.schedules[1]], requests: 400 },
    { kind: "slot", ids: fx.slots.slice(half), requests: slotCount * 3 },
  ];
  const base = await startBaseline("b-book.ts", 4202);
  const baseOut: Outcome[] = [];
  let basePeak = 0;
  try {
    for (const p of basePhases) baseOut.push(await runBase(p, fx.learners));
    basePeak = base.proc.peakRssKb() / 1024;
  } finally {
    await base.proc.stop();
  }
  const api = await startApi(4101);
  const out: Row[] = [];
  try {
    for (const [i, p] of apiPhases.entries()) {
      const o = await runApi(p, fx.learners);
      const name =
        p.kind === "seat" ? "booking: 100 seats, 64 clients" : `booking: ${half} slots, 64 clients`;
      out.push(...rows(name, o, baseOut[i] as Outcome, o.sql ?? "?", api.proc.peakRssKb() / 1024, basePeak));
    }
  } finally {
    await api.proc.stop();
  }
  return out;
}

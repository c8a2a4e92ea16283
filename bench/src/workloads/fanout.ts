// Workload 3: N subscribers to one schedule's seats; events published on Redis at 10/s, then a
// burst for capacity. B-ws (raw ws + Redis) vs one API replica vs two replicas behind Redis.
import { performance } from "node:perf_hooks";
import { createClient } from "graphql-ws";
import { Redis } from "ioredis";
import WebSocket from "ws";
import { globalId, type Mode, percentile, REDIS_URL, sleep } from "../common.js";
import { type Proc, startApi, startBaseline } from "../procs.js";
import { SEATS_CHANGED } from "../queries.js";
import type { Row } from "../report.js";

interface Subscriber {
  received: number;
  close: () => void;
}

interface FanoutResult {
  delivered: number;
  expected: number;
  p50: number;
  p99: number;
  burstPerSec: number;
  peakRssMb: number;
}

const BURST = 50;

function subscribe(
  kind: "graphql" | "raw",
  port: number,
  scheduleId: string,
  onMessage: (s: Subscriber) => void,
) {
  const sub: Subscriber = { received: 0, close: () => {} };
  const got = () => {
    sub.received++;
    onMessage(sub);
  };
  if (kind === "raw") {
    const socket = new WebSocket(`ws://127.0.0.1:${port}/`);
    socket.on("message", got);
    socket.on("error", () => {});
    sub.close = () => socket.terminate();
  } else {
    const client = createClient({
      url: `ws://127.0.0.1:${port}/graphql`,
      webSocketImpl: WebSocket,
      lazy: false,
      retryAttempts: 0,
      onNonLazyError: () => {},
    });
    client.subscribe(
      { query: SEATS_CHANGED, variables: { id: globalId("CourseSchedule", scheduleId) } },
      { next: got, error: () => {}, complete: () => {} },
    );
    sub.close = () => void client.dispose();
  }
  return sub;
}

async function scenario(
  kind: "graphql" | "raw",
  procs: Proc[],
  scheduleId: string,
  mode: Mode,
): Promise<FanoutResult> {
  const redis = new Redis(REDIS_URL);
  const topic = `SCHEDULE_SEATS:${scheduleId}`;
  const payload = JSON.stringify({
    scheduleId,
    status: "PUBLISHED",
    capacity: 12,
    bookedCount: 0,
    seatsLeft: 12,
  });
  let sentAt: number[] = [];
  let measuring = false;
  const latencies: number[] = [];
  const subs: Subscriber[] = [];
  for (let i = 0; i < mode.subscribers; i++) {
    const port = (procs[i % procs.length] as Proc).port;
    subs.push(
      subscribe(kind, port, scheduleId, (s) => {
        const t = sentAt[s.received - 1];
        if (measuring && t !== undefined) latencies.push(performance.now() - t);
      }),
    );
    if (i % 50 === 49) await sleep(50);
  }
  try {
    // Warm-up: publish until every subscriber has one event (bounded: 30 s).
    const deadline = Date.now() + 30_000;
    while (subs.some((s) => s.received === 0) && Date.now() < deadline) {
      await redis.publish(topic, payload);
      await sleep(500);
    }
    await sleep(1000);
    const ready = subs.filter((s) => s.received > 0).length;
    for (const s of subs) s.received = 0;
    sentAt = [];
    const events = Math.round(mode.fanoutSeconds * 10);
    measuring = true;
    const start = performance.now();
    for (let k = 0; k < events; k++) {
      const due = start + k * 100;
      const wait = due - performance.now();
      if (wait > 0) await sleep(wait);
      sentAt.push(performance.now());
      await redis.publish(topic, payload);
    }
    const settle = Date.now() + 10_000;
    while (subs.some((s) => s.received < events) && Date.now() < settle) await sleep(100);
    measuring = false;
    const delivered = subs.reduce((sum, s) => sum + Math.min(s.received, events), 0);
    // Burst: BURST events at once; deliveries per second until the last arrives (bounded: 30 s).
    const base = subs.map((s) => s.received);
    const burstStart = performance.now();
    await Promise.all(Array.from({ length: BURST }, () => redis.publish(topic, payload)));
    const burstEnd = Date.now() + 30_000;
    const burstDone = () => subs.every((s, i) => s.received - (base[i] ?? 0) >= BURST);
    while (!burstDone() && Date.now() < burstEnd) await sleep(20);
    const burstDelivered = subs.reduce((sum, s, i) => sum + (s.received - (base[i] ?? 0)), 0);
    const burstPerSec = burstDelivered / ((performance.now() - burstStart) / 1000);
    if (ready < subs.length)
      console.warn(`fan-out ${kind}: only ${ready}/${subs.length} subscribers got warm-up`);
    return {
      delivered,
      expected: events * subs.length,
      p50: percentile(latencies, 50),
      p99: percentile(latencies, 99),
      burstPerSec,
      peakRssMb: Math.max(...procs.map((p) => p.peakRssKb())) / 1024,
    };
  } finally {
    for (const s of subs) s.close();
    redis.disconnect();
    await sleep(500);
  }
}

function row(system: string, r: FanoutResult, ratio: string, n: number): Row {
  return {
    workload: `fan-out: ${n} subscribers, 10 ev/s`,
    system,
    rps: r.burstPerSec,
    p50: r.p50,
    p99: r.p99,
    sql: "–",
    peakRssMb: r.peakRssMb,
    ratio,
    note: `delivered ${r.delivered}/${r.expected}; throughput = burst deliveries/s (${BURST} events at once)`,
  };
}

export async function fanout(mode: Mode, scheduleId: string): Promise<Row[]> {
  const base = await startBaseline("b-ws.ts", 4203);
  let raw: FanoutResult;
  try {
    raw = await scenario("raw", [base.proc], scheduleId, mode);
  } finally {
    await base.proc.stop();
  }
  // Fresh processes per scenario: a replica must not carry the previous scenario's backlog.
  const a = await startApi(4101);
  let one: FanoutResult;
  try {
    one = await scenario("graphql", [a.proc], scheduleId, mode);
  } finally {
    await a.proc.stop();
  }
  const [a2, b2] = await Promise.all([startApi(4101), startApi(4102)]);
  let two: FanoutResult;
  try {
    two = await scenario("graphql", [a2.proc, b2.proc], scheduleId, mode);
  } finally {
    await Promise.all([a2.proc.stop(), b2.proc.stop()]);
  }
  const r = (x: number, y: number) => `${(x / y).toFixed(2)}×`;
  return [
    row("B-ws", raw, "", mode.subscribers),
    row("API ×1", one, `${r(one.burstPerSec, raw.burstPerSec)} B-ws`, mode.subscribers),
    row(
      "API ×2",
      two,
      `${r(two.burstPerSec, raw.burstPerSec)} B-ws; ${r(two.burstPerSec, one.burstPerSec)} API ×1`,
      mode.subscribers,
    ),
  ];
}

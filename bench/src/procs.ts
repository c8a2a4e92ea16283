// Child processes the bench starts (API replicas, baselines): spawn, wait ready, sample memory, stop.
import { type ChildProcess, spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { buildApi } from "./build.js";
import { DATABASE_URL, JWT_SECRET, REDIS_URL, sleep } from "./common.js";

const ROOT = resolve(import.meta.dirname, "../..");

export interface Proc {
  name: string;
  port: number;
  child: ChildProcess;
  /** Peak resident set (kB) sampled so far; VmHWM is the kernel's own high-water mark. */
  peakRssKb: () => number;
  rssKb: () => number;
  /** CPU time (ms) the process has used so far: user + system, and each. */
  cpuMs: () => { total: number; user: number; system: number };
  stop: () => Promise<void>;
}

function statusKb(pid: number | undefined, field: "VmHWM" | "VmRSS"): number {
  if (!pid) return 0;
  try {
    const text = readFileSync(`/proc/${pid}/status`, "utf8");
    const m = new RegExp(`${field}:\\s+(\\d+) kB`).exec(text);
    return m?.[1] ? Number(m[1]) : 0;
  } catch {
    return 0;
  }
}

/** utime + stime from /proc/<pid>/stat (clock ticks of 10 ms). */
function cpuTimeMs(pid: number | undefined): { total: number; user: number; system: number } {
  let user = 0;
  let system = 0;
  try {
    if (pid) {
      const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
      // Fields after the parenthesised command name: state is field 3, utime 14, stime 15.
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      user = Number(fields[11]) * 10;
      system = Number(fields[12]) * 10;
    }
  } catch {
    // exited
  }
  return { total: user + system, user, system };
}

async function waitReady(
  url: string,
  child: ChildProcess,
  name: string,
  timeoutMs = 60_000,
): Promise<number> {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    if (child.exitCode !== null) throw new Error(`${name} exited with ${child.exitCode}`);
    try {
      const res = await fetch(url);
      if (res.ok) return Date.now() - started;
    } catch {
      // not listening yet
    }
    await sleep(100);
  }
  throw new Error(`${name} not ready within ${timeoutMs} ms`);
}

function start(
  name: string,
  port: number,
  args: string[],
  cwd: string,
  env: Record<string, string>,
  loader: string[] = ["--import", "tsx"],
) {
  // node directly (not `pnpm exec`), so the pid sampled is the server's own.
  const child = spawn(process.execPath, [...loader, ...args], {
    cwd,
    env: { ...process.env, ...env, PORT: String(port) },
    stdio: ["ignore", "ignore", "pipe"],
  });
  let stderr = "";
  child.stderr?.on("data", (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-4000);
  });
  child.on("exit", (code) => {
    if (code && code !== 0 && !stopping) console.error(`${name} exited ${code}: ${stderr}`);
  });
  let stopping = false;
  const proc: Proc = {
    name,
    port,
    child,
    peakRssKb: () => statusKb(child.pid, "VmHWM"),
    rssKb: () => statusKb(child.pid, "VmRSS"),
    cpuMs: () => cpuTimeMs(child.pid),
    stop: async () => {
      stopping = true;
      if (child.exitCode !== null) return;
      child.kill("SIGTERM");
      for (let i = 0; i < 50 && child.exitCode === null; i++) await sleep(100);
      if (child.exitCode === null) child.kill("SIGKILL");
    },
  };
  return proc;
}

export interface Started {
  proc: Proc;
  readyMs: number;
  /** Resident set (MB) right after /readyz answered, before any load. */
  idleRssMb: number;
}

/** `--tsx` runs the API's TypeScript through tsx, as before the compiled start (for comparison). */
export const apiRuntime = process.argv.includes("--tsx") ? "tsx" : "compiled JS";

export interface ApiOptions {
  /** Node flags (`--cpu-prof`, `--expose-gc`, …) before the entry. */
  nodeArgs?: string[];
  /** Another compiled build's main.js (A/B comparisons in cpu.ts); the current sources by default. */
  entry?: string;
  /** Overrides `--tsx` for this process (the embedded cold start measures both). */
  runtime?: "tsx" | "compiled JS";
  /** How long to wait for /readyz (a first embedded start migrates and seeds). */
  readyTimeoutMs?: number;
}

export async function startApi(
  port: number,
  extraEnv: Record<string, string> = {},
  options: ApiOptions = {},
): Promise<Started> {
  const runtime = options.entry ? "compiled JS" : (options.runtime ?? apiRuntime);
  const compiled = runtime === "tsx" ? null : (options.entry ?? (await buildApi()));
  const args = [...(options.nodeArgs ?? []), ...(compiled ? [compiled] : ["src/main.ts"])];
  const proc = start(
    `api:${port}`,
    port,
    args,
    resolve(ROOT, "api"),
    {
      NODE_ENV: "production",
      DATABASE_URL,
      REDIS_URL,
      JWT_SECRET,
      EXPOSE_SQL_STATEMENT_COUNT: "true",
      BACKGROUND_JOBS: "false",
      LOG_LEVEL: "warn",
      HOST: "127.0.0.1",
      USER_COST_BUDGET_PER_HOUR: "100000000",
      ...extraEnv,
    },
    compiled ? [] : undefined,
  );
  const readyMs = await waitReady(
    `http://127.0.0.1:${port}/readyz`,
    proc.child,
    proc.name,
    options.readyTimeoutMs,
  );
  return { proc, readyMs, idleRssMb: proc.rssKb() / 1024 };
}

export async function startBaseline(file: string, port: number): Promise<Started> {
  const proc = start(file, port, [resolve(ROOT, "bench/baselines", file)], resolve(ROOT, "bench"), {
    DATABASE_URL,
    REDIS_URL,
  });
  const readyMs = await waitReady(`http://127.0.0.1:${port}/healthz`, proc.child, proc.name);
  return { proc, readyMs, idleRssMb: proc.rssKb() / 1024 };
}

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

export async function startApi(port: number, extraEnv: Record<string, string> = {}): Promise<Started> {
  const compiled = apiRuntime === "tsx" ? null : await buildApi();
  const args = compiled ? [compiled] : ["src/main.ts"];
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
  const readyMs = await waitReady(`http://127.0.0.1:${port}/readyz`, proc.child, proc.name);
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

// Starts the real Campus server as the README runs it (the API process serving
// the built web app, on the embedded PGlite database seeded on first start), on
// a free port with its own temporary data directory.
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const webDir = fileURLToPath(new URL("../..", import.meta.url));
const apiDir = join(webDir, "../api");

export type CampusServer = { baseUrl: string; stop(): Promise<void> };

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) newest = Math.max(newest, statSync(join(entry.parentPath, entry.name)).mtimeMs);
  }
  return newest;
}

/** Builds web/dist when it is missing or older than the sources (`npm test` has just built it). */
export function ensureWebBuilt(): void {
  const index = join(webDir, "dist/index.html");
  if (existsSync(index) && statSync(index).mtimeMs >= newestMtime(join(webDir, "src"))) return;
  // A production build, in its own process: under Vitest NODE_ENV is "test", which Vite would keep.
  const vite = join(webDir, "node_modules/vite/bin/vite.js");
  const result = spawnSync(process.execPath, [vite, "build", "--logLevel", "warn"], {
    cwd: webDir,
    env: { ...process.env, NODE_ENV: "production" },
    stdio: "inherit",
  });
  if (result.status !== 0) throw new Error(`Building the web app failed (exit ${result.status})`);
}

async function waitUntilReady(baseUrl: string, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + 180_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null)
      throw new Error(`The Campus server exited (${child.exitCode}):\n${output()}`);
    try {
      const response = await fetch(`${baseUrl}/readyz`);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`The Campus server was not ready within 3 minutes:\n${output()}`);
}

export async function startCampusServer(): Promise<CampusServer> {
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const dataDir = mkdtempSync(join(tmpdir(), "campus-e2e-"));
  const env: NodeJS.ProcessEnv = { ...process.env };
  // The embedded defaults, whatever the developer's shell says.
  for (const name of [
    "DATABASE_URL",
    "REDIS_URL",
    "STRIPE_SECRET_KEY",
    "STRIPE_WEBHOOK_SECRET",
    "STRIPE_PUBLISHABLE_KEY",
    "STRIPE_API_BASE",
    "SMTP_URL",
    "JWT_SECRET",
  ]) {
    delete env[name];
  }
  Object.assign(env, {
    NODE_ENV: "development",
    HOST: "127.0.0.1",
    PORT: String(port),
    DATA_DIR: dataDir,
    PUBLIC_URL: baseUrl,
    WEB_DIST_DIR: join(webDir, "dist"),
    LOG_LEVEL: "warn",
    SEED_ON_FIRST_START: "true",
    // The scenarios run against the demo data as seeded: no periodic job moves it meanwhile.
    BACKGROUND_JOBS: "false",
    // Several scenarios log the same demo people in; the limiter is tested by the API's own suite.
    LOGIN_RATE_LIMIT_PER_EMAIL: "1000",
    LOGIN_RATE_LIMIT_PER_IP: "1000",
  });
  // What `pnpm --filter @campus/api start` runs (tsx src/main.ts), without pnpm in between,
  // in its own process group so stopping it stops everything it started.
  const child = spawn(process.execPath, ["--import", "tsx", "src/main.ts"], {
    cwd: apiDir,
    env,
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let log = "";
  const keep = (chunk: Buffer) => {
    log = (log + chunk.toString()).slice(-20_000);
  };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);

  const stop = async () => {
    if (child.exitCode === null && child.pid) {
      const exited = new Promise((resolve) => child.once("exit", resolve));
      process.kill(-child.pid, "SIGTERM");
      const timeout = setTimeout(() => child.pid && process.kill(-child.pid, "SIGKILL"), 15_000);
      await exited;
      clearTimeout(timeout);
    }
    rmSync(dataDir, { recursive: true, force: true });
  };

  try {
    await waitUntilReady(baseUrl, child, () => log);
  } catch (error) {
    await stop();
    throw error;
  }
  return { baseUrl, stop };
}

import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { createServer } from "node:net";
import { fileURLToPath } from "node:url";
import pg from "pg";
import type { TestProject } from "vitest/node";

declare module "vitest" {
  export interface ProvidedContext {
    campusUrl: string;
  }
}

const apiDir = fileURLToPath(new URL("../../api/", import.meta.url));
const admin = "postgresql://postgres@127.0.0.1:5432/postgres";

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });
}

async function sql(statement: string) {
  const client = new pg.Client({ connectionString: admin });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

let child: ChildProcess | undefined;
let database: string | undefined;

/** Starts the real API (migrated and seeded on first start) exactly as `pnpm start` would. */
export async function setup(project: TestProject) {
  database = `campus_sdk_${randomBytes(4).toString("hex")}`;
  await sql(`CREATE DATABASE "${database}"`);
  const port = await freePort();
  child = spawn(process.execPath, ["--import", "tsx", "src/main.ts"], {
    cwd: apiDir,
    stdio: ["ignore", "ignore", "inherit"],
    env: {
      ...process.env,
      NODE_ENV: "test",
      PORT: String(port),
      HOST: "127.0.0.1",
      DATABASE_URL: `postgresql://postgres@127.0.0.1:5432/${database}`,
      JWT_SECRET: "sdk-test-secret-that-is-long-enough-for-hs256-0123",
      SEED_ON_FIRST_START: "true",
      BACKGROUND_JOBS: "false",
      LOG_LEVEL: "warn",
      WEB_DIST_DIR: "/nonexistent",
    },
  });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 90_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the API exited with code ${child.exitCode}`);
    const ready = await fetch(`${url}/readyz`)
      .then((r) => r.ok)
      .catch(() => false);
    if (ready) break;
    if (Date.now() > deadline) throw new Error("the API did not become ready in 90 s");
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  project.provide("campusUrl", url);
}

export async function teardown() {
  if (child && child.exitCode === null) {
    const exited = new Promise((resolve) => child?.once("exit", resolve));
    child.kill("SIGTERM");
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
  }
  if (database) await sql(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
}

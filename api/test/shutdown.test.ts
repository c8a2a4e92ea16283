import { type ChildProcessWithoutNullStreams, spawn } from "node:child_process";
import { randomUUID } from "node:crypto";
import { connect, createServer, type Socket } from "node:net";
import { resolve } from "node:path";
import { createClient } from "graphql-ws";
import pg from "pg";
import { afterAll, beforeAll, expect, it } from "vitest";
import WebSocket from "ws";
import { repoRoot } from "../src/config.js";
import { createTestDatabase, type TestDatabase } from "./database.js";
import { TEST_JWT_SECRET } from "./server.js";

// The real process (src/main.ts) on SIGTERM: in-flight work finishes, new
// connections are refused, sockets are told to go away, the exit code is 0.

interface LogLine {
  level: number;
  msg: string;
  requestId?: string;
  status?: number;
  path?: string;
  method?: string;
}

let database: TestDatabase;
let child: ChildProcessWithoutNullStreams;
let port: number;
const logs: LogLine[] = [];
let stderr = "";
let exited: Promise<number | null>;

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.once("error", fail);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() => done(typeof address === "object" && address ? address.port : 0));
    });
  });
}

async function until<T>(what: string, check: () => T | undefined, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; stderr: ${stderr}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

const logged = (msg: string) => logs.find((l) => l.msg.startsWith(msg));

beforeAll(async () => {
  database = await createTestDatabase();
  port = await freePort();
  child = spawn(process.execPath, ["--import", "tsx", "src/main.ts"], {
    cwd: resolve(repoRoot, "api"),
    env: {
      PATH: process.env.PATH,
      NODE_ENV: "production",
      PORT: String(port),
      HOST: "127.0.0.1",
      DATABASE_URL: database.url,
      JWT_SECRET: TEST_JWT_SECRET,
      LOG_LEVEL: "info",
      SEED_ON_FIRST_START: "false",
      WEB_DIST_DIR: "/nonexistent",
      SHUTDOWN_TIMEOUT_MS: "5000",
    },
  });
  exited = new Promise((done) => child.on("exit", (code) => done(code)));
  let pending = "";
  child.stdout.on("data", (chunk: Buffer) => {
    pending += chunk.toString("utf8");
    const lines = pending.split("\n");
    pending = lines.pop() ?? "";
    for (const line of lines.filter(Boolean)) logs.push(JSON.parse(line));
  });
  child.stderr.on("data", (chunk: Buffer) => {
    stderr += chunk.toString("utf8");
  });
  await until("the ready log line", () => logged("Campus is ready"));
}, 60_000);

afterAll(async () => {
  if (child && child.exitCode === null) child.kill("SIGKILL");
  await database?.drop();
});

/** Sends the headers and the first half of a POST /graphql; `finish()` sends the rest and reads the response. */
function startSlowRequest(body: string, requestId: string) {
  const socket: Socket = connect(port, "127.0.0.1");
  let raw = "";
  socket.on("data", (chunk: Buffer) => {
    raw += chunk.toString("utf8");
  });
  const ended = new Promise<void>((done) => socket.on("close", () => done()));
  const bytes = Buffer.from(body, "utf8");
  const half = Math.floor(bytes.length / 2);
  socket.write(
    `POST /graphql HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nContent-Type: application/json\r\n` +
      `Content-Length: ${bytes.length}\r\nx-request-id: ${requestId}\r\n\r\n`,
  );
  socket.write(bytes.subarray(0, half));
  return {
    async finish() {
      socket.write(bytes.subarray(half));
      await ended;
      const [head = "", payload = ""] = raw.split("\r\n\r\n");
      return { status: Number(head.split(" ")[1]), body: JSON.parse(payload) as unknown };
    },
  };
}

function refusesConnections(): Promise<boolean> {
  return new Promise((done) => {
    const socket = connect(port, "127.0.0.1");
    socket.once("connect", () => {
      socket.destroy();
      done(false);
    });
    socket.once("error", (error: NodeJS.ErrnoException) => done(error.code === "ECONNREFUSED"));
  });
}

it("serves, logs each request as JSON with its id, and shuts down gracefully on SIGTERM", async () => {
  // A request before the signal, for the log line.
  const res = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", "x-request-id": "before-sigterm-1" },
    body: JSON.stringify({ query: "{ __typename }" }),
  });
  expect(await res.json()).toEqual({ data: { __typename: "Query" } });
  const line = await until("the request log line", () =>
    logs.find((l) => l.requestId === "before-sigterm-1"),
  );
  expect(line).toMatchObject({
    level: 30,
    msg: "request completed",
    method: "POST",
    path: "/graphql",
    status: 200,
  });

  // An open graphql-ws connection.
  let closeCode: number | undefined;
  const client = createClient({
    url: `ws://127.0.0.1:${port}/graphql`,
    webSocketImpl: WebSocket,
    lazy: false,
    retryAttempts: 0,
    onNonLazyError: () => {},
    on: { closed: (event) => (closeCode = (event as { code: number }).code) },
  });
  let connected = false;
  client.on("connected", () => (connected = true));
  await until("the WebSocket to connect", () => (connected ? true : undefined));

  // A sign-up whose body is only half sent when the signal arrives.
  const email = `shutdown-${randomUUID()}@campus.test`;
  const inFlight = startSlowRequest(
    JSON.stringify({
      query: `mutation { signUp(input: { email: "${email}", password: "a-long-unusual-password", firstName: "S", lastName: "T" }) { userErrors { code } viewer { email } } }`,
    }),
    "in-flight-1",
  );
  await new Promise((r) => setTimeout(r, 200));
  const signalledAt = Date.now();
  child.kill("SIGTERM");
  await until("the shutdown log line", () => logged("shutting down"));

  expect(await until("the WebSocket to close", () => closeCode)).toBe(1001);
  expect(await refusesConnections()).toBe(true);

  const { status, body } = await inFlight.finish();
  expect(status).toBe(200);
  expect(body).toEqual({ data: { signUp: { userErrors: [], viewer: { email } } } });

  expect(await exited).toBe(0);
  expect(Date.now() - signalledAt).toBeLessThan(5_000);
  expect(logged("shutdown complete")).toBeDefined();
  expect(logs.find((l) => l.requestId === "in-flight-1")).toMatchObject({
    msg: "request completed",
    status: 200,
  });
  expect(stderr).not.toMatch(/error/i);

  // The mutation really committed before the database was closed.
  const db = new pg.Client({ connectionString: database.url });
  await db.connect();
  const { rowCount } = await db.query("SELECT 1 FROM users WHERE email = $1", [email]);
  await db.end();
  expect(rowCount).toBe(1);
  await client.dispose();
});

import type { AddressInfo } from "node:net";
import { Writable } from "node:stream";
import { createClient } from "graphql-ws";
import pg from "pg";
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import WebSocket from "ws";
import { createTestDatabase, type TestDatabase } from "../../test/database.js";
import { TEST_JWT_SECRET } from "../../test/server.js";
import { type App, createApp } from "../app.js";
import { loadConfig } from "../config.js";
import { buildCampusSchema } from "../schema.js";
import { type CampusServer, createCampusServer } from "../server.js";
import { stripSuggestions } from "./format-error.js";

// Error masking end to end: what the client sees and what the log keeps.
// The server is built here rather than by startTestServer to capture its log.

interface LogLine {
  level: number;
  msg: string;
  requestId?: string;
  err?: { type: string; message: string; stack: string };
  path?: (string | number)[];
}

interface Body {
  data?: Record<string, unknown> | null;
  errors?: {
    message: string;
    path?: unknown[];
    locations?: unknown[];
    extensions?: Record<string, unknown>;
  }[];
}

let database: TestDatabase;
let app: App;
let server: CampusServer;
let url: string;
const logs: LogLine[] = [];

beforeAll(async () => {
  database = await createTestDatabase();
  const config = loadConfig({
    NODE_ENV: "test",
    DATABASE_URL: database.url,
    JWT_SECRET: TEST_JWT_SECRET,
    SEED_ON_FIRST_START: "false",
    WEB_DIST_DIR: "/nonexistent",
  });
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString("utf8").split("\n").filter(Boolean)) logs.push(JSON.parse(line));
      done();
    },
  });
  app = await createApp(config, pino({ level: "info" }, sink));
  server = await createCampusServer(app, await buildCampusSchema(app.pubsub));
  await new Promise<void>((resolve) => server.httpServer.listen(0, "127.0.0.1", resolve));
  url = `127.0.0.1:${(server.httpServer.address() as AddressInfo).port}/graphql`;
});
afterAll(async () => {
  await server?.stop();
  await app?.close();
  await database?.drop();
});

async function gql(
  query: string,
  variables?: Record<string, unknown>,
): Promise<Body & { status: number; requestId: string | null }> {
  const res = await fetch(`http://${url}`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query, variables }),
  });
  return { ...((await res.json()) as Body), status: res.status, requestId: res.headers.get("x-request-id") };
}

/** One operation over graphql-ws; an `error` message rejects with its errors. */
function overWs(query: string, variables?: Record<string, unknown>): Promise<Body> {
  const client = createClient({ url: `ws://${url}`, webSocketImpl: WebSocket, retryAttempts: 0 });
  return new Promise<Body>((resolve, reject) => {
    let result: Body = {};
    client.subscribe(
      { query, variables },
      {
        next: (value) => {
          result = value as Body;
        },
        error: reject,
        complete: () => resolve(result),
      },
    );
  }).finally(() => client.dispose());
}

/** Hides the courses table for the duration of `fn`: any query on it then fails inside a resolver. */
async function withoutCoursesTable<T>(fn: () => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  try {
    await client.query("ALTER TABLE courses RENAME TO courses_hidden_by_test");
    try {
      return await fn();
    } finally {
      await client.query("ALTER TABLE courses_hidden_by_test RENAME TO courses");
    }
  } finally {
    await client.end();
  }
}

const MASKED = {
  message: "Internal server error",
  locations: [{ line: 1, column: 3 }],
  path: ["courses"],
  extensions: { code: "INTERNAL_SERVER_ERROR" },
};
const unexpectedErrorLogs = () => logs.filter((l) => l.msg === "unexpected error in GraphQL request");

describe("an unexpected error in a resolver", () => {
  it("reaches an HTTP client as a bare INTERNAL_SERVER_ERROR and is logged whole with the request id", async () => {
    const logged = unexpectedErrorLogs().length;
    const res = await withoutCoursesTable(() => gql("{ courses(first: 1) { nodes { id } } }"));
    expect(res.status).toBe(200);
    expect(res.errors).toEqual([MASKED]);
    expect(res.data).toBeNull();
    // Nothing of the original leaks: no SQL, no table name, no stack.
    expect(JSON.stringify(res)).not.toMatch(/courses_|relation|exist|stack|prisma|at /i);

    const [line, ...more] = unexpectedErrorLogs().slice(logged);
    expect(more).toEqual([]);
    expect(line).toMatchObject({ level: 50, path: ["courses"], requestId: res.requestId });
    expect(line!.err!.message).toMatch(/courses/);
    expect(line!.err!.stack).toMatch(/\n\s+at /);
  });

  it("reaches a WebSocket client masked the same way, and is logged", async () => {
    const logged = unexpectedErrorLogs().length;
    const res = await withoutCoursesTable(() => overWs("{ courses(first: 1) { nodes { id } } }"));
    expect(res).toEqual({ data: null, errors: [MASKED] });
    const [line, ...more] = unexpectedErrorLogs().slice(logged);
    expect(more).toEqual([]);
    expect(line!.err!.message).toMatch(/courses/);
    expect(line!.requestId).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe("coded errors", () => {
  it.each([
    [
      "UNAUTHENTICATED",
      'mutation { changePassword(input: { currentPassword: "a", newPassword: "b" }) { userErrors { code } } }',
      "You must be signed in to do this.",
    ],
    ["NOT_FOUND", '{ node(id: "not-a-global-id") { id } }', 'Node "not-a-global-id" was not found.'],
    ["BAD_USER_INPUT", "{ courses(first: 0) { totalCount } }", "Page size must be between 1 and 100."],
  ])(
    "pass %s through with their message, code only, and are not logged as errors",
    async (code, query, message) => {
      const logged = logs.filter((l) => l.level >= 50).length;
      const res = await gql(query);
      expect(res.errors).toHaveLength(1);
      expect(res.errors![0]!.message).toBe(message);
      expect(res.errors![0]!.extensions!.code).toBe(code);
      expect(res.errors![0]!.extensions).not.toHaveProperty("stacktrace");
      expect(logs.filter((l) => l.level >= 50).slice(logged)).toEqual([]);
    },
  );
});

describe("invalid variables", () => {
  it.each([
    [
      "of the wrong type",
      { n: "abc" },
      'Variable "$n" got invalid value "abc"; Int cannot represent non-integer value: "abc"',
    ],
    ["missing", {}, 'Variable "$n" of required type "Int!" was not provided.'],
  ])(
    "%s are BAD_USER_INPUT on both transports and not logged as errors",
    async (_name, variables, message) => {
      const query = "query ($n: Int!) { courses(first: $n) { totalCount } }";
      const logged = logs.filter((l) => l.level >= 50).length;
      const http = await gql(query, variables);
      const ws = await overWs(query, variables).catch((errors: unknown) => ({ errors }) as Body);
      expect(http.status).toBe(400);
      for (const res of [http, ws]) {
        expect(res.errors).toHaveLength(1);
        expect(res.errors![0]).toMatchObject({ message, extensions: { code: "BAD_USER_INPUT" } });
      }
      expect(logs.filter((l) => l.level >= 50).slice(logged)).toEqual([]);
    },
  );
});

describe("stripSuggestions", () => {
  it.each([
    [
      'Cannot query field "nodez" on type "CourseConnection". Did you mean "nodes"?',
      'Cannot query field "nodez" on type "CourseConnection".',
    ],
    ['Unknown argument "frist". Did you mean "first" or "last"?', 'Unknown argument "frist".'],
    ["Syntax Error: Expected Name, found <EOF>.", "Syntax Error: Expected Name, found <EOF>."],
  ])("%s", (message, expected) => {
    expect(stripSuggestions(message)).toBe(expected);
  });
});

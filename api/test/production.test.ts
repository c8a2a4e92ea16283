import { type Client, createClient } from "graphql-ws";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import WebSocket from "ws";
import { startTestServer, type TestServer } from "./server.js";

// NODE_ENV=production: no introspection (unless asked for), no field
// suggestions, no stack traces, and Apollo's production landing page.

interface Outcome {
  status?: number;
  data?: Record<string, unknown> | null;
  errors?: readonly { message: string; extensions?: Record<string, unknown> }[];
}

function overWs(client: Client, query: string): Promise<Outcome> {
  return new Promise((resolve, reject) => {
    let result: Outcome = {};
    client.subscribe(
      { query },
      {
        next: (value) => {
          result = value as Outcome;
        },
        error: (error) => (Array.isArray(error) ? resolve({ errors: error }) : reject(error)),
        complete: () => resolve(result),
      },
    );
  });
}

const INTROSPECTION = "{ __schema { queryType { name } } }";
const TYPE_INTROSPECTION = '{ __type(name: "Course") { fields { name } } }';

describe("production", () => {
  let server: TestServer;
  let client: Client;

  beforeAll(async () => {
    server = await startTestServer({ NODE_ENV: "production" });
    client = createClient({ url: server.wsUrl, webSocketImpl: WebSocket, retryAttempts: 0, lazy: true });
  });
  afterAll(async () => {
    await client?.dispose();
    await server?.close();
  });

  it.each([INTROSPECTION, TYPE_INTROSPECTION])("refuses introspection %s over HTTP", async (query) => {
    const res = await server.gql(query);
    expect(res.status).toBe(400);
    expect(res.data ?? null).toBeNull();
    expect(res.errors).toHaveLength(1);
    expect(res.errors![0]!.extensions!.code).toBe("GRAPHQL_VALIDATION_FAILED");
    expect(res.errors![0]!.message).toMatch(/^GraphQL introspection is not allowed/);
  });

  it.each([
    [INTROSPECTION, "__schema"],
    [TYPE_INTROSPECTION, "__type"],
  ])("refuses introspection %s over WebSocket too", async (query, field) => {
    const res = await overWs(client, query);
    expect(res.data).toBeUndefined();
    // graphql-js's rule reports each introspection-typed field, the root one first.
    expect(res.errors![0]).toEqual({
      message: `GraphQL introspection has been disabled, but the requested query contained the field "${field}".`,
      extensions: { code: "GRAPHQL_VALIDATION_FAILED" },
    });
    for (const error of res.errors!) {
      expect(error.extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
      expect(error.message).toMatch(/^GraphQL introspection has been disabled/);
    }
  });

  it("still answers __typename, which is not introspection", async () => {
    expect((await server.gql("{ __typename }")).data).toEqual({ __typename: "Query" });
  });

  it.each([
    ["{ courses { nodez { id } } }", 'Cannot query field "nodez" on type "CourseConnection".'],
    ["{ courses(frist: 1) { totalCount } }", 'Unknown argument "frist" on field "Query.courses".'],
  ])("gives no 'Did you mean' hint for %s on either transport", async (query, message) => {
    const http = await server.gql(query);
    const ws = await overWs(client, query);
    for (const res of [http, ws]) {
      expect(res.errors).toHaveLength(1);
      expect(res.errors![0]!.message).toBe(message);
      expect(res.errors![0]!.extensions!.code).toBe("GRAPHQL_VALIDATION_FAILED");
    }
  });

  it("puts no stacktrace in the extensions of any kind of error", async () => {
    const db = new pg.Client({ connectionString: server.database.url });
    await db.connect();
    await db.query("ALTER TABLE courses RENAME TO courses_hidden_by_test");
    try {
      const responses = await Promise.all([
        server.gql("{ courses { "),
        server.gql("{ courses { nodez } }"),
        server.gql('{ node(id: "nope") { id } }'),
        server.gql("{ courses(first: 0) { totalCount } }"),
        server.gql("{ viewer { id } }", {}, { token: "not.a.jwt" }),
        server.gql("{ courses(first: 1) { totalCount } }"),
      ]);
      const errors = responses.flatMap((r) => r.errors ?? []);
      expect(errors.map((e) => e.extensions?.code)).toEqual([
        "GRAPHQL_PARSE_FAILED",
        "GRAPHQL_VALIDATION_FAILED",
        "NOT_FOUND",
        "BAD_USER_INPUT",
        "UNAUTHENTICATED",
        "INTERNAL_SERVER_ERROR",
      ]);
      for (const error of errors) {
        expect(error.extensions).not.toHaveProperty("stacktrace");
        expect(JSON.stringify(error)).not.toMatch(/\n\s+at /);
      }
    } finally {
      await db.query("ALTER TABLE courses_hidden_by_test RENAME TO courses");
      await db.end();
    }
  });

  it("serves Apollo's production landing page, not the Sandbox", async () => {
    const res = await fetch(`${server.url}/graphql`, { headers: { accept: "text/html" } });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^text\/html/);
    const html = await res.text();
    expect(html).not.toContain("embeddableSandbox");
    expect(html).not.toContain("EmbeddedSandbox");
    expect(html).toContain("https://apollo-server-landing-page.cdn.apollographql.com/");
    const encoded = /window\.landingPage = "([^"]+)";/.exec(html)?.[1];
    expect(JSON.parse(decodeURIComponent(encoded ?? "null"))).toMatchObject({ isProd: true });
  });
});

describe("production with GRAPHQL_INTROSPECTION=true", () => {
  let server: TestServer;
  let client: Client;

  beforeAll(async () => {
    server = await startTestServer({ NODE_ENV: "production", GRAPHQL_INTROSPECTION: "true" });
    client = createClient({ url: server.wsUrl, webSocketImpl: WebSocket, retryAttempts: 0, lazy: true });
  });
  afterAll(async () => {
    await client?.dispose();
    await server?.close();
  });

  it("answers introspection over HTTP and WebSocket", async () => {
    const expected = { __schema: { queryType: { name: "Query" } } };
    const http = await server.gql(INTROSPECTION);
    expect(http.status).toBe(200);
    expect(http.data).toEqual(expected);
    expect(await overWs(client, INTROSPECTION)).toEqual({ data: expected });
  });

  it("still hides field suggestions", async () => {
    const res = await server.gql("{ courses { nodez { id } } }");
    expect(res.errors![0]!.message).toBe('Cannot query field "nodez" on type "CourseConnection".');
  });
});

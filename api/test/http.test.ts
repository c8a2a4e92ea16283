import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "./server.js";

// The HTTP protocol of /graphql: what Apollo and Express accept and refuse.
// Refused mutations are sign-ups, so "not executed" is checked by counting users.

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.close());

interface ErrorBody {
  errors: { message: string; extensions?: { code?: string } }[];
  data?: unknown;
}

const signUpMutation = (email: string) =>
  `mutation { signUp(input: { email: "${email}", password: "a-long-unusual-password", firstName: "H", lastName: "T" }) { userErrors { code } } }`;
const freshEmail = () => `http-${randomUUID()}@campus.test`;
const userExists = async (email: string) => (await server.app.prisma.user.count({ where: { email } })) > 0;

const post = (body: string, headers: Record<string, string> = { "content-type": "application/json" }) =>
  fetch(`${server.url}/graphql`, { method: "POST", headers, body });
const get = (query: string, headers: Record<string, string>) =>
  fetch(`${server.url}/graphql?query=${encodeURIComponent(query)}`, { headers });

async function expectJsonError(res: Response, status: number, code: string, message: string | RegExp) {
  expect(res.status).toBe(status);
  expect(res.headers.get("content-type")).toMatch(/^application\/json/);
  const body = (await res.json()) as ErrorBody;
  expect(body.errors).toHaveLength(1);
  expect(body.errors[0]!.extensions?.code).toBe(code);
  expect(body.errors[0]!.message).toMatch(message);
  expect(body.data ?? null).toBeNull();
}

describe("POST /graphql", () => {
  it("runs a JSON request (the control for the refusals below)", async () => {
    const email = freshEmail();
    const res = await post(JSON.stringify({ query: signUpMutation(email) }));
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ data: { signUp: { userErrors: [] } } });
    expect(await userExists(email)).toBe(true);
  });

  it("refuses a JSON array batch with 400 and runs none of it", async () => {
    const emails = [freshEmail(), freshEmail()];
    const res = await post(JSON.stringify(emails.map((email) => ({ query: signUpMutation(email) }))));
    await expectJsonError(res, 400, "BAD_REQUEST", "Operation batching disabled.");
    expect(await userExists(emails[0]!)).toBe(false);
    expect(await userExists(emails[1]!)).toBe(false);
  });

  it.each(["text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x"])(
    "refuses a %s request without a preflight header as CSRF (400), running nothing",
    async (contentType) => {
      const email = freshEmail();
      const res = await post(JSON.stringify({ query: signUpMutation(email) }), {
        "content-type": contentType,
      });
      await expectJsonError(
        res,
        400,
        "BAD_REQUEST",
        /^This operation has been blocked as a potential Cross-Site Request Forgery \(CSRF\)/,
      );
      expect(await userExists(email)).toBe(false);
    },
  );

  it("answers malformed JSON with 400 and a JSON error", async () => {
    await expectJsonError(
      await post('{"query": "{ __typename }"'),
      400,
      "BAD_REQUEST",
      "Malformed JSON in request body.",
    );
  });

  it("answers a body over 1 MB with 413 and a JSON error", async () => {
    const res = await post(
      JSON.stringify({ query: "{ __typename }", variables: { pad: "x".repeat(1_100_000) } }),
    );
    await expectJsonError(res, 413, "BAD_REQUEST", "Request body is too large.");
  });

  it("answers a GraphQL syntax error with 400 GRAPHQL_PARSE_FAILED", async () => {
    const res = await post(JSON.stringify({ query: "{ courses { nodes { id }" }));
    await expectJsonError(res, 400, "GRAPHQL_PARSE_FAILED", "Syntax Error: Expected Name, found <EOF>.");
  });

  it("answers a body without a query with 400", async () => {
    await expectJsonError(await post(JSON.stringify({ variables: {} })), 400, "BAD_REQUEST", /query/);
  });
});

describe("GET /graphql", () => {
  it("runs a query when the request carries apollo-require-preflight", async () => {
    const res = await get("{ __typename }", { "apollo-require-preflight": "true" });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ data: { __typename: "Query" } });
  });

  it("marks every answer no-store, so no browser or proxy keeps a viewer's data", async () => {
    const ok = await get("{ __typename }", { "apollo-require-preflight": "true" });
    expect(ok.headers.get("cache-control")).toBe("no-store");
    const posted = await post(JSON.stringify({ query: "{ __typename }" }));
    expect(posted.headers.get("cache-control")).toBe("no-store");
    const failed = await post(JSON.stringify({ query: "{ nope }" }));
    expect(failed.status).toBe(400);
    expect(failed.headers.get("cache-control")).toBe("no-store");
  });

  it("refuses a query without a preflight header as CSRF (a GET is a simple request)", async () => {
    await expectJsonError(await get("{ __typename }", {}), 400, "BAD_REQUEST", /Cross-Site Request Forgery/);
  });

  it("refuses a mutation with 405 and runs nothing", async () => {
    const email = freshEmail();
    const res = await get(signUpMutation(email), { "apollo-require-preflight": "true" });
    await expectJsonError(
      res,
      405,
      "BAD_REQUEST",
      "GET requests only support query operations, not mutation operations",
    );
    expect(await userExists(email)).toBe(false);
  });

  it("serves Apollo Sandbox (embedded) to a browser outside production", async () => {
    const res = await fetch(`${server.url}/graphql`, { headers: { accept: "text/html" } });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^text\/html/);
    const html = await res.text();
    expect(html).toContain('<div id="embeddableSandbox"></div>');
    expect(html).toContain("new window.EmbeddedSandbox(");
    expect(html).toContain("https://embeddable-sandbox.cdn.apollographql.com/");
  });
});

describe("GET /debug/heap", () => {
  it("does not exist unless DEBUG_HEAP_ENDPOINT is set", async () => {
    const res = await fetch(`${server.url}/debug/heap`);
    expect(res.status).toBe(404);
  });

  describe("with DEBUG_HEAP_ENDPOINT=true", () => {
    let debug: TestServer;
    const realGc = (globalThis as { gc?: () => void }).gc;
    beforeAll(async () => {
      debug = await startTestServer({ DEBUG_HEAP_ENDPOINT: "true" }, { database: server.database });
    });
    afterAll(async () => {
      (globalThis as { gc?: () => void }).gc = realGc;
      await debug?.close();
    });

    it("refuses without --expose-gc instead of reporting a heap that was not collected", async () => {
      (globalThis as { gc?: () => void }).gc = undefined;
      const res = await fetch(`${debug.url}/debug/heap`);
      expect(res.status).toBe(501);
      expect(((await res.json()) as { error: string }).error).toMatch(/--expose-gc/);
    });

    it("collects, then reports process.memoryUsage()", async () => {
      let collections = 0;
      (globalThis as { gc?: () => void }).gc = () => {
        collections += 1;
      };
      const res = await fetch(`${debug.url}/debug/heap`);
      expect(res.status).toBe(200);
      expect(res.headers.get("cache-control")).toBe("no-store");
      const body = (await res.json()) as Record<string, number>;
      expect(collections).toBe(1);
      expect(body.heapUsed).toBeGreaterThan(0);
      expect(body.rss).toBeGreaterThanOrEqual(body.heapUsed!);
      expect(typeof body.gcMs).toBe("number");
    });
  });
});

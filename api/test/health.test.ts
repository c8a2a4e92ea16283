import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { admin } from "./pg.js";
import { startTestServer, type TestServer } from "./server.js";

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.close());

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/** Cuts the test database off: no new connections, existing ones killed. */
async function setDatabaseReachable(reachable: boolean) {
  const name = server.database.name;
  await admin(async (c) => {
    await c.query(`ALTER DATABASE "${name}" WITH ALLOW_CONNECTIONS ${reachable}`);
    if (!reachable) {
      await c.query("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1", [name]);
    }
  });
}

describe("probes", () => {
  it("/healthz answers 200 {status: ok}", async () => {
    const res = await fetch(`${server.url}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: "ok" });
  });

  it("/readyz follows the database: 200, then 503 while it is unreachable, then 200 again", async () => {
    const ready = async () => {
      const res = await fetch(`${server.url}/readyz`);
      return { status: res.status, body: await res.json() };
    };
    expect(await ready()).toEqual({ status: 200, body: { status: "ready" } });
    await setDatabaseReachable(false);
    try {
      expect(await ready()).toEqual({ status: 503, body: { status: "database unavailable" } });
      // Liveness does not depend on the database: restarting would not help.
      expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
    } finally {
      await setDatabaseReachable(true);
    }
    expect(await ready()).toEqual({ status: 200, body: { status: "ready" } });
  });
});

describe("x-request-id", () => {
  const requests: [string, () => Promise<Response>][] = [
    ["GET /healthz", () => fetch(`${server.url}/healthz`)],
    ["GET /readyz", () => fetch(`${server.url}/readyz`)],
    [
      "POST /graphql",
      () =>
        fetch(`${server.url}/graphql`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ query: "{ __typename }" }),
        }),
    ],
    [
      "POST /graphql with malformed JSON",
      () =>
        fetch(`${server.url}/graphql`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: "{",
        }),
    ],
    [
      "GET /graphql (landing page)",
      () => fetch(`${server.url}/graphql`, { headers: { accept: "text/html" } }),
    ],
    ["GET an unknown path", () => fetch(`${server.url}/no-such-page`)],
  ];

  it.each(requests)("is a fresh uuid on %s", async (_name, send) => {
    const [a, b] = [await send(), await send()];
    expect(a.headers.get("x-request-id")).toMatch(UUID);
    expect(b.headers.get("x-request-id")).toMatch(UUID);
    expect(a.headers.get("x-request-id")).not.toBe(b.headers.get("x-request-id"));
  });

  it("echoes a well-formed incoming id (from a proxy or a client)", async () => {
    const res = await fetch(`${server.url}/healthz`, { headers: { "x-request-id": "edge-7f3a_42" } });
    expect(res.headers.get("x-request-id")).toBe("edge-7f3a_42");
  });

  it.each([
    ["too long", "a".repeat(101)],
    ["with spaces", "two words"],
    ["with log-injection characters", 'x","level":60'],
  ])("replaces an incoming id that is %s", async (_name, incoming) => {
    const res = await fetch(`${server.url}/healthz`, { headers: { "x-request-id": incoming } });
    expect(res.headers.get("x-request-id")).toMatch(UUID);
  });
});

import { createHash, randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Person, person } from "../../../test/scheduling.js";
import { type GraphQLResponse, startTestServer, type TestServer } from "../../../test/server.js";
import { fromGlobalId } from "../../graphql/global-id.js";

const CREATE = `mutation ($input: CreateApiKeyInput!) {
  createApiKey(input: $input) { secret apiKey { id prefix scopes user { id } } userErrors { field code } }
}`;
const REVOKE = `mutation ($input: RevokeApiKeyInput!) { revokeApiKey(input: $input) { apiKey { revokedAt } userErrors { code } } }`;
const LIST = "{ apiKeys(first: 10) { nodes { id prefix name } } }";
// objects 2, scalars 1, ×1.5 per level, × first: (2 + 1.5 × (2 + 1.5 + 1.5)) × 50 = 475.
const USERS_50 = "{ users(first: 50) { nodes { id email } } }";
const VIEWER = "{ viewer { id } }"; // 2 + 1.5 × 1 = 3.5, rounded up to 4

interface Cost {
  requested: number;
  limit: number;
  remaining: number;
  resetAt: string;
}

let server: TestServer;
let admin: Person;

beforeAll(async () => {
  server = await startTestServer({
    REDIS_URL: "redis://127.0.0.1:6379",
    API_KEY_COST_BUDGET_PER_HOUR: "1000",
    USER_COST_BUDGET_PER_HOUR: "100000",
  });
  admin = await person(server, ["ADMIN"], "Root");
});
afterAll(() => server?.close());

async function issue(userGid: string, scopes: string[]) {
  const res = await server.gql<{ createApiKey: { secret: string; apiKey: { id: string; prefix: string } } }>(
    CREATE,
    { input: { userId: userGid, name: "Partner app", scopes } },
    admin,
  );
  return res.data!.createApiKey;
}

const withKey = <T>(key: string, query: string, header: "x-api-key" | "authorization" = "x-api-key") =>
  server.gql<T>(query, {}, { headers: { [header]: header === "x-api-key" ? key : `ApiKey ${key}` } });

const cost = (res: { extensions?: Record<string, unknown> }) => res.extensions?.cost as Cost;

describe("API keys", () => {
  it("are shown once, stored hashed, listed without the secret, and act as their user", async () => {
    const student = await person(server);
    const { secret, apiKey } = await issue(student.gid, ["READ"]);
    expect(secret.startsWith(`${apiKey.prefix}_`)).toBe(true);
    const row = await server.app.prisma.apiKey.findFirstOrThrow({ where: { prefix: apiKey.prefix } });
    expect(row.keyHash).toBe(createHash("sha256").update(secret).digest("hex"));
    expect(JSON.stringify(row)).not.toContain(secret.slice(-20));
    const listed = await server.gql(LIST, {}, admin);
    expect(JSON.stringify(listed.data)).not.toContain(secret.slice(-20));
    for (const header of ["x-api-key", "authorization"] as const) {
      const me = await withKey<{ viewer: { id: string } }>(secret, VIEWER, header);
      expect(me.data!.viewer.id).toBe(student.gid);
    }
    const denied = await server.gql(
      CREATE,
      { input: { userId: student.gid, name: "x", scopes: ["READ"] } },
      student,
    );
    expect(denied.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });

  it("enforce scopes: READ cannot mutate, and an admin's key without ADMIN is no admin", async () => {
    const readOnly = await issue(admin.gid, ["READ"]);
    const mutation = await withKey(
      readOnly.secret,
      `mutation { logOut(input: { refreshToken: "x" }) { loggedOut } }`,
    );
    expect(mutation.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect((await withKey(readOnly.secret, USERS_50)).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const full = await issue(admin.gid, ["READ", "WRITE", "ADMIN"]);
    expect((await withKey(full.secret, USERS_50)).errors).toBeUndefined();
  });

  it("stop working once revoked", async () => {
    const { secret, apiKey } = await issue(admin.gid, ["READ"]);
    const res = await server.gql<{ revokeApiKey: { apiKey: { revokedAt: string } } }>(
      REVOKE,
      { input: { apiKeyId: apiKey.id } },
      admin,
    );
    expect(res.data!.revokeApiKey.apiKey.revokedAt).not.toBeNull();
    const refused = await withKey(secret, VIEWER);
    expect(refused.status).toBe(401);
    expect(refused.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    expect((await withKey("cmp_unknown_key", VIEWER)).status).toBe(401);
    const audit = await server.app.prisma.auditLog.count({
      where: { entityId: fromGlobalId(apiKey.id)!.id, action: { in: ["api_key.create", "api_key.revoke"] } },
    });
    expect(audit).toBe(2);
  });
});

describe("query cost budgets", () => {
  it("report the armor cost, and refuse a key over its budget with the reset time", async () => {
    const { secret } = await issue(admin.gid, ["READ", "ADMIN"]);
    const first = await withKey(secret, USERS_50);
    expect(cost(first)).toMatchObject({ requested: 475, limit: 1000, remaining: 525 });
    expect(first.headers.get("x-ratelimit-limit")).toBe("1000");
    expect(first.headers.get("x-ratelimit-remaining")).toBe("525");
    const reset = Number(first.headers.get("x-ratelimit-reset"));
    expect(Math.abs(reset * 1000 - Date.parse(cost(first).resetAt))).toBeLessThan(1000);
    expect(reset * 1000 - Date.now()).toBeGreaterThan(3_590_000);
    expect(cost(await withKey(secret, USERS_50)).remaining).toBe(50);

    const refused = await withKey<{ users: unknown }>(secret, USERS_50);
    expect(refused.status).toBe(429);
    expect(refused.data?.users).toBeUndefined();
    const error = refused.errors![0]!;
    expect(error.extensions!.code).toBe("RATE_LIMITED");
    const resetAt = String(error.extensions!.resetAt);
    expect(Math.abs(Date.parse(resetAt) - Date.parse(cost(first).resetAt))).toBeLessThanOrEqual(1000);
    expect(error.extensions!.retryAfterSeconds).toBeGreaterThan(3000);
    expect(error.message).toContain(resetAt);
    // The refused query spent nothing: a cheap one still fits.
    const cheap = await withKey(secret, VIEWER);
    expect(cheap.errors).toBeUndefined();
    expect(cost(cheap)).toMatchObject({ requested: 4, remaining: 46 });
  });

  it("match the cost graphql-armor computes for GRAPHQL_MAX_COST", async () => {
    const strict = await startTestServer({ GRAPHQL_MAX_COST: "100" }, { database: server.database });
    try {
      const rejected = await strict.gql(USERS_50, {}, admin);
      const found = Number(/found (\d+(?:\.\d+)?)/.exec(rejected.errors![0]!.message)![1]);
      const reported = cost(await server.gql(USERS_50, {}, admin)).requested;
      expect(reported).toBe(Math.ceil(found));
    } finally {
      await strict.close();
    }
  });

  it("price a page size sent as a variable like the same literal", async () => {
    const byVariable = "query ($n: Int) { users(first: $n) { nodes { id email } } }";
    const literal = cost(await server.gql(USERS_50, {}, admin)).requested;
    expect(cost(await server.gql(byVariable, { n: 50 }, admin)).requested).toBe(literal);
    expect(cost(await server.gql(byVariable, { n: 5 }, admin)).requested).toBeLessThan(literal);
  });

  it("give each signed-in user a budget of their own, reported on every response", async () => {
    const student = await person(server);
    const res = await server.gql(VIEWER, {}, student);
    expect(cost(res)).toMatchObject({ requested: 4, limit: 100_000, remaining: 99_996 });
    expect(res.headers.get("x-ratelimit-remaining")).toBe("99996");
    const anonymous = await server.gql("{ __typename }");
    expect(anonymous.extensions?.cost).toBeUndefined();
  });
});

describe("automatic persisted queries", () => {
  it("run a hash-only request after registration, on every replica (Redis)", async () => {
    // Unique per run: registrations outlive a run in the shared Redis.
    const query = `{ viewer { id } __typename } # ${randomUUID()}`;
    const sha256Hash = createHash("sha256").update(query).digest("hex");
    const persisted = { persistedQuery: { version: 1, sha256Hash } };
    const post = (base: string, body: Record<string, unknown>) =>
      fetch(`${base}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${admin.token}` },
        body: JSON.stringify(body),
      }).then((r) => r.json() as Promise<GraphQLResponse<{ viewer: { id: string } }>>);
    const miss = await post(server.url, { extensions: persisted });
    expect(miss.errors?.[0]?.extensions?.code).toBe("PERSISTED_QUERY_NOT_FOUND");
    const registered = await post(server.url, { query, extensions: persisted });
    expect(registered.data!.viewer.id).toBe(admin.gid);
    const hit = await post(server.url, { extensions: persisted });
    expect(hit.data!.viewer.id).toBe(admin.gid);
    const replica = await startTestServer(
      { REDIS_URL: "redis://127.0.0.1:6379" },
      { database: server.database },
    );
    try {
      const elsewhere = await post(replica.url, { extensions: persisted });
      expect(elsewhere.data!.viewer.id).toBe(admin.gid);
    } finally {
      await replica.close();
    }
  });
});

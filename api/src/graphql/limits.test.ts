import { randomUUID } from "node:crypto";
import { type Client, createClient } from "graphql-ws";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import WebSocket from "ws";
import { startTestServer, type TestServer } from "../../test/server.js";

// Query limits must hold on both transports, and a rejected document must not
// run at all: the limited documents below are sign-up mutations, so "nothing
// executed" means "no user was created".

interface Outcome {
  status?: number;
  data?: Record<string, unknown> | null;
  errors?: readonly { message: string; extensions?: Record<string, unknown> }[];
}

type Transport = (query: string) => Promise<Outcome>;

function overHttp(server: TestServer): Transport {
  return async (query) => {
    const res = await server.gql(query);
    return { status: res.status, data: res.data, errors: res.errors };
  };
}

/** Runs one operation over graphql-ws; an `error` message resolves as `{ errors }`. */
function overWs(client: Client): Transport {
  return (query) =>
    new Promise((resolve, reject) => {
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

const wsClient = (server: TestServer) =>
  createClient({ url: server.wsUrl, webSocketImpl: WebSocket, retryAttempts: 0, lazy: true });

const PREFIX = `limits-${randomUUID().slice(0, 8)}`;
let emailCounter = 0;
/** A sign-up with a fresh email; `selection` is what the mutation selects. */
function signUp(selection: string, alias = "") {
  emailCounter += 1;
  const email = `${PREFIX}-${emailCounter}@campus.test`;
  return `${alias}signUp(input: { email: "${email}", password: "a-long-unusual-password", firstName: "L", lastName: "M" }) ${selection}`;
}
const aliased = (n: number, selection: string) =>
  Array.from({ length: n }, (_, i) => signUp(selection, `s${i}: `)).join("\n");

async function usersCreated(server: TestServer): Promise<number> {
  return server.app.prisma.user.count({ where: { email: { startsWith: PREFIX } } });
}

/** Expects exactly one error with `code` and `message`, no data and, over HTTP, a 400. */
function expectRejected(outcome: Outcome, code: string, message: string | RegExp) {
  expect(outcome.errors).toHaveLength(1);
  expect(outcome.errors![0]!.extensions?.code).toBe(code);
  expect(outcome.errors![0]!.message).toMatch(message);
  expect(outcome.data ?? null).toBeNull();
  if (outcome.status !== undefined) expect(outcome.status).toBe(400);
}

/** `__type` → fields → type → ofType × n → name: a valid query of depth 4 + n. */
const introspectionOfDepth = (depth: number) =>
  `{ __type(name: "Query") { fields { type { ${"ofType { ".repeat(depth - 4)}name${" }".repeat(depth - 4)} } } } }`;

describe("default limits", () => {
  let server: TestServer;
  let client: Client;
  const transports: [string, () => Transport][] = [
    ["HTTP", () => overHttp(server)],
    ["WebSocket", () => overWs(client)],
  ];

  beforeAll(async () => {
    server = await startTestServer();
    client = wsClient(server);
  });
  afterAll(async () => {
    await client?.dispose();
    await server?.close();
  });

  describe.each(transports)("over %s", (_name, transport) => {
    it("rejects depth 13 and accepts depth 12", async () => {
      const run = transport();
      expectRejected(
        await run(introspectionOfDepth(13)),
        "GRAPHQL_VALIDATION_FAILED",
        "Syntax Error: Query depth limit of 12 exceeded, found 13.",
      );
      const ok = await run(introspectionOfDepth(12));
      expect(ok.errors).toBeUndefined();
      expect(ok.data).toHaveProperty("__type.fields");
    });

    it("rejects 16 aliases without running any of them, and accepts 15", async () => {
      const run = transport();
      const before = await usersCreated(server);
      expectRejected(
        await run(`mutation { ${aliased(16, "{ userErrors { code } }")} }`),
        "GRAPHQL_VALIDATION_FAILED",
        "Syntax Error: Aliases limit of 15 exceeded, found 16.",
      );
      expect(await usersCreated(server)).toBe(before);
      const ok = await run(`{ ${Array.from({ length: 15 }, (_, i) => `v${i}: viewer { id }`).join(" ")} }`);
      expect(ok.errors).toBeUndefined();
      expect(Object.keys(ok.data ?? {})).toHaveLength(15);
    });

    it("rejects 51 directives without running the mutation, and accepts 50", async () => {
      const run = transport();
      const before = await usersCreated(server);
      const directives = (n: number) => "__typename @include(if: true) ".repeat(n);
      expectRejected(
        await run(`mutation { ${signUp(`{ userErrors { code } viewer { ${directives(51)} } }`)} }`),
        "GRAPHQL_VALIDATION_FAILED",
        "Syntax Error: Directives limit of 50 exceeded, found 51.",
      );
      expect(await usersCreated(server)).toBe(before);
      const ok = await run(`{ ${directives(50)} }`);
      expect(ok).toMatchObject({ data: { __typename: "Query" } });
    });

    it("rejects a document over 5000 tokens at parse time, without running it", async () => {
      const run = transport();
      const before = await usersCreated(server);
      expectRejected(
        await run(
          `mutation { ${signUp(`{ userErrors { code } viewer { ${"__typename ".repeat(5000)} } }`)} }`,
        ),
        "GRAPHQL_PARSE_FAILED",
        "Syntax Error: Document contains more that 5000 tokens. Parsing aborted.",
      );
      expect(await usersCreated(server)).toBe(before);
    });

    it("parses exactly 5000 tokens and refuses 5001", async () => {
      // `{ nodes ( ids : [` … `] ) { __typename } }` is 12 tokens around the list.
      const nodes = (ids: number) => `{ nodes(ids: [${'"x" '.repeat(ids)}]) { __typename } }`;
      const run = transport();
      const accepted = await run(nodes(4988));
      // It ran: the resolver, not the parser, refused the 4988 ids.
      expect(accepted.errors?.map((e) => e.extensions?.code)).toEqual(["BAD_USER_INPUT"]);
      expectRejected(
        await run(nodes(4989)),
        "GRAPHQL_PARSE_FAILED",
        "Syntax Error: Document contains more that 5000 tokens. Parsing aborted.",
      );
    });

    it("rejects a 100-item page of rich course cards fetched twice as too costly", async () => {
      const card = `edges { cursor node { id slug title subtitle description format status level category language
        tags thumbnailUrl lessonCount studentCount totalDurationMinutes averageRating reviewCount hasCertificate
        publishedAt createdAt price { amountCents currency formatted }
        instructor { id name firstName lastName avatarUrl bio timezone roles createdAt } } }`;
      const outcome = await transport()(
        `{ a: courses(first: 100) { ${card} } b: courses(first: 100) { ${card} } }`,
      );
      expectRejected(
        outcome,
        "GRAPHQL_VALIDATION_FAILED",
        /^Syntax Error: Query Cost limit of 20000 exceeded, found \d+(\.\d+)?\.$/,
      );
      // The literal page size is what multiplies: ten items of the same cards fit.
      const ok = await transport()(`{ a: courses(first: 10) { ${card} } b: courses(first: 10) { ${card} } }`);
      expect(ok.errors).toBeUndefined();
    });
  });

  describe("page sizes given as variables (HTTP)", () => {
    const card = `edges { cursor node { id slug title subtitle description format status level category language
      tags thumbnailUrl lessonCount studentCount totalDurationMinutes averageRating reviewCount hasCertificate
      publishedAt createdAt price { amountCents currency formatted }
      instructor { id name firstName lastName avatarUrl bio timezone roles createdAt } } }`;
    const twice = (signature: string) =>
      `query Twice(${signature}) { a: courses(first: $n) { ${card} } b: courses(last: $n) { ${card} } }`;

    it("prices `first: $n` by the value sent, exactly as a literal", async () => {
      const literal = await server.gql(
        `{ a: courses(first: 100) { ${card} } b: courses(last: 100) { ${card} } }`,
      );
      const variable = await server.gql(twice("$n: Int"), { n: 100 });
      expectRejected(
        { status: variable.status, data: variable.data, errors: variable.errors },
        "GRAPHQL_VALIDATION_FAILED",
        /^Syntax Error: Query Cost limit of 20000 exceeded, found \d+\.$/,
      );
      expect(variable.status).toBe(literal.status);
      const found = (message: string | undefined) =>
        Math.ceil(Number(/found ([\d.]+)/.exec(message ?? "")?.[1]));
      expect(found(variable.errors?.[0]?.message)).toBe(found(literal.errors?.[0]?.message));
      const small = await server.gql(twice("$n: Int"), { n: 10 });
      expect(small.errors).toBeUndefined();
    });

    it("uses the variable's default value when none is sent", async () => {
      const large = await server.gql(twice("$n: Int = 100"));
      expect(large.errors?.[0]?.extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
      const small = await server.gql(twice("$n: Int = 10"));
      expect(small.errors).toBeUndefined();
    });
  });

  it("reports the same syntax error for a malformed document on both transports", async () => {
    const http = await overHttp(server)("{ courses { ");
    const ws = await overWs(client)("{ courses { ");
    expectRejected(http, "GRAPHQL_PARSE_FAILED", "Syntax Error: Expected Name, found <EOF>.");
    expectRejected(ws, "GRAPHQL_PARSE_FAILED", "Syntax Error: Expected Name, found <EOF>.");
  });
});

describe("configured limits (GRAPHQL_MAX_DEPTH=2, GRAPHQL_MAX_COST=100)", () => {
  let server: TestServer;
  let client: Client;
  const transports: [string, () => Transport][] = [
    ["HTTP", () => overHttp(server)],
    ["WebSocket", () => overWs(client)],
  ];

  beforeAll(async () => {
    server = await startTestServer({ GRAPHQL_MAX_DEPTH: "2", GRAPHQL_MAX_COST: "100" });
    client = wsClient(server);
  });
  afterAll(async () => {
    await client?.dispose();
    await server?.close();
  });

  describe.each(transports)("over %s", (_name, transport) => {
    it("refuses a sign-up of depth 3 before it runs; depth 2 runs", async () => {
      const before = await usersCreated(server);
      expectRejected(
        await transport()(`mutation { ${signUp("{ userErrors { code } }")} }`),
        "GRAPHQL_VALIDATION_FAILED",
        "Syntax Error: Query depth limit of 2 exceeded, found 3.",
      );
      expect(await usersCreated(server)).toBe(before);
      const ok = await transport()(`mutation { ${signUp("{ __typename }")} }`);
      expect(ok.errors).toBeUndefined();
      expect(await usersCreated(server)).toBe(before + 1);
    });

    it("refuses 6 sign-ups costing 102 before any runs; 5 (85) all run", async () => {
      // `signUp { __typename × 10 }` costs 2 + 1.5 × 10 = 17.
      const selection = `{ ${"__typename ".repeat(10)} }`;
      const before = await usersCreated(server);
      expectRejected(
        await transport()(`mutation { ${aliased(6, selection)} }`),
        "GRAPHQL_VALIDATION_FAILED",
        "Syntax Error: Query Cost limit of 100 exceeded, found 102.",
      );
      expect(await usersCreated(server)).toBe(before);
      const ok = await transport()(`mutation { ${aliased(5, selection)} }`);
      expect(ok.errors).toBeUndefined();
      expect(await usersCreated(server)).toBe(before + 5);
    });
  });
});

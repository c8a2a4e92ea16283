// The GraphQL-over-HTTP specification's requirements, one row per requirement,
// against the running server. GETs carry `apollo-require-preflight`: without a
// non-simple header a GET is refused as CSRF (http.test.ts), by design.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../server.js";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.close());

const JSON_TYPE = "application/json; charset=utf-8";
const GRAPHQL_RESPONSE = "application/graphql-response+json; charset=utf-8";
const PREFLIGHT = { "apollo-require-preflight": "true" };
const TYPENAME = "{ __typename }";

interface Row {
  /** The requirement, in the specification's words where it has them. */
  rule: string;
  method?: "GET" | "POST" | "PUT";
  headers?: Record<string, string>;
  /** POST: an object is sent as JSON, a string as is. */
  body?: unknown;
  /** GET: search parameters. */
  params?: Record<string, string>;
  status: number;
  contentType: string;
  /** `data` as answered; "absent" when the response must not have the entry. */
  data?: unknown;
  /** extensions.code of each error; [] when there must be none. */
  codes: string[];
  allow?: string;
}

const post = (body: unknown, headers: Record<string, string> = {}) => ({
  method: "POST" as const,
  headers: { "content-type": "application/json", ...headers },
  body,
});
const get = (params: Record<string, string>, headers: Record<string, string> = {}) => ({
  method: "GET" as const,
  headers: { ...PREFLIGHT, ...headers },
  params,
});
const graphqlResponse = { accept: "application/graphql-response+json" };
const json = { accept: "application/json" };

const rows: Row[] = [
  // Media types
  {
    rule: "MUST accept application/json and match the content-type",
    ...post({ query: TYPENAME }, json),
    status: 200,
    contentType: JSON_TYPE,
    data: { __typename: "Query" },
    codes: [],
  },
  {
    rule: "accepts application/graphql-response+json and matches the content-type",
    ...post({ query: TYPENAME }, graphqlResponse),
    status: 200,
    contentType: GRAPHQL_RESPONSE,
    data: { __typename: "Query" },
    codes: [],
  },
  {
    rule: "uses application/json for */*",
    ...post({ query: TYPENAME }, { accept: "*/*" }),
    status: 200,
    contentType: JSON_TYPE,
    data: { __typename: "Query" },
    codes: [],
  },
  {
    rule: "assumes application/json when Accept is missing",
    ...post({ query: TYPENAME }),
    status: 200,
    contentType: JSON_TYPE,
    data: { __typename: "Query" },
    codes: [],
  },
  {
    rule: "honours Accept quality values",
    ...post({ query: TYPENAME }, { accept: "application/json;q=0.5, application/graphql-response+json" }),
    status: 200,
    contentType: GRAPHQL_RESPONSE,
    data: { __typename: "Query" },
    codes: [],
  },
  {
    rule: "answers 406 when no acceptable media type is offered",
    ...post({ query: TYPENAME }, { accept: "text/xml" }),
    status: 406,
    contentType: JSON_TYPE,
    data: "absent",
    codes: ["BAD_REQUEST"],
  },
  {
    rule: "MUST accept utf-8 encoded requests (charset given)",
    ...post({ query: TYPENAME }, { "content-type": "application/json; charset=utf-8" }),
    status: 200,
    contentType: JSON_TYPE,
    data: { __typename: "Query" },
    codes: [],
  },
  {
    rule: "MUST assume utf-8 when the request gives no encoding, and answer in utf-8",
    ...post({ query: "query ($n: String!) { __type(name: $n) { name } }", variables: { n: "Cours€é" } }),
    status: 200,
    contentType: JSON_TYPE,
    data: { __type: null },
    codes: [],
  },
  // Request parameters (POST)
  {
    rule: "MUST allow a string {operationName}",
    ...post({ query: "query Q { __typename }", operationName: "Q" }, json),
    status: 200,
    contentType: JSON_TYPE,
    data: { __typename: "Query" },
    codes: [],
  },
  {
    rule: "MUST allow null {variables}, {operationName} and {extensions}",
    ...post({ query: TYPENAME, variables: null, operationName: null, extensions: null }, json),
    status: 200,
    contentType: JSON_TYPE,
    data: { __typename: "Query" },
    codes: [],
  },
  {
    rule: "MUST allow a map {variables}",
    ...post({ query: "query ($n: String!) { __type(name: $n) { name } }", variables: { n: "Course" } }, json),
    status: 200,
    contentType: JSON_TYPE,
    data: { __type: { name: "Course" } },
    codes: [],
  },
  {
    rule: "MUST allow a map {extensions}",
    ...post({ query: TYPENAME, extensions: { some: "value" } }, json),
    status: 200,
    contentType: JSON_TYPE,
    data: { __typename: "Query" },
    codes: [],
  },
  {
    rule: "missing {query}: 400",
    ...post({ notquery: TYPENAME }, graphqlResponse),
    status: 400,
    contentType: GRAPHQL_RESPONSE,
    data: "absent",
    codes: ["BAD_REQUEST"],
  },
  {
    rule: "missing {query} (application/json): 400",
    ...post({ variables: {} }, json),
    status: 400,
    contentType: JSON_TYPE,
    data: "absent",
    codes: ["BAD_REQUEST"],
  },
  ...[{ obj: "ect" }, ["array"], false].map((query) => ({
    rule: `${JSON.stringify(query)} as {query}: 400`,
    ...post({ query }, graphqlResponse),
    status: 400,
    contentType: GRAPHQL_RESPONSE,
    data: "absent",
    codes: ["BAD_REQUEST"],
  })),
  ...["string", 0, ["array"]].map((variables) => ({
    rule: `${JSON.stringify(variables)} as {variables}: 400`,
    ...post({ query: TYPENAME, variables }, graphqlResponse),
    status: 400,
    contentType: GRAPHQL_RESPONSE,
    data: "absent",
    codes: ["BAD_REQUEST"],
  })),
  ...["string", ["array"]].map((extensions) => ({
    rule: `${JSON.stringify(extensions)} as {extensions}: 400`,
    ...post({ query: TYPENAME, extensions }, graphqlResponse),
    status: 400,
    contentType: GRAPHQL_RESPONSE,
    data: "absent",
    codes: ["BAD_REQUEST"],
  })),
  {
    rule: "0 as {operationName}: 400",
    ...post({ query: TYPENAME, operationName: 0 }, graphqlResponse),
    status: 400,
    contentType: GRAPHQL_RESPONSE,
    data: "absent",
    codes: ["BAD_REQUEST"],
  },
  {
    rule: "unknown {operationName}: 400",
    ...post({ query: "query A { __typename }", operationName: "B" }, graphqlResponse),
    status: 400,
    contentType: GRAPHQL_RESPONSE,
    data: "absent",
    codes: ["OPERATION_RESOLUTION_FAILURE"],
  },
  // Bodies that are not GraphQL-over-HTTP requests
  {
    rule: "unparsable JSON: 400 in the accepted media type (graphql-response+json)",
    ...post('{ "not a JSON', graphqlResponse),
    status: 400,
    contentType: GRAPHQL_RESPONSE,
    data: "absent",
    codes: ["BAD_REQUEST"],
  },
  {
    rule: "unparsable JSON: 400 in the accepted media type (json)",
    ...post('{ "not a JSON', json),
    status: 400,
    contentType: JSON_TYPE,
    data: "absent",
    codes: ["BAD_REQUEST"],
  },
  {
    rule: "MUST require a request body on POST",
    method: "POST",
    headers: { "content-type": "application/json" },
    status: 400,
    contentType: JSON_TYPE,
    data: "absent",
    codes: ["BAD_REQUEST"],
  },
  {
    rule: "a POST without Content-Type: 4xx",
    method: "POST",
    headers: {},
    body: JSON.stringify({ query: TYPENAME }),
    status: 400,
    contentType: JSON_TYPE,
    data: "absent",
    codes: ["BAD_REQUEST"],
  },
  // Document failures (application/graphql-response+json: 4xx and no data entry)
  {
    rule: "document parsing failure: 400, no data entry",
    ...post({ query: "{" }, graphqlResponse),
    status: 400,
    contentType: GRAPHQL_RESPONSE,
    data: "absent",
    codes: ["GRAPHQL_PARSE_FAILED"],
  },
  {
    rule: "document validation failure: 400, no data entry",
    ...post({ query: "{ notAField }" }, graphqlResponse),
    status: 400,
    contentType: GRAPHQL_RESPONSE,
    data: "absent",
    codes: ["GRAPHQL_VALIDATION_FAILED"],
  },
  {
    rule: "variable coercion failure: 400, no data entry",
    ...post(
      { query: "query ($n: String!) { __type(name: $n) { name } }", variables: { n: 5 } },
      graphqlResponse,
    ),
    status: 400,
    contentType: GRAPHQL_RESPONSE,
    data: "absent",
    codes: ["BAD_USER_INPUT"],
  },
  {
    rule: "MUST use 2xx when the response has a non-null data entry (partial result)",
    ...post({ query: '{ __typename node(id: "garbage") { id } }' }, graphqlResponse),
    status: 200,
    contentType: GRAPHQL_RESPONSE,
    data: { __typename: "Query", node: null },
    codes: ["NOT_FOUND"],
  },
  // GET
  {
    rule: "MAY accept GET for queries",
    ...get({ query: TYPENAME }),
    status: 200,
    contentType: JSON_TYPE,
    data: { __typename: "Query" },
    codes: [],
  },
  {
    rule: "GET with URL-encoded JSON {variables}",
    ...get({
      query: "query ($n: String!) { __type(name: $n) { name } }",
      variables: JSON.stringify({ n: "Course" }),
    }),
    status: 200,
    contentType: JSON_TYPE,
    data: { __type: { name: "Course" } },
    codes: [],
  },
  {
    rule: "GET with unparsable {variables}: 400",
    ...get({ query: TYPENAME, variables: "{bad" }),
    status: 400,
    contentType: JSON_TYPE,
    data: "absent",
    codes: ["BAD_REQUEST"],
  },
  {
    rule: "GET without {query}: 400",
    ...get({ operationName: "Q" }),
    status: 400,
    contentType: JSON_TYPE,
    data: "absent",
    codes: ["BAD_REQUEST"],
  },
  {
    rule: "GET MUST NOT run a mutation: 405 with Allow: POST",
    ...get({ query: "mutation { __typename }" }, graphqlResponse),
    status: 405,
    contentType: GRAPHQL_RESPONSE,
    data: "absent",
    codes: ["BAD_REQUEST"],
    allow: "POST",
  },
  {
    rule: "GET picks the mutation of a multi-operation document by {operationName}: 405",
    ...get({ query: "query Q { __typename } mutation M { __typename }", operationName: "M" }),
    status: 405,
    contentType: JSON_TYPE,
    data: "absent",
    codes: ["BAD_REQUEST"],
    allow: "POST",
  },
  {
    rule: "GET runs the query of that document by {operationName}",
    ...get({ query: "query Q { __typename } mutation M { __typename }", operationName: "Q" }),
    status: 200,
    contentType: JSON_TYPE,
    data: { __typename: "Query" },
    codes: [],
  },
  // Other methods
  {
    rule: "other methods: 405 with Allow",
    method: "PUT",
    headers: { "content-type": "application/json" },
    body: { query: TYPENAME },
    status: 405,
    contentType: JSON_TYPE,
    data: "absent",
    codes: ["BAD_REQUEST"],
    allow: "GET, POST",
  },
];

async function send(row: Row): Promise<Response> {
  const url = new URL(`${server.url}/graphql`);
  for (const [key, value] of Object.entries(row.params ?? {})) url.searchParams.set(key, value);
  const body =
    row.body === undefined ? undefined : typeof row.body === "string" ? row.body : JSON.stringify(row.body);
  return fetch(url, { method: row.method ?? "GET", headers: row.headers ?? {}, body });
}

describe("GraphQL over HTTP", () => {
  it.each(rows.map((row) => [row.rule, row] as const))("%s", async (_rule, row) => {
    const res = await send(row);
    expect(res.status).toBe(row.status);
    expect(res.headers.get("content-type")).toBe(row.contentType);
    if (row.allow) expect(res.headers.get("allow")).toBe(row.allow);
    // Strict decoding: a body that is not valid UTF-8 throws here.
    const text = new TextDecoder("utf-8", { fatal: true }).decode(await res.arrayBuffer());
    const body = JSON.parse(text) as { data?: unknown; errors?: { extensions?: { code?: string } }[] };
    if (row.data === "absent") expect(body).not.toHaveProperty("data");
    else expect(body.data).toEqual(row.data);
    expect((body.errors ?? []).map((e) => e.extensions?.code)).toEqual(row.codes);
  });

  it("runs nothing for a mutation sent by GET", async () => {
    const email = `get-${randomUUID()}@campus.test`;
    const res = await send({
      rule: "",
      ...get({
        query: `mutation { signUp(input: { email: "${email}", password: "a-long-unusual-password", firstName: "G", lastName: "T" }) { userErrors { code } } }`,
      }),
      status: 405,
      contentType: JSON_TYPE,
      codes: [],
    });
    expect(res.status).toBe(405);
    expect(await server.app.prisma.user.count({ where: { email } })).toBe(0);
  });

  it("answers non-ASCII text in UTF-8, byte for byte", async () => {
    const res = await send({
      rule: "",
      ...post(
        { query: "query ($n: Int!) { courses(first: $n) { totalCount } }", variables: { n: "héllo €" } },
        json,
      ),
      status: 400,
      contentType: JSON_TYPE,
      codes: [],
    });
    const bytes = new Uint8Array(await res.arrayBuffer());
    const text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    expect(text).toContain("héllo €");
    // "€" is three bytes in UTF-8 (E2 82 AC), not one as in a legacy encoding.
    expect(Buffer.from(bytes).includes(Buffer.from([0xe2, 0x82, 0xac]))).toBe(true);
  });
});

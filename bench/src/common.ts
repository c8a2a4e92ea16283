// Shared helpers: the bench's settings, HS256 tokens, global ids, GraphQL over fetch, timing.
import { createHmac } from "node:crypto";

export const PG_ADMIN_URL = "postgresql://postgres@127.0.0.1:5432/postgres";
export const BENCH_DB = "campus_bench";
export const DATABASE_URL = `postgresql://postgres@127.0.0.1:5432/${BENCH_DB}`;
export const REDIS_URL = "redis://127.0.0.1:6379";
export const JWT_SECRET = "campus-bench-secret-0123456789abcdef0123456789";

export interface Mode {
  quick: boolean;
  fresh: boolean;
  /** Seconds of each autocannon run (catalog). */
  seconds: number;
  subscribers: number;
  fanoutSeconds: number;
  soakMinutes: number;
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

const b64 = (value: object) => Buffer.from(JSON.stringify(value)).toString("base64url");

/** An access token the API accepts (same claims as api/src/auth/access-tokens.ts). */
export function accessToken(userId: string, roles: string[] = ["STUDENT"]): string {
  const now = Math.floor(Date.now() / 1000);
  const head = b64({ alg: "HS256", typ: "JWT" });
  const body = b64({ roles, sub: userId, iss: "campus", aud: "campus-api", iat: now, exp: now + 3600 });
  const sig = createHmac("sha256", JWT_SECRET).update(`${head}.${body}`).digest("base64url");
  return `${head}.${body}.${sig}`;
}

export const globalId = (type: string, id: string) =>
  Buffer.from(`${type}:${id}`, "utf8").toString("base64url");

export interface GraphQLResult {
  data?: unknown;
  errors?: { message: string }[];
  extensions?: { sqlStatements?: number };
}

export async function postGraphQL(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
): Promise<GraphQLResult> {
  const headers: Record<string, string> = { "content-type": "application/json" };
  if (token) headers.authorization = `Bearer ${token}`;
  const res = await fetch(url, { method: "POST", headers, body: JSON.stringify({ query, variables }) });
  return (await res.json()) as GraphQLResult;
}

/** p-th percentile of unsorted numbers (nearest rank). */
export function percentile(values: number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank] ?? Number.NaN;
}

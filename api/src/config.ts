import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";

/** Repository root, resolved from this file so commands work from any cwd. */
export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "../..");

const bool = z
  .enum(["true", "false", "1", "0", "yes", "no"])
  .transform((v) => v === "true" || v === "1" || v === "yes");

const int = (min: number, max: number) => z.coerce.number().int().min(min).max(max);

/**
 * Every environment variable Campus reads, with its embedded default.
 * The README's configuration table mirrors this object; keep them in step.
 */
const envSchema = z.object({
  NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
  PORT: int(0, 65535).default(4000),
  HOST: z.string().min(1).default("0.0.0.0"),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  DATA_DIR: z.string().min(1).optional(),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "must be a postgresql:// URL")
    .optional(),
  DATABASE_POOL_SIZE: int(1, 200).default(10),
  DATABASE_STATEMENT_TIMEOUT_MS: int(100, 600_000).default(10_000),
  DATABASE_POOL_TIMEOUT_MS: int(100, 120_000).default(10_000),
  REQUEST_TIMEOUT_MS: int(100, 600_000).default(30_000),
  WS_MAX_SUBSCRIPTIONS_PER_CONNECTION: int(1, 10_000).default(100),
  WS_MAX_PAYLOAD_BYTES: int(1024, 16_777_216).default(262_144),
  WS_CONNECTION_INIT_TIMEOUT_MS: int(100, 120_000).default(10_000),
  SEED_ON_FIRST_START: bool.optional(),
  REDIS_URL: z
    .string()
    .regex(/^rediss?:\/\//, "must be a redis:// URL")
    .optional(),
  JWT_SECRET: z.string().min(32, "must be at least 32 characters").optional(),
  JWT_ISSUER: z.string().min(1).default("campus"),
  JWT_AUDIENCE: z.string().min(1).default("campus-api"),
  ACCESS_TOKEN_TTL_SECONDS: int(60, 86_400).default(900),
  REFRESH_TOKEN_TTL_DAYS: int(1, 365).default(30),
  LOGIN_RATE_LIMIT_PER_IP: int(1, 100_000).default(20),
  LOGIN_RATE_LIMIT_PER_EMAIL: int(1, 100_000).default(5),
  LOGIN_RATE_LIMIT_WINDOW_SECONDS: int(1, 86_400).default(900),
  GRAPHQL_INTROSPECTION: bool.optional(),
  GRAPHQL_FIELD_SUGGESTIONS: bool.optional(),
  GRAPHQL_MAX_DEPTH: int(1, 100).default(12),
  GRAPHQL_MAX_ALIASES: int(0, 1000).default(15),
  GRAPHQL_MAX_DIRECTIVES: int(0, 1000).default(50),
  GRAPHQL_MAX_TOKENS: int(100, 1_000_000).default(5000),
  GRAPHQL_MAX_COST: int(100, 10_000_000).default(20_000),
  CORS_ORIGINS: z.string().default(""),
  WEB_DIST_DIR: z.string().min(1).optional(),
  STRIPE_SECRET_KEY: z.string().startsWith("sk_", "must start with sk_").optional(),
  STRIPE_WEBHOOK_SECRET: z.string().startsWith("whsec_", "must start with whsec_").optional(),
  STRIPE_PUBLISHABLE_KEY: z.string().startsWith("pk_", "must start with pk_").optional(),
  STRIPE_API_BASE: z.string().url().optional(),
  BOOKING_CAPTURE_ON: z.enum(["confirmation", "completion"]).default("confirmation"),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, "must be an smtp:// URL")
    .optional(),
  EMAIL_FROM: z.string().min(3).default("Campus <no-reply@campus.localhost>"),
  /** Unset: http://localhost:<PORT>, where `npm start` serves both the web app and the API. */
  PUBLIC_URL: z.string().url().optional(),
  ASSISTANT_API_URL: z.string().url().optional(),
  ASSISTANT_API_KEY: z.string().min(1).optional(),
  ASSISTANT_MODEL: z.string().min(1).default("gpt-4o-mini"),
  SHUTDOWN_TIMEOUT_MS: int(100, 120_000).default(10_000),
  SLOT_HORIZON_WEEKS: int(1, 52).default(8),
  BOOKING_MIN_NOTICE_MINUTES: int(0, 10_080).default(120),
  BACKGROUND_JOBS: bool.optional(),
  EXPOSE_SQL_STATEMENT_COUNT: bool.default(false),
  DEBUG_HEAP_ENDPOINT: bool.default(false),
  USER_COST_BUDGET_PER_HOUR: int(100, 100_000_000).default(500_000),
  API_KEY_COST_BUDGET_PER_HOUR: int(100, 100_000_000).default(200_000),
  COST_BUDGET_WINDOW_SECONDS: int(1, 86_400).default(3600),
});

export type Env = z.infer<typeof envSchema>;

export interface Config {
  env: Env["NODE_ENV"];
  isProduction: boolean;
  port: number;
  host: string;
  logLevel: Env["LOG_LEVEL"];
  dataDir: string;
  database:
    | {
        kind: "postgres";
        url: string;
        poolSize: number;
        statementTimeoutMs: number;
        /** How long a query waits for a pooled connection (or to connect) before failing. */
        poolTimeoutMs: number;
      }
    | { kind: "pglite"; dir: string };
  seedOnFirstStart: boolean;
  redisUrl: string | undefined;
  jwt: { secret: string; issuer: string; audience: string; accessTtlSeconds: number; refreshTtlDays: number };
  loginRateLimit: { perIp: number; perEmail: number; windowSeconds: number };
  graphql: {
    introspection: boolean;
    fieldSuggestions: boolean;
    maxDepth: number;
    maxAliases: number;
    maxDirectives: number;
    maxTokens: number;
    maxCost: number;
  };
  corsOrigins: string[];
  webDistDir: string;
  stripe:
    | {
        secretKey: string;
        webhookSecret: string | undefined;
        apiBase: string | undefined;
        /** Handed to web clients (`paymentSettings`) so they can collect cards with Stripe Elements. */
        publishableKey: string | undefined;
      }
    | undefined;
  /** When a tutoring booking's card authorization is captured: on the expert's confirmation, or at completion. */
  payments: { captureOn: "CONFIRMATION" | "COMPLETION" };
  smtpUrl: string | undefined;
  /** Sender of every email. */
  emailFrom: string;
  /** Base URL of the web app and API, for links in emails (reset links, tracking). */
  publicUrl: string;
  /** OpenAI-compatible chat completions endpoint of the AI assistant; undefined = no assistant. */
  assistant: { apiUrl: string; apiKey: string | undefined; model: string } | undefined;
  shutdownTimeoutMs: number;
  /** An HTTP GraphQL request not answered by then gets a TIMEOUT error instead of hanging. */
  requestTimeoutMs: number;
  /** Limits per graphql-ws connection: past them the socket is closed, other clients carry on. */
  ws: { maxSubscriptionsPerConnection: number; maxPayloadBytes: number; connectionInitTimeoutMs: number };
  /** Tutoring: how far ahead slots are generated, and how soon before its start a slot can still be booked. */
  tutoring: { slotHorizonWeeks: number; minNoticeMinutes: number };
  /** Periodic jobs (slot horizon); off in tests unless asked for. */
  backgroundJobs: boolean;
  /** Adds `extensions.sqlStatements` to responses (tests and benchmarks). */
  exposeStatementCount: boolean;
  /** GET /debug/heap from loopback: a full GC, then process.memoryUsage() (benchmark soak). */
  debugHeapEndpoint: boolean;
  /**
   * Query cost points (priced like GRAPHQL_MAX_COST) each signed-in user and each API key may
   * spend per window (an hour by default), GitHub-style.
   */
  costBudget: { perUser: number; perApiKey: number; windowSeconds: number };
}

/** Thrown when the environment is invalid; start-up prints it and exits. */
export class ConfigError extends Error {
  constructor(readonly issues: string[]) {
    super(`Invalid configuration:\n${issues.map((i) => `  - ${i}`).join("\n")}`);
    this.name = "ConfigError";
  }
}

/**
 * Parses the environment once. Empty strings count as unset so that
 * `FOO=` in a compose file behaves like leaving FOO out.
 */
export function loadConfig(source: NodeJS.ProcessEnv = process.env): Config {
  const raw = Object.fromEntries(
    Object.entries(source).filter(([key, value]) => key in envSchema.shape && value !== ""),
  );
  const parsed = envSchema.safeParse(raw);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => `${issue.path.join(".") || "(env)"}: ${issue.message}`),
    );
  }
  const env = parsed.data;
  const isProduction = env.NODE_ENV === "production";
  const dataDir = resolve(env.DATA_DIR ?? join(repoRoot, ".data"));
  if (isProduction && !env.JWT_SECRET) {
    throw new ConfigError(["JWT_SECRET: required when NODE_ENV=production"]);
  }
  if (env.STRIPE_WEBHOOK_SECRET && !env.STRIPE_SECRET_KEY) {
    throw new ConfigError(["STRIPE_WEBHOOK_SECRET: set STRIPE_SECRET_KEY too"]);
  }
  if (env.STRIPE_PUBLISHABLE_KEY && !env.STRIPE_SECRET_KEY) {
    throw new ConfigError(["STRIPE_PUBLISHABLE_KEY: set STRIPE_SECRET_KEY too"]);
  }
  // A test key with a live secret (or the reverse) makes every card confirmation fail in the browser.
  const publishableMode = stripeMode(env.STRIPE_PUBLISHABLE_KEY);
  const secretMode = stripeMode(env.STRIPE_SECRET_KEY);
  if (publishableMode && secretMode && publishableMode !== secretMode) {
    throw new ConfigError([
      `STRIPE_PUBLISHABLE_KEY: a ${publishableMode} key with a ${secretMode} STRIPE_SECRET_KEY`,
    ]);
  }
  return {
    env: env.NODE_ENV,
    isProduction,
    port: env.PORT,
    host: env.HOST,
    logLevel: env.LOG_LEVEL,
    dataDir,
    database: env.DATABASE_URL
      ? {
          kind: "postgres",
          url: env.DATABASE_URL,
          poolSize: env.DATABASE_POOL_SIZE,
          statementTimeoutMs: env.DATABASE_STATEMENT_TIMEOUT_MS,
          poolTimeoutMs: env.DATABASE_POOL_TIMEOUT_MS,
        }
      : { kind: "pglite", dir: join(dataDir, "pglite") },
    seedOnFirstStart: env.SEED_ON_FIRST_START ?? !env.DATABASE_URL,
    redisUrl: env.REDIS_URL,
    jwt: {
      secret: env.JWT_SECRET ?? devJwtSecret(dataDir),
      issuer: env.JWT_ISSUER,
      audience: env.JWT_AUDIENCE,
      accessTtlSeconds: env.ACCESS_TOKEN_TTL_SECONDS,
      refreshTtlDays: env.REFRESH_TOKEN_TTL_DAYS,
    },
    loginRateLimit: {
      perIp: env.LOGIN_RATE_LIMIT_PER_IP,
      perEmail: env.LOGIN_RATE_LIMIT_PER_EMAIL,
      windowSeconds: env.LOGIN_RATE_LIMIT_WINDOW_SECONDS,
    },
    graphql: {
      introspection: env.GRAPHQL_INTROSPECTION ?? !isProduction,
      fieldSuggestions: env.GRAPHQL_FIELD_SUGGESTIONS ?? !isProduction,
      maxDepth: env.GRAPHQL_MAX_DEPTH,
      maxAliases: env.GRAPHQL_MAX_ALIASES,
      maxDirectives: env.GRAPHQL_MAX_DIRECTIVES,
      maxTokens: env.GRAPHQL_MAX_TOKENS,
      maxCost: env.GRAPHQL_MAX_COST,
    },
    corsOrigins: env.CORS_ORIGINS.split(",")
      .map((o) => o.trim())
      .filter(Boolean),
    webDistDir: resolve(env.WEB_DIST_DIR ?? join(repoRoot, "web/dist")),
    stripe: env.STRIPE_SECRET_KEY
      ? {
          secretKey: env.STRIPE_SECRET_KEY,
          webhookSecret: env.STRIPE_WEBHOOK_SECRET,
          apiBase: env.STRIPE_API_BASE,
          publishableKey: env.STRIPE_PUBLISHABLE_KEY,
        }
      : undefined,
    payments: { captureOn: env.BOOKING_CAPTURE_ON === "completion" ? "COMPLETION" : "CONFIRMATION" },
    smtpUrl: env.SMTP_URL,
    emailFrom: env.EMAIL_FROM,
    publicUrl: (env.PUBLIC_URL ?? `http://localhost:${env.PORT}`).replace(/\/+$/, ""),
    assistant: env.ASSISTANT_API_URL
      ? { apiUrl: env.ASSISTANT_API_URL, apiKey: env.ASSISTANT_API_KEY, model: env.ASSISTANT_MODEL }
      : undefined,
    shutdownTimeoutMs: env.SHUTDOWN_TIMEOUT_MS,
    requestTimeoutMs: env.REQUEST_TIMEOUT_MS,
    ws: {
      maxSubscriptionsPerConnection: env.WS_MAX_SUBSCRIPTIONS_PER_CONNECTION,
      maxPayloadBytes: env.WS_MAX_PAYLOAD_BYTES,
      connectionInitTimeoutMs: env.WS_CONNECTION_INIT_TIMEOUT_MS,
    },
    tutoring: { slotHorizonWeeks: env.SLOT_HORIZON_WEEKS, minNoticeMinutes: env.BOOKING_MIN_NOTICE_MINUTES },
    backgroundJobs: env.BACKGROUND_JOBS ?? env.NODE_ENV !== "test",
    exposeStatementCount: env.EXPOSE_SQL_STATEMENT_COUNT,
    debugHeapEndpoint: env.DEBUG_HEAP_ENDPOINT,
    costBudget: {
      perUser: env.USER_COST_BUDGET_PER_HOUR,
      perApiKey: env.API_KEY_COST_BUDGET_PER_HOUR,
      windowSeconds: env.COST_BUDGET_WINDOW_SECONDS,
    },
  };
}

/** Test or live, from a Stripe key's prefix (sk_test_…, pk_live_…); null when unset or it says neither. */
function stripeMode(key: string | undefined): "test" | "live" | null {
  return (/^(?:sk|pk)_(test|live)_/.exec(key ?? "")?.[1] as "test" | "live" | undefined) ?? null;
}

/**
 * Development only: a random secret kept in the data folder so tokens survive
 * restarts without anyone having to configure one.
 */
function devJwtSecret(dataDir: string): string {
  const file = join(dataDir, "jwt-secret");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(48).toString("base64url");
  writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}

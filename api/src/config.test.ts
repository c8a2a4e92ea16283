import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ConfigError, loadConfig, repoRoot } from "./config.js";

const dataDir = mkdtempSync(join(tmpdir(), "campus-config-"));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

const SECRET = "a-secret-that-is-at-least-32-chars-long";

/** The ConfigError's issues for `env`, or fails when loadConfig accepts it. */
function issuesOf(env: Record<string, string>): string[] {
  try {
    loadConfig({ DATA_DIR: dataDir, ...env });
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as ConfigError).issues;
  }
  throw new Error(`loadConfig accepted ${JSON.stringify(env)}`);
}

describe("loadConfig refuses invalid values, naming the variable", () => {
  it.each([
    [{ PORT: "abc" }, /^PORT: /],
    [{ PORT: "70000" }, /^PORT: /],
    [{ PORT: "80.5" }, /^PORT: /],
    [{ DATABASE_URL: "mysql://x" }, /^DATABASE_URL: must be a postgresql:\/\/ URL$/],
    [{ REDIS_URL: "http://x" }, /^REDIS_URL: must be a redis:\/\/ URL$/],
    [{ JWT_SECRET: "too-short" }, /^JWT_SECRET: must be at least 32 characters$/],
    [{ NODE_ENV: "production" }, /^JWT_SECRET: required when NODE_ENV=production$/],
    [{ NODE_ENV: "staging" }, /^NODE_ENV: /],
    [{ STRIPE_SECRET_KEY: "pk_test_123" }, /^STRIPE_SECRET_KEY: must start with sk_$/],
    [{ STRIPE_WEBHOOK_SECRET: "whsec_1" }, /^STRIPE_WEBHOOK_SECRET: set STRIPE_SECRET_KEY too$/],
    [{ LOG_LEVEL: "verbose" }, /^LOG_LEVEL: /],
    [{ GRAPHQL_INTROSPECTION: "maybe" }, /^GRAPHQL_INTROSPECTION: /],
    [{ GRAPHQL_MAX_DEPTH: "0" }, /^GRAPHQL_MAX_DEPTH: /],
    [{ SMTP_URL: "mail.example.com" }, /^SMTP_URL: must be an smtp:\/\/ URL$/],
    [{ DATABASE_POOL_TIMEOUT_MS: "10" }, /^DATABASE_POOL_TIMEOUT_MS: /],
    [{ REQUEST_TIMEOUT_MS: "soon" }, /^REQUEST_TIMEOUT_MS: /],
    [{ WS_MAX_SUBSCRIPTIONS_PER_CONNECTION: "0" }, /^WS_MAX_SUBSCRIPTIONS_PER_CONNECTION: /],
    [{ WS_MAX_PAYLOAD_BYTES: "1.5" }, /^WS_MAX_PAYLOAD_BYTES: /],
    [{ WS_CONNECTION_INIT_TIMEOUT_MS: "-1" }, /^WS_CONNECTION_INIT_TIMEOUT_MS: /],
  ])("%o", (env, issue) => {
    const issues = issuesOf(env);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatch(issue);
  });

  it("reports every invalid variable at once, in a message that names each", () => {
    try {
      loadConfig({ DATA_DIR: dataDir, PORT: "abc", REDIS_URL: "http://x" });
      expect.unreachable();
    } catch (error) {
      expect((error as ConfigError).issues.map((i) => i.split(":")[0])).toEqual(["PORT", "REDIS_URL"]);
      expect((error as Error).message).toMatch(/^Invalid configuration:\n {2}- PORT: .*\n {2}- REDIS_URL: /);
    }
  });
});

describe("loadConfig defaults", () => {
  it("are the documented embedded defaults", () => {
    const config = loadConfig({ DATA_DIR: dataDir });
    expect(config).toMatchObject({
      env: "development",
      isProduction: false,
      port: 4000,
      host: "0.0.0.0",
      logLevel: "info",
      dataDir,
      database: { kind: "pglite", dir: join(dataDir, "pglite") },
      seedOnFirstStart: true,
      redisUrl: undefined,
      jwt: { issuer: "campus", audience: "campus-api", accessTtlSeconds: 900, refreshTtlDays: 30 },
      loginRateLimit: { perIp: 20, perEmail: 5, windowSeconds: 900 },
      graphql: {
        introspection: true,
        fieldSuggestions: true,
        maxDepth: 12,
        maxAliases: 15,
        maxDirectives: 50,
        maxTokens: 5000,
        maxCost: 20_000,
      },
      corsOrigins: [],
      webDistDir: resolve(repoRoot, "web/dist"),
      stripe: undefined,
      smtpUrl: undefined,
      shutdownTimeoutMs: 10_000,
      requestTimeoutMs: 30_000,
      ws: { maxSubscriptionsPerConnection: 100, maxPayloadBytes: 262_144, connectionInitTimeoutMs: 10_000 },
      exposeStatementCount: false,
      debugHeapEndpoint: false,
    });
  });

  it("generate a development JWT secret once and keep it in DATA_DIR", () => {
    const first = loadConfig({ DATA_DIR: dataDir }).jwt.secret;
    expect(first.length).toBeGreaterThanOrEqual(32);
    expect(readFileSync(join(dataDir, "jwt-secret"), "utf8").trim()).toBe(first);
    expect(loadConfig({ DATA_DIR: dataDir }).jwt.secret).toBe(first);
  });

  it("with DATABASE_URL: PostgreSQL, no seeding, pool and timeout defaults", () => {
    const config = loadConfig({ DATA_DIR: dataDir, DATABASE_URL: "postgresql://u@db:5432/campus" });
    expect(config.database).toEqual({
      kind: "postgres",
      url: "postgresql://u@db:5432/campus",
      poolSize: 10,
      statementTimeoutMs: 10_000,
      poolTimeoutMs: 10_000,
    });
    expect(config.seedOnFirstStart).toBe(false);
  });

  it("in production: no introspection, no suggestions, the given secret, unless overridden", () => {
    const prod = loadConfig({ DATA_DIR: dataDir, NODE_ENV: "production", JWT_SECRET: SECRET });
    expect(prod).toMatchObject({ isProduction: true, jwt: { secret: SECRET } });
    expect(prod.graphql).toMatchObject({ introspection: false, fieldSuggestions: false });
    const open = loadConfig({
      DATA_DIR: dataDir,
      NODE_ENV: "production",
      JWT_SECRET: SECRET,
      GRAPHQL_INTROSPECTION: "true",
      GRAPHQL_FIELD_SUGGESTIONS: "yes",
    });
    expect(open.graphql).toMatchObject({ introspection: true, fieldSuggestions: true });
  });

  it("parse lists and Stripe settings", () => {
    const config = loadConfig({
      DATA_DIR: dataDir,
      CORS_ORIGINS: " https://a.example , https://b.example,,",
      STRIPE_SECRET_KEY: "sk_test_1",
      STRIPE_WEBHOOK_SECRET: "whsec_1",
    });
    expect(config.corsOrigins).toEqual(["https://a.example", "https://b.example"]);
    expect(config.stripe).toEqual({ secretKey: "sk_test_1", webhookSecret: "whsec_1", apiBase: undefined });
  });
});

describe("empty strings count as unset", () => {
  it.each(["PORT", "DATABASE_URL", "REDIS_URL", "JWT_SECRET", "STRIPE_SECRET_KEY", "LOG_LEVEL", "NODE_ENV"])(
    "%s=",
    (name) => {
      expect(loadConfig({ DATA_DIR: dataDir, [name]: "" })).toEqual(loadConfig({ DATA_DIR: dataDir }));
    },
  );

  it("so JWT_SECRET= in production is refused as missing", () => {
    expect(issuesOf({ NODE_ENV: "production", JWT_SECRET: "" })).toEqual([
      "JWT_SECRET: required when NODE_ENV=production",
    ]);
  });

  it("and variables Campus does not read are ignored", () => {
    expect(() => loadConfig({ DATA_DIR: dataDir, PATH: "", SOMETHING_ELSE: "x" })).not.toThrow();
  });
});

describe("the process", () => {
  it("exits with a non-zero code and a message naming PORT when PORT=abc", async () => {
    const apiDir = resolve(repoRoot, "api");
    const child = spawn(process.execPath, ["--import", "tsx", "src/main.ts"], {
      cwd: apiDir,
      env: { PATH: process.env.PATH, PORT: "abc", DATA_DIR: dataDir },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk.toString("utf8");
    });
    const code = await new Promise<number | null>((done) => child.on("exit", (c) => done(c)));
    expect(code).toBe(78);
    expect(stderr).toMatch(/^Invalid configuration:\n {2}- PORT: /);
    // It stopped before opening the embedded database.
    expect(existsSync(join(dataDir, "pglite"))).toBe(false);
  });
});

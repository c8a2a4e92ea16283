import type { AddressInfo } from "node:net";
import { type App, createApp } from "../src/app.js";
import { loadConfig } from "../src/config.js";
import { createLogger } from "../src/logger.js";
import { buildCampusSchema } from "../src/schema.js";
import { createCampusServer } from "../src/server.js";
import { createTestDatabase, type TestDatabase } from "./database.js";

export const TEST_JWT_SECRET = "test-secret-that-is-long-enough-for-hs256-0123456789";

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  data?: T;
  errors?: {
    message: string;
    path?: (string | number)[];
    extensions?: { code?: string } & Record<string, unknown>;
  }[];
  extensions?: { sqlStatements?: number } & Record<string, unknown>;
  headers: Headers;
}

export interface TestServer {
  app: App;
  url: string;
  wsUrl: string;
  database: TestDatabase;
  gql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    options?: { token?: string; headers?: Record<string, string> },
  ): Promise<GraphQLResponse<T>>;
  close(): Promise<void>;
}

export interface TestServerOptions {
  /**
   * Run over this database instead of a fresh one (e.g. two API replicas
   * sharing PostgreSQL and Redis). It is left in place on close: its creator drops it.
   */
  database?: TestDatabase;
}

/**
 * The real server (Apollo, Express, graphql-ws) on a random port over a fresh
 * PostgreSQL database of its own. `env` overrides configuration variables.
 */
export async function startTestServer(
  env: Record<string, string> = {},
  options: TestServerOptions = {},
): Promise<TestServer> {
  const ownsDatabase = !options.database;
  const database = options.database ?? (await createTestDatabase());
  const config = loadConfig({
    NODE_ENV: "test",
    PORT: "0",
    HOST: "127.0.0.1",
    DATABASE_URL: database.url,
    DATABASE_POOL_SIZE: "20",
    JWT_SECRET: TEST_JWT_SECRET,
    EXPOSE_SQL_STATEMENT_COUNT: "true",
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? "silent",
    SEED_ON_FIRST_START: "false",
    WEB_DIST_DIR: "/nonexistent",
    ...env,
  });
  const app = await createApp(config, createLogger(config.logLevel));
  const schema = await buildCampusSchema(app.pubsub);
  const server = await createCampusServer(app, schema);
  await new Promise<void>((resolve) => server.httpServer.listen(0, "127.0.0.1", resolve));
  const { port } = server.httpServer.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;
  return {
    app,
    url,
    wsUrl: `ws://127.0.0.1:${port}/graphql`,
    database,
    async gql(query, variables, options = {}) {
      const response = await fetch(`${url}/graphql`, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
          ...options.headers,
        },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await response.json()) as Omit<GraphQLResponse, "status" | "headers">;
      return { ...body, status: response.status, headers: response.headers } as never;
    },
    async close() {
      await server.stop();
      await app.close();
      if (ownsDatabase) await database.drop();
    },
  };
}

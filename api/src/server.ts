import { randomUUID } from "node:crypto";
import { existsSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { join } from "node:path";
import { ApolloServer, type ApolloServerPlugin } from "@apollo/server";
import { ApolloServerPluginCacheControlDisabled } from "@apollo/server/plugin/disabled";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import {
  ApolloServerPluginLandingPageLocalDefault,
  ApolloServerPluginLandingPageProductionDefault,
} from "@apollo/server/plugin/landingPage/default";
import { expressMiddleware } from "@as-integrations/express5";
import cors from "cors";
import express, { type ErrorRequestHandler, type Request, type RequestHandler, type Response } from "express";
import { GraphQLError, type GraphQLSchema } from "graphql";
import type { App } from "./app.js";
import {
  type AccessClaims,
  bearerToken,
  InvalidTokenError,
  verifyAccessToken,
} from "./auth/access-tokens.js";
import { type AppContext, createContext } from "./context.js";
import { runWithStatementCounter } from "./db/statement-counter.js";
import { persistedQueries } from "./graphql/apq.js";
import { createErrorFormatter, withRequestLogger } from "./graphql/format-error.js";
import { createQueryLimits } from "./graphql/limits.js";
import { noStorePlugin } from "./graphql/no-store.js";
import { statementCountPlugin } from "./graphql/statement-count.js";
import type { Logger } from "./logger.js";
import { registerReportRoutes } from "./modules/admin/reports.routes.js";
import { registerTrackingRoutes } from "./modules/messaging/tracking.routes.js";
import { authenticateApiKey } from "./modules/partners/api-key-auth.js";
import { costBudgetPlugin } from "./modules/partners/cost-budget.js";
import { attachGraphqlWs } from "./ws.js";

export interface CampusServer {
  httpServer: Server;
  /** Stops accepting work, lets in-flight requests finish, closes sockets. */
  stop(): Promise<void>;
}

/**
 * One HTTP server: /graphql (HTTP and graphql-ws), /healthz, /readyz,
 * /webhooks/stripe and the built web app at /. Limits, CSRF prevention and error masking apply to
 * every transport.
 */
export async function createCampusServer(app: App, schema: GraphQLSchema): Promise<CampusServer> {
  const { config, logger } = app;
  const httpServer = createServer();
  const limits = createQueryLimits(config.graphql);
  const formatError = createErrorFormatter(logger, { fieldSuggestions: config.graphql.fieldSuggestions });
  const ws = attachGraphqlWs(httpServer, app, schema, limits, formatError);
  const apq = persistedQueries(config.redisUrl);

  const plugins: ApolloServerPlugin<AppContext>[] = [
    ApolloServerPluginDrainHttpServer({ httpServer, stopGracePeriodMillis: config.shutdownTimeoutMs }),
    { serverWillStart: async () => ({ drainServer: () => ws.close() }) },
    config.isProduction
      ? ApolloServerPluginLandingPageProductionDefault({ footer: false })
      : ApolloServerPluginLandingPageLocalDefault({ embed: true, includeCookies: false }),
    // Apollo's cache-control plugin off: no cache hints here, its per-field work is pure cost (no-store.ts).
    ApolloServerPluginCacheControlDisabled(),
    noStorePlugin(),
    ...(limits.plugins as ApolloServerPlugin<AppContext>[]),
    statementCountPlugin(config.exposeStatementCount),
    costBudgetPlugin(config.costBudget, app.rateLimits),
    apq.plugin as ApolloServerPlugin<AppContext>,
  ];

  const apollo = new ApolloServer<AppContext>({
    schema,
    plugins,
    ...apq.options,
    validationRules: limits.validationRules,
    parseOptions: { maxTokens: limits.maxTokens },
    introspection: config.graphql.introspection,
    hideSchemaDetailsFromClientErrors: !config.graphql.fieldSuggestions,
    includeStacktraceInErrorResponses: false,
    allowBatchedHttpRequests: false,
    csrfPrevention: true,
    // main.ts owns SIGTERM/SIGINT. Apollo's own handler (on outside NODE_ENV=test)
    // would stop first, and then our stop() waits on a barrier Apollo 5 never
    // resolves on success: shutdown would hang until the force-exit timer.
    stopOnTerminationSignals: false,
    formatError,
    logger: {
      debug: (m) => logger.debug(m),
      info: (m) => logger.info(m),
      warn: (m) => logger.warn(m),
      error: (m) => logger.error(m),
    },
  });
  await apollo.start();

  const web = express();
  web.disable("x-powered-by");
  web.set("trust proxy", "loopback, linklocal, uniquelocal");
  web.use((req, res, next) => {
    const incoming = req.get("x-request-id");
    const requestId = incoming && /^[\w-]{1,100}$/.test(incoming) ? incoming : randomUUID();
    res.locals.requestId = requestId;
    res.setHeader("x-request-id", requestId);
    const log = logger.child({ requestId });
    res.locals.logger = log;
    // One line per request, to find a request's other lines by its id. The
    // path only: a GET query string may carry variables. Probes are debug noise.
    const started = performance.now();
    const path = req.path;
    res.on("finish", () => {
      const level = path === "/healthz" || path === "/readyz" ? "debug" : "info";
      const durationMs = Math.round(performance.now() - started);
      log[level]({ method: req.method, path, status: res.statusCode, durationMs }, "request completed");
    });
    withRequestLogger(log, next);
  });

  web.get("/healthz", (_req, res) => {
    res.json({ status: "ok" });
  });
  web.get("/readyz", async (_req, res) => {
    const ok = await app.database.ping();
    res.status(ok ? 200 : 503).json({ status: ok ? "ready" : "database unavailable" });
  });

  if (config.debugHeapEndpoint) web.get("/debug/heap", heapAfterGc);

  // Stripe signs the exact bytes it sent: this route reads the body raw, and no
  // JSON parser may touch it first (the GraphQL one below is scoped to /graphql).
  web.post("/webhooks/stripe", express.raw({ type: () => true, limit: "1mb" }), async (req, res, next) => {
    const handler = app.services.stripeWebhooks;
    if (!handler) {
      res.status(404).json({ received: false, error: "Stripe webhooks are not configured." });
      return;
    }
    try {
      const body = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
      const result = await handler.handle(body, req.get("stripe-signature"));
      res.status(result.status).json(result.body);
    } catch (error) {
      next(error);
    }
  });

  web.use(
    "/graphql",
    // Each request counts its own SQL statements (statement-count.ts), when they are reported:
    // the counter's async-local scope costs every promise of the request a little.
    ...(config.exposeStatementCount
      ? [((_req, _res, next) => runWithStatementCounter(() => next())) satisfies RequestHandler]
      : []),
    // Browsers on other origins only when listed; same-origin needs no CORS.
    cors({ origin: config.corsOrigins.length > 0 ? config.corsOrigins : false, maxAge: 600 }),
    express.json({ limit: "1mb" }),
    requestTimeout(config.requestTimeoutMs),
    unlessTimedOut(
      expressMiddleware(apollo, {
        context: async ({ req, res }) => {
          const partner = await authenticateApiKey(app, req);
          return createContext(app, {
            requestId: String(res.locals.requestId),
            ip: req.ip ?? "unknown",
            userAgent: req.get("user-agent") ?? null,
            auth: partner?.auth ?? authenticate(app, req),
            apiKey: partner?.apiKey ?? null,
            logger: res.locals.logger as Logger,
          });
        },
      }),
    ),
  );

  registerTrackingRoutes(web, app);
  registerReportRoutes(web, app);
  serveWebApp(web, config.webDistDir);
  web.use(jsonErrors(app));
  httpServer.on("request", web);

  return {
    httpServer,
    async stop() {
      await apollo.stop();
    },
  };
}

/** Verifies the bearer token, if any. A bad token is an error, not a silent downgrade to anonymous. */
function authenticate(app: App, req: Request): AccessClaims | null {
  const header = req.get("authorization");
  if (!header) return null;
  const token = bearerToken(header);
  try {
    if (!token) throw new InvalidTokenError("invalid");
    return verifyAccessToken(app.config.jwt, token);
  } catch (error) {
    if (!(error instanceof InvalidTokenError)) throw error;
    throw new GraphQLError(error.message, {
      extensions: { code: "UNAUTHENTICATED", reason: error.reason, http: { status: 401 } },
    });
  }
}

const LOOPBACK = new Set(["127.0.0.1", "::1", "::ffff:127.0.0.1"]);

/**
 * GET /debug/heap (DEBUG_HEAP_ENDPOINT, off by default): a full collection, then
 * `process.memoryUsage()`, so the benchmark's soak can follow the live heap minute by minute.
 * Loopback callers only: a forced GC stalls every request in flight. Without `node --expose-gc`
 * it refuses rather than report a heap that is not "after GC".
 */
const heapAfterGc: RequestHandler = (req, res) => {
  res.setHeader("cache-control", "no-store");
  if (!LOOPBACK.has(req.socket.remoteAddress ?? "")) {
    res.status(403).json({ error: "The heap report answers loopback callers only." });
    return;
  }
  const gc = (globalThis as { gc?: () => void }).gc;
  if (typeof gc !== "function") {
    res.status(501).json({ error: "Start the API with `node --expose-gc` to report the heap after GC." });
    return;
  }
  const started = performance.now();
  gc();
  const gcMs = Math.round((performance.now() - started) * 10) / 10;
  res.json({ ...process.memoryUsage(), gcMs });
};

/** The built web app (pnpm build) at /, with client-side routes falling back to index.html. */
function serveWebApp(web: express.Express, distDir: string) {
  if (!existsSync(join(distDir, "index.html"))) return;
  web.use(express.static(distDir, { index: "index.html", maxAge: "1h" }));
  web.get(/^\/(?!graphql|healthz|readyz|webhooks|admin\/reports).*/, (_req, res) => {
    res.sendFile(join(distDir, "index.html"));
  });
}

/**
 * GraphQL-over-HTTP: an error the server writes itself uses the media type the
 * client asked for, application/json when it did not say.
 */
function sendGraphQLError(req: Request, res: Response, status: number, message: string, code: string) {
  const type = req.accepts(["application/json", "application/graphql-response+json"]) || "application/json";
  res
    .status(status)
    .type(`${type}; charset=utf-8`)
    .send(JSON.stringify({ errors: [{ message, extensions: { code } }] }));
}

/**
 * A request not answered within `ms` gets 503 TIMEOUT instead of holding the
 * client (and its proxy) indefinitely; its work is left to end on its own (the
 * statement timeout bounds the database's part).
 */
function requestTimeout(ms: number): RequestHandler {
  return (req, res, next) => {
    const timer = setTimeout(() => {
      if (res.headersSent) return;
      res.locals.timedOut = true;
      (res.locals.logger as Logger).warn({ timeoutMs: ms }, "GraphQL request timed out");
      sendGraphQLError(req, res, 503, `The request took longer than ${ms} ms and was stopped.`, "TIMEOUT");
    }, ms);
    res.once("close", () => clearTimeout(timer));
    next();
  };
}

/** Once a request has timed out, Apollo's late attempt to answer it fails harmlessly. */
function unlessTimedOut(handler: RequestHandler): RequestHandler {
  return (req, res, next) =>
    Promise.resolve(handler(req, res, next)).catch((error: unknown) => {
      if (!res.locals.timedOut) next(error);
    });
}

/** Malformed JSON and other body errors: 400 with a GraphQL-shaped message. */
function jsonErrors(app: App): ErrorRequestHandler {
  return (error, req, res, next) => {
    if (res.headersSent) return next(error);
    const status = typeof error?.status === "number" ? error.status : 500;
    if (status >= 500) app.logger.error({ err: error }, "unhandled HTTP error");
    const message =
      error?.type === "entity.parse.failed"
        ? "Malformed JSON in request body."
        : error?.type === "entity.too.large"
          ? "Request body is too large."
          : status >= 500
            ? "Internal server error"
            : String(error?.message ?? "Bad request");
    sendGraphQLError(req, res, status, message, status >= 500 ? "INTERNAL_SERVER_ERROR" : "BAD_REQUEST");
  };
}

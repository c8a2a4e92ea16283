import { randomUUID } from "node:crypto";
import type { Server } from "node:http";
import type { FormattedExecutionResult } from "graphql";
import {
  type ExecutionArgs,
  type GraphQLSchema,
  getOperationAST,
  getVariableValues,
  NoSchemaIntrospectionCustomRule,
  parse,
  specifiedRules,
  validate,
} from "graphql";
import { useServer } from "graphql-ws/use/ws";
import { type WebSocket, WebSocketServer } from "ws";
import type { App } from "./app.js";
import {
  type AccessClaims,
  bearerToken,
  InvalidTokenError,
  verifyAccessToken,
} from "./auth/access-tokens.js";
import { type AppContext, createContext } from "./context.js";
import { codedError } from "./graphql/errors.js";
import { type createErrorFormatter, maskErrors, withRequestLogger } from "./graphql/format-error.js";
import type { QueryLimits } from "./graphql/limits.js";
import { USER_SESSIONS_REVOKED, type UserSessionsRevoked } from "./modules/admin/user-sessions.js";

/** 4403 is graphql-ws's "Forbidden" close code, the one clients expect for bad credentials. */
export const WS_FORBIDDEN = 4403;
/**
 * 1008 Policy Violation: one connection asked for more subscriptions than allowed.
 * graphql-ws clients treat it as fatal, so a runaway client does not reconnect and repeat.
 */
export const WS_POLICY_VIOLATION = 1008;

interface ConnectionState {
  auth: AccessClaims | null;
  ip: string;
  userAgent: string | null;
}

/**
 * graphql-ws on the same path as HTTP. Authentication happens once, in
 * `connection_init` (`connectionParams.authorization`); every operation then
 * goes through the same parse/validation limits as HTTP.
 */
export function attachGraphqlWs(
  httpServer: Server,
  app: App,
  schema: GraphQLSchema,
  limits: QueryLimits,
  formatError: ReturnType<typeof createErrorFormatter>,
) {
  const { maxSubscriptionsPerConnection, maxPayloadBytes, connectionInitTimeoutMs } = app.config.ws;
  // A frame over maxPayload makes `ws` close that socket with 1009 (Message Too Big).
  const wsServer = new WebSocketServer({ server: httpServer, path: "/graphql", maxPayload: maxPayloadBytes });
  const states = new WeakMap<object, ConnectionState>();
  const sessions = trackUserSockets(app);
  // Apollo enforces `introspection: false` only on HTTP; the socket needs the rule too.
  const rules = [
    ...specifiedRules,
    ...limits.validationRules,
    ...(app.config.graphql.introspection ? [] : [NoSchemaIntrospectionCustomRule]),
  ];

  const cleanup = useServer(
    {
      schema,
      // A socket that never sends connection_init is closed with 4408 after this.
      connectionInitWaitTimeout: connectionInitTimeoutMs,
      onConnect: (ctx) => {
        const raw = ctx.connectionParams?.authorization;
        const token = typeof raw === "string" ? (bearerToken(raw) ?? raw) : null;
        let auth: AccessClaims | null = null;
        if (token) {
          try {
            auth = verifyAccessToken(app.config.jwt, token);
          } catch (error) {
            if (error instanceof InvalidTokenError) return false; // closes with 4403 Forbidden
            throw error;
          }
        }
        if (auth) sessions.add(auth.userId, ctx.extra.socket);
        states.set(ctx.extra.socket, {
          auth,
          ip: ctx.extra.request.socket.remoteAddress ?? "unknown",
          userAgent: ctx.extra.request.headers["user-agent"] ?? null,
        });
        return true;
      },
      onSubscribe: (ctx, _id, payload) => {
        // graphql-ws has registered this id already, so the count includes it.
        if (Object.keys(ctx.subscriptions).length > maxSubscriptionsPerConnection) {
          ctx.extra.socket.close(WS_POLICY_VIOLATION, "Too many subscriptions on one connection");
          return [codedError("RATE_LIMITED", "Too many subscriptions on one connection.")];
        }
        let document: ReturnType<typeof parse>;
        try {
          document = parse(payload.query, { maxTokens: limits.maxTokens });
        } catch (error) {
          return [codedError("GRAPHQL_PARSE_FAILED", (error as Error).message)];
        }
        const errors = validate(schema, document, rules);
        if (errors.length > 0) {
          return maskErrors(
            errors.map((e) => codedError("GRAPHQL_VALIDATION_FAILED", e.message)),
            formatError,
          );
        }
        const operation = getOperationAST(document, payload.operationName);
        if (!operation) return [codedError("BAD_REQUEST", "Could not determine which operation to run.")];
        // Bad variables are the client's mistake (BAD_USER_INPUT, as Apollo says over
        // HTTP); left to execute() they come back uncoded and would be masked as internal.
        const coerced = getVariableValues(
          schema,
          operation.variableDefinitions ?? [],
          payload.variables ?? {},
        );
        if (coerced.errors) return coerced.errors.map((e) => codedError("BAD_USER_INPUT", e.message));
        const state = states.get(ctx.extra.socket) ?? { auth: null, ip: "unknown", userAgent: null };
        const requestId = randomUUID();
        const args: ExecutionArgs = {
          schema,
          document,
          operationName: payload.operationName ?? null,
          variableValues: payload.variables ?? null,
          contextValue: createContext(app, {
            requestId,
            ip: state.ip,
            userAgent: state.userAgent,
            auth: state.auth,
            logger: app.logger.child({ requestId, transport: "ws" }),
          }),
        };
        return args;
      },
      onNext: (_ctx, _id, _payload, args, result): FormattedExecutionResult | undefined => {
        if (!result.errors?.length) return undefined;
        const { logger } = args.contextValue as AppContext;
        return withRequestLogger(logger, () => ({
          ...result,
          errors: result.errors?.map((e) => formatError(e.toJSON(), e)),
        }));
      },
      onError: (_ctx, _id, _payload, errors) => errors.map((e) => formatError(e.toJSON(), e)),
    },
    wsServer,
  );
  // A client's protocol error (an oversized frame, already answered by `ws` with 1009)
  // reaches graphql-ws's socket error handler, which prints it to the console as an
  // internal error. It is the client's mistake: log it as such.
  wsServer.on("connection", (socket) => {
    socket.removeAllListeners("error");
    socket.on("error", (error) =>
      app.logger.warn({ err: error }, "WebSocket client error; connection closed"),
    );
  });

  return {
    wsServer,
    async close() {
      // Tell clients we are going away (1001) so they reconnect to another replica.
      sessions.stop();
      for (const client of wsServer.clients) client.close(1001, "Server shutting down");
      await cleanup.dispose();
    },
  };
}

/**
 * Open sockets by user, so a deactivation or erasure (published on every replica by
 * user-sessions.ts) closes that user's subscriptions at once with 4403 Forbidden.
 */
function trackUserSockets(app: App) {
  const byUser = new Map<string, Set<WebSocket>>();
  const events = app.pubsub.subscribe(USER_SESSIONS_REVOKED)[Symbol.asyncIterator]();
  void (async () => {
    for (;;) {
      const { value, done } = await events.next().catch(() => ({ value: undefined, done: true }));
      if (done) return;
      const userId = (value as UserSessionsRevoked).userId;
      for (const socket of byUser.get(userId) ?? []) socket.close(WS_FORBIDDEN, "Session revoked");
    }
  })();
  return {
    add(userId: string, socket: WebSocket) {
      const set = byUser.get(userId) ?? new Set<WebSocket>();
      byUser.set(userId, set.add(socket));
      socket.once("close", () => {
        set.delete(socket);
        if (set.size === 0 && byUser.get(userId) === set) byUser.delete(userId);
      });
    },
    stop() {
      void events.return?.();
    },
  };
}

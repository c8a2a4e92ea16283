import type { ApolloServerPlugin } from "@apollo/server";
import { costLimitRule } from "@escape.tech/graphql-armor-cost-limit";
import { type DocumentNode, type GraphQLSchema, Kind, type OperationDefinitionNode, validate } from "graphql";
import type { CostBudget, RateLimitStore } from "../../auth/rate-limit.js";
import type { Config } from "../../config.js";
import type { AppContext } from "../../context.js";
import { codedError } from "../../graphql/errors.js";
import { COST_RULES } from "../../graphql/limits.js";
import { assertOperationScope } from "./scopes.js";

/** What `extensions.cost` reports: GitHub's rateLimit object, in our cost points. */
export interface CostReport {
  requested: number;
  limit: number;
  remaining: number;
  resetAt: string;
}

/**
 * The cost of the operation that will run, priced by graphql-armor's own cost rule with the
 * figures of limits.ts (COST_RULES): the number GRAPHQL_MAX_COST is compared with, rounded up.
 */
export function operationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
) {
  let cost = 0;
  const only: DocumentNode = {
    ...document,
    definitions: document.definitions.filter((d) => d === operation || d.kind === Kind.FRAGMENT_DEFINITION),
  };
  const rule = costLimitRule({
    ...COST_RULES,
    maxCost: Number.MAX_SAFE_INTEGER,
    onAccept: [(_ctx, { n }) => (cost = n)],
  });
  validate(schema, only, [rule]);
  return Math.ceil(cost);
}

/**
 * Enforces the hourly cost budgets over HTTP: one per API key, one per signed-in user (by the
 * token's subject, so the check costs no SQL). Anonymous traffic has the per-request cost limit
 * only. Every budgeted response carries `extensions.cost` and the `x-ratelimit-*` headers.
 */
export function costBudgetPlugin(
  config: Config["costBudget"],
  store: RateLimitStore,
): ApolloServerPlugin<AppContext> {
  const budgets: Record<"key" | "user", CostBudget> = {
    key: store.budget("cost:key", config.perApiKey, config.windowSeconds),
    user: store.budget("cost:user", config.perUser, config.windowSeconds),
  };
  return {
    async requestDidStart() {
      let report: CostReport | undefined;
      return {
        async didResolveOperation({ contextValue: ctx, document, operation, schema }) {
          if (!operation) return;
          assertOperationScope(ctx, operation.operation);
          const [kind, id] = ctx.apiKey
            ? (["key", ctx.apiKey.id] as const)
            : (["user", ctx.auth?.userId] as const);
          if (!id) return;
          const requested = operationCost(schema, document, operation);
          const spend = await budgets[kind].spend(id, requested);
          report = {
            requested,
            limit: spend.limit,
            remaining: spend.remaining,
            resetAt: spend.resetAt.toISOString(),
          };
          if (!spend.allowed) {
            const retryAfterSeconds = Math.max(1, Math.ceil((spend.resetAt.getTime() - Date.now()) / 1000));
            throw codedError(
              "RATE_LIMITED",
              `This query costs ${requested} points and only ${spend.remaining} of ${spend.limit} are left; the budget resets at ${report.resetAt}.`,
              { resetAt: report.resetAt, retryAfterSeconds, cost: report, http: { status: 429 } },
            );
          }
        },
        async willSendResponse({ response }) {
          if (!report) return;
          response.http.headers.set("x-ratelimit-limit", String(report.limit));
          response.http.headers.set("x-ratelimit-remaining", String(report.remaining));
          response.http.headers.set(
            "x-ratelimit-reset",
            String(Math.ceil(Date.parse(report.resetAt) / 1000)),
          );
          response.http.headers.set("x-ratelimit-used", String(report.limit - report.remaining));
          if (response.body.kind === "single") {
            const result = response.body.singleResult;
            result.extensions = { ...result.extensions, cost: report };
          }
        },
      };
    },
  };
}

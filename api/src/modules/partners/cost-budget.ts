import type { ApolloServerPlugin } from "@apollo/server";
import type { CostBudget, RateLimitStore } from "../../auth/rate-limit.js";
import type { Config } from "../../config.js";
import type { AppContext } from "../../context.js";
import { operationCost } from "../../graphql/cost.js";
import { codedError } from "../../graphql/errors.js";
import { assertOperationScope } from "./scopes.js";

/** What `extensions.cost` reports: GitHub's rateLimit object, in our cost points. */
export interface CostReport {
  requested: number;
  limit: number;
  remaining: number;
  resetAt: string;
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
        async didResolveOperation({ contextValue: ctx, document, operation, request, schema }) {
          if (!operation) return;
          assertOperationScope(ctx, operation.operation);
          const [kind, id] = ctx.apiKey
            ? (["key", ctx.apiKey.id] as const)
            : (["user", ctx.auth?.userId] as const);
          if (!id) return;
          const requested = operationCost(schema, document, operation, request.variables);
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

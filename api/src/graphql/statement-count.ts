import type { ApolloServerPlugin } from "@apollo/server";
import { currentStatementCount } from "../db/statement-counter.js";

/**
 * Reports the SQL statements a request sent in `extensions.sqlStatements`
 * (enabled by EXPOSE_SQL_STATEMENT_COUNT for tests and benchmarks), so N+1
 * regressions show up as numbers. The counter scope is opened by server.ts.
 */
export function statementCountPlugin(enabled: boolean): ApolloServerPlugin {
  return {
    async requestDidStart() {
      if (!enabled) return {};
      return {
        async willSendResponse({ response }) {
          if (response.body.kind !== "single") return;
          const count = currentStatementCount();
          if (count === undefined) return;
          response.body.singleResult.extensions = {
            ...response.body.singleResult.extensions,
            sqlStatements: count,
          };
        },
      };
    },
  };
}

import type { ApolloServerPlugin } from "@apollo/server";
import { ApolloArmor } from "@escape.tech/graphql-armor";
import type { ValidationRule } from "graphql";
import type { Config } from "../config.js";
import { COST_RULES, pageSizeCostPlugin } from "./cost.js";

export interface QueryLimits {
  /** Apollo plugins (suggestion masking). */
  plugins: ApolloServerPlugin[];
  /** Validation rules for depth, aliases, directives and cost; shared by HTTP and WebSocket. */
  validationRules: ValidationRule[];
  /** Parser token limit: Apollo's `parseOptions.maxTokens` and graphql-ws's parse. */
  maxTokens: number;
}

/**
 * One set of limits for every transport. Figures are deliberate: the deepest
 * legitimate query (connection → edges → node → modules → lessons → quiz →
 * questions) is 9 levels, so 12 leaves room for fragments; cost counts objects
 * at 2 and scalars at 1, times 1.5 per level and times `first`/`last` (a literal
 * here; a variable in pageSizeCostPlugin once its value is known),
 * so a 100-item catalog page of rich cards fits under 20,000 and a nested
 * 100 × 100 × 100 fan-out does not.
 */
export function createQueryLimits(config: Config["graphql"]): QueryLimits {
  const armor = new ApolloArmor({
    maxDepth: { n: config.maxDepth, ignoreIntrospection: true, flattenFragments: true },
    maxAliases: { n: config.maxAliases },
    maxDirectives: { n: config.maxDirectives },
    // Apollo's own parser enforces the token limit (server.ts `parseOptions`),
    // so an oversized or malformed document is a 400 GRAPHQL_PARSE_FAILED.
    // armor's plugin re-parses in `parsingDidStart` and turns every syntax
    // error into a 500 through its `unexpectedErrorProcessingRequest` hook.
    maxTokens: { enabled: false, n: config.maxTokens },
    costLimit: {
      maxCost: config.maxCost,
      ...COST_RULES,
    },
    blockFieldSuggestion: { enabled: !config.fieldSuggestions },
  });
  const protection = armor.protect();
  // graphql-armor's typings point at Apollo's CommonJS build; the plugins are the same objects.
  return {
    plugins: [...(protection.plugins as unknown as ApolloServerPlugin[]), pageSizeCostPlugin(config.maxCost)],
    validationRules: protection.validationRules,
    maxTokens: config.maxTokens,
  };
}

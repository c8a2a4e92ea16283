import type { ApolloServerPlugin } from "@apollo/server";
import { costLimitRule } from "@escape.tech/graphql-armor-cost-limit";
import {
  type ArgumentNode,
  type DocumentNode,
  type GraphQLSchema,
  Kind,
  type OperationDefinitionNode,
  validate,
  valueFromASTUntyped,
  visit,
} from "graphql";
import { codedError } from "./errors.js";

/**
 * How a query is priced: graphql-armor's cost rule with these figures, used by the per-request
 * limit (limits.ts), the partner cost budgets (partners/cost-budget.ts) and the page-size check
 * below, so every reported cost is the number the limit is compared with.
 */
export const COST_RULES = {
  objectCost: 2,
  scalarCost: 1,
  depthCostFactor: 1.5,
  ignoreIntrospection: true,
} as const;

const PAGE_SIZE_ARGUMENTS = new Set(["first", "last"]);

/** True when some `first`/`last` argument of the operation (or its fragments) is a variable. */
function pagesByVariable(document: DocumentNode): boolean {
  let found = false;
  visit(document, {
    Argument(node: ArgumentNode) {
      if (PAGE_SIZE_ARGUMENTS.has(node.name.value) && node.value.kind === Kind.VARIABLE) found = true;
    },
  });
  return found;
}

/**
 * The document with `first: $n` / `last: $n` replaced by the request's value (or the variable's
 * default). armor's rule only multiplies by literal page sizes, so without this a client could
 * ask `courses(first: $n)` with n = 100 at the price of one item.
 */
export function inlinePageSizes(
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown> | undefined,
): DocumentNode {
  const defaults = new Map(
    (operation.variableDefinitions ?? []).map((definition) => [
      definition.variable.name.value,
      definition.defaultValue ? valueFromASTUntyped(definition.defaultValue) : undefined,
    ]),
  );
  return visit(document, {
    Argument(node: ArgumentNode) {
      if (!PAGE_SIZE_ARGUMENTS.has(node.name.value) || node.value.kind !== Kind.VARIABLE) return undefined;
      const name = node.value.name.value;
      const value = variables && name in variables ? variables[name] : defaults.get(name);
      if (typeof value !== "number" || !Number.isInteger(value) || value < 1) return undefined;
      return { ...node, value: { kind: Kind.INT, value: String(value) } };
    },
  });
}

/**
 * The cost of the operation that will run, priced by graphql-armor's own cost rule with
 * COST_RULES and the request's page sizes, rounded up.
 */
export function operationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables?: Record<string, unknown>,
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
  validate(schema, inlinePageSizes(only, operation, variables), [rule]);
  return Math.ceil(cost);
}

/**
 * The per-request cost limit for operations whose page sizes are variables: validation (where
 * armor's rule runs) cannot see variables, so the operation is priced again once they are known,
 * and refused with the very error armor gives a literal page size.
 */
export function pageSizeCostPlugin(maxCost: number): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operation, request, schema }) {
          if (!operation || !pagesByVariable(document)) return;
          const cost = operationCost(schema, document, operation, request.variables);
          if (cost <= maxCost) return;
          throw codedError(
            "GRAPHQL_VALIDATION_FAILED",
            `Syntax Error: Query Cost limit of ${maxCost} exceeded, found ${cost}.`,
            { http: { status: 400 } },
          );
        },
      };
    },
  };
}

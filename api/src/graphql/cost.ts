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

/** The variables some `first`/`last` argument of the document (or its fragments) takes its value from. */
function pageSizeVariables(document: DocumentNode): string[] {
  const names = new Set<string>();
  visit(document, {
    Argument(node: ArgumentNode) {
      if (PAGE_SIZE_ARGUMENTS.has(node.name.value) && node.value.kind === Kind.VARIABLE)
        names.add(node.value.name.value);
    },
  });
  return [...names];
}

/**
 * What pricing remembers of one parsed document: Apollo keeps one DocumentNode per query text
 * and hands it to every request sending that text, so the catalog page is walked once, not
 * twice per request (validating the inlined document was ~2% of the API's CPU per page,
 * bench/RESULTS.md C7). Keyed by schema too: a document is only priced against its own.
 */
interface PricedDocument {
  pageVariables: string[];
  /** Cost by operation name and page sizes; cleared when a client cycles through many sizes. */
  costs: Map<string, number>;
}

const MAX_PRICES_PER_DOCUMENT = 64;
const priced = new WeakMap<GraphQLSchema, WeakMap<DocumentNode, PricedDocument>>();

function pricedDocument(schema: GraphQLSchema, document: DocumentNode): PricedDocument {
  let bySchema = priced.get(schema);
  if (!bySchema) {
    bySchema = new WeakMap();
    priced.set(schema, bySchema);
  }
  let found = bySchema.get(document);
  if (!found) {
    found = { pageVariables: pageSizeVariables(document), costs: new Map() };
    bySchema.set(document, found);
  }
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
 * COST_RULES and the request's page sizes, rounded up. Remembered per document, operation and
 * page sizes (the only inputs the price depends on).
 */
export function operationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables?: Record<string, unknown>,
) {
  const memo = pricedDocument(schema, document);
  const key = [
    operation.name?.value ?? "",
    ...memo.pageVariables.map((name) => {
      if (!variables || !(name in variables)) return "default";
      // Only a positive integer is inlined (inlinePageSizes); anything else prices as unset.
      const value = variables[name];
      return typeof value === "number" && Number.isInteger(value) && value >= 1 ? String(value) : "-";
    }),
  ].join(":");
  const known = memo.costs.get(key);
  if (known !== undefined) return known;
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
  if (memo.costs.size >= MAX_PRICES_PER_DOCUMENT) memo.costs.clear();
  memo.costs.set(key, Math.ceil(cost));
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
          if (!operation || pricedDocument(schema, document).pageVariables.length === 0) return;
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

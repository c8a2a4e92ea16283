import { buildSchema, type OperationDefinitionNode, parse } from "graphql";
import { describe, expect, it } from "vitest";
import { operationCost } from "./cost.js";

// operationCost remembers prices per document; these check the memo never answers with the
// price of other page sizes, or another operation.

const schema = buildSchema(`
  type Item { id: ID! name: String! tags: [String!]! }
  type Query { items(first: Int, last: Int): [Item!]! one: Item }
`);

const document = parse(`
  query Page($n: Int, $m: Int = 3) { a: items(first: $n) { id name } b: items(last: $m) { id } }
  query Single { one { id name tags } }
`);
const [page, single] = document.definitions as OperationDefinitionNode[];

/** The same operation priced with literal sizes: the figure the memo must reproduce. */
const literal = (n: number, m: number) => {
  const doc = parse(`{ a: items(first: ${n}) { id name } b: items(last: ${m}) { id } }`);
  return operationCost(schema, doc, doc.definitions[0] as OperationDefinitionNode);
};

describe("operationCost", () => {
  it("prices each page size sent, remembered or not", () => {
    const hundred = operationCost(schema, document, page!, { n: 100 });
    const ten = operationCost(schema, document, page!, { n: 10 });
    expect(hundred).toBe(literal(100, 3));
    expect(ten).toBe(literal(10, 3));
    expect(hundred).toBeGreaterThan(ten);
    expect(operationCost(schema, document, page!, { n: 100 })).toBe(hundred);
    expect(operationCost(schema, document, page!, { n: 10, m: 50 })).toBe(literal(10, 50));
  });

  it("uses the default when a size is not sent, and prices a non-integer as unset", () => {
    expect(operationCost(schema, document, page!, { n: 7 })).toBe(literal(7, 3));
    const unset = operationCost(schema, document, page!, { n: "many" });
    expect(unset).toBe(operationCost(schema, document, page!, { n: null }));
    expect(unset).toBeLessThan(literal(2, 3));
  });

  it("keeps the operations of one document apart", () => {
    const one = operationCost(schema, document, single!);
    const doc = parse("{ one { id name tags } }");
    expect(one).toBe(operationCost(schema, doc, doc.definitions[0] as OperationDefinitionNode));
    expect(one).not.toBe(operationCost(schema, document, page!, { n: 10 }));
  });
});

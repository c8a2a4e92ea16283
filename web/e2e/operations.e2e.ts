import { print } from "graphql";
import { describe, expect, it } from "vitest";
import * as generated from "../src/gql/graphql";
import { gql, logIn } from "./support/api";
import { baseUrl } from "./support/browser";

type Operation = { name: string; query: string };

/** Every query document the web app sends (the generated TypedDocumentNodes). */
function queries(): Operation[] {
  return Object.entries(generated)
    .filter(([name, value]) => name.endsWith("Document") && typeof value === "object" && value !== null)
    .map(([name, value]) => ({ name, query: print(value as Parameters<typeof print>[0]) }))
    .filter(({ query }) => /^\s*query\b/.test(query));
}

describe("the web app's operations against the running API", () => {
  it("every query passes the API's validation and cost limits", async () => {
    const token = await logIn("admin@campus.test");
    const rejected: string[] = [];
    for (const { name, query } of queries()) {
      const response = await fetch(`${baseUrl()}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
        // No variables: required ones fail coercion, after validation has run.
        body: JSON.stringify({ query }),
      });
      const body = (await response.json()) as {
        errors?: Array<{ message: string; extensions?: { code?: string } }>;
      };
      for (const error of body.errors ?? []) {
        if (error.extensions?.code === "GRAPHQL_VALIDATION_FAILED")
          rejected.push(`${name}: ${error.message}`);
      }
    }
    expect(rejected).toEqual([]);
    expect(queries().length).toBeGreaterThan(10);
  });

  it("the API answers the catalog query the home page sends", async () => {
    const data = await gql<{ courses: { totalCount: number } }>(`{ courses(first: 1) { totalCount } }`);
    expect(data.courses.totalCount).toBeGreaterThan(0);
  });
});

import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { createLogger } from "../src/logger.js";
import { createCampusPubSub } from "../src/realtime/pubsub.js";
import { buildCampusSchema, printSortedSchema, schemaFile } from "../src/schema.js";

describe("schema.graphql", () => {
  it("is exactly what the code emits (run `pnpm schema:emit` and `pnpm codegen` after changing the API)", async () => {
    const schema = await buildCampusSchema(createCampusPubSub(undefined, createLogger("silent")));
    expect(await readFile(schemaFile, "utf8")).toBe(printSortedSchema(schema));
  });

  it("describes every type and field (it is the API reference Sandbox shows)", async () => {
    const schema = await buildCampusSchema(createCampusPubSub(undefined, createLogger("silent")));
    const missing: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith("__") || ["String", "Int", "Float", "Boolean", "ID"].includes(type.name))
        continue;
      // Root operation types cannot carry a description in type-graphql; their fields do.
      const isRoot = ["Query", "Mutation", "Subscription"].includes(type.name);
      if (!type.description && !isRoot) missing.push(type.name);
      if ("getFields" in type) {
        for (const field of Object.values(type.getFields())) {
          if (!field.description) missing.push(`${type.name}.${field.name}`);
        }
      }
    }
    expect(missing).toEqual([]);
  });
});

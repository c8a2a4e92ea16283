import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { type GraphQLSchema, isObjectType, lexicographicSortSchema, printSchema } from "graphql";
import { buildSchema } from "type-graphql";
import { authChecker } from "./auth/auth-checker.js";
import { repoRoot } from "./config.js";
import { toGlobalId } from "./graphql/global-id.js";
import type { CampusPubSub } from "./realtime/pubsub.js";
import { resolvers } from "./resolvers.js";

/**
 * Builds the executable schema from every module's resolvers. Object ids are
 * turned into global ids here, once, for every type implementing Node, so no
 * resolver can leak a raw uuid.
 */
export async function buildCampusSchema(pubSub: CampusPubSub): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    resolvers,
    authChecker,
    pubSub,
    validate: false,
  });
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || !type.getInterfaces().some((i) => i.name === "Node")) continue;
    const field = type.getFields().id;
    if (!field) continue;
    const typeName = type.name;
    field.resolve = (source: { id: string }) => toGlobalId(typeName, source.id);
  }
  return schema;
}

/** The SDL committed as schema.graphql: sorted so diffs show real changes only. */
export function printSortedSchema(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}

export const schemaFile = join(repoRoot, "schema.graphql");

export async function emitSchemaFile(schema: GraphQLSchema, path = schemaFile): Promise<void> {
  await writeFile(path, printSortedSchema(schema), "utf8");
}

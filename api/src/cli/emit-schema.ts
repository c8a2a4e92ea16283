// Writes schema.graphql from the code (pnpm schema:emit). CI's drift test fails
// when the committed file differs from what this prints.
import "reflect-metadata";
import { createLogger } from "../logger.js";
import { createCampusPubSub } from "../realtime/pubsub.js";
import { buildCampusSchema, emitSchemaFile, schemaFile } from "../schema.js";

const schema = await buildCampusSchema(createCampusPubSub(undefined, createLogger("silent")));
await emitSchemaFile(schema);
console.log(`wrote ${schemaFile}`);

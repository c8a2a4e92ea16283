// Process entry: configuration, database, server, graceful shutdown.
import "reflect-metadata";
import { createApp } from "./app.js";
import { ConfigError, loadConfig } from "./config.js";
import { createLogger } from "./logger.js";
import { buildCampusSchema } from "./schema.js";
import { createCampusServer } from "./server.js";

async function main() {
  let config: ReturnType<typeof loadConfig>;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(78); // EX_CONFIG
    }
    throw error;
  }
  const logger = createLogger(config.logLevel);
  const started = performance.now();
  const app = await createApp(config, logger);
  const schema = await buildCampusSchema(app.pubsub);
  const server = await createCampusServer(app, schema);

  await new Promise<void>((resolve, reject) => {
    server.httpServer.once("error", reject);
    server.httpServer.listen(config.port, config.host, resolve);
  });
  const address = server.httpServer.address();
  const port = typeof address === "object" && address ? address.port : config.port;
  logger.info(
    {
      port,
      database: config.database.kind,
      pubsub: config.redisUrl ? "redis" : "in-process",
      readyMs: Math.round(performance.now() - started),
    },
    `Campus is ready on http://localhost:${port}/ (GraphQL at /graphql)`,
  );

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, "shutting down: finishing in-flight requests");
    const force = setTimeout(() => {
      logger.error("shutdown timed out; exiting");
      process.exit(1);
    }, config.shutdownTimeoutMs + 5_000);
    force.unref();
    try {
      await server.stop();
      await app.close();
      logger.info("shutdown complete");
      process.exit(0);
    } catch (error) {
      logger.error({ err: error }, "shutdown failed");
      process.exit(1);
    }
  };
  process.on("SIGTERM", () => void shutdown("SIGTERM"));
  process.on("SIGINT", () => void shutdown("SIGINT"));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});

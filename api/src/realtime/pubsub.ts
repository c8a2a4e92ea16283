import { createRedisEventTarget } from "@graphql-yoga/redis-event-target";
import { createPubSub } from "@graphql-yoga/subscription";
import { Redis } from "ioredis";
import type { Logger } from "../logger.js";

/** What type-graphql needs from a pub/sub engine, plus a way to stop it. */
export interface CampusPubSub {
  publish(topic: string, ...args: unknown[]): void;
  subscribe(topic: string, id?: unknown): AsyncIterable<unknown>;
  close(): Promise<void>;
}

/**
 * In-process pub/sub by default; with REDIS_URL every replica publishes to and
 * listens on Redis, so a subscriber on one replica gets events caused on another.
 */
export function createCampusPubSub(redisUrl: string | undefined, logger: Logger): CampusPubSub {
  if (!redisUrl) {
    const pubSub = createPubSub();
    return {
      publish: (topic, ...args) => (pubSub.publish as (t: string, ...a: unknown[]) => void)(topic, ...args),
      subscribe: (topic, id) =>
        id === undefined ? pubSub.subscribe(topic) : pubSub.subscribe(topic, id as string),
      close: async () => {},
    };
  }
  // Redis clients retry forever with capped backoff so subscriptions resume
  // when Redis comes back; offline publishes are queued by ioredis.
  const options = {
    lazyConnect: false,
    maxRetriesPerRequest: null,
    retryStrategy: (attempt: number) => Math.min(attempt * 200, 2_000),
  };
  const publishClient = new Redis(redisUrl, options);
  const subscribeClient = new Redis(redisUrl, options);
  for (const [name, client] of [
    ["publish", publishClient],
    ["subscribe", subscribeClient],
  ] as const) {
    client.on("error", (error: Error) => logger.warn({ err: error, client: name }, "redis pub/sub error"));
  }
  const eventTarget = createRedisEventTarget({ publishClient, subscribeClient });
  const pubSub = createPubSub({ eventTarget });
  return {
    publish: (topic, ...args) => (pubSub.publish as (t: string, ...a: unknown[]) => void)(topic, ...args),
    subscribe: (topic, id) =>
      id === undefined ? pubSub.subscribe(topic) : pubSub.subscribe(topic, id as string),
    close: async () => {
      await Promise.allSettled([publishClient.quit(), subscribeClient.quit()]);
    },
  };
}

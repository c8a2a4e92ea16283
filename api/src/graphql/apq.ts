import type { ApolloServerOptions, ApolloServerPlugin, BaseContext } from "@apollo/server";
import { KeyvAdapter } from "@apollo/utils.keyvadapter";
import { createKeyvNonBlocking } from "@keyv/redis";

/** Registered queries live a week: long enough for app releases, short enough to forget dead ones. */
const TTL_SECONDS = 7 * 86_400;

/**
 * Automatic persisted queries: a client sends the query's SHA-256 first and the full text only
 * when the server answers PERSISTED_QUERY_NOT_FOUND. Apollo's default cache is per process; with
 * REDIS_URL every replica shares one, so a query registered on one replica is known to all.
 * The non-blocking Keyv treats Redis errors as cache misses: APQ then degrades to full queries.
 */
export function persistedQueries(redisUrl: string | undefined): {
  options: Pick<ApolloServerOptions<BaseContext>, "persistedQueries">;
  plugin: ApolloServerPlugin;
} {
  if (!redisUrl) return { options: { persistedQueries: { ttl: TTL_SECONDS } }, plugin: {} };
  const keyv = createKeyvNonBlocking(redisUrl, { namespace: "campus:apq" });
  // One keyv@5 at run time; TypeScript sees its CommonJS and ESM typings as two classes.
  const cache = new KeyvAdapter(keyv as unknown as ConstructorParameters<typeof KeyvAdapter<string>>[0]);
  return {
    options: { persistedQueries: { cache, ttl: TTL_SECONDS } },
    plugin: {
      serverWillStart: async () => ({
        serverWillStop: async () => {
          await keyv.disconnect().catch(() => undefined);
        },
      }),
    },
  };
}

import type { ApolloServerPlugin } from "@apollo/server";

/**
 * Every GraphQL response is `cache-control: no-store`: answers depend on the viewer and change
 * with every booking, so no browser or proxy may keep them (a GET query included).
 *
 * Apollo's default cache-control plugin gave the same header, but it computes a cache policy
 * for every field of every response, and any plugin with a per-field hook makes Apollo wrap
 * every resolver in the schema: about 3% of the API's CPU per catalog page for hints this API
 * never sets (bench/RESULTS.md, C6). server.ts turns it off and installs this instead.
 */
export function noStorePlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          if (!response.http.headers.has("cache-control"))
            response.http.headers.set("cache-control", "no-store");
        },
      };
    },
  };
}

import { authExchange } from "@urql/exchange-auth";
import { createClient as createWebSocketClient, type Client as WebSocketClient } from "graphql-ws";
import { Client, type CombinedError, fetchExchange, subscriptionExchange } from "urql";
import { accessTokenExpiring, getSession } from "./auth";
import { createCacheExchange } from "./cache";
import { freshSession, refreshSession } from "./refresh";

export const GRAPHQL_PATH = "/graphql";

/** The graphql-ws URL on the page's own origin: the API serves both on one path. */
export function webSocketUrl(location: Pick<Location, "protocol" | "host">): string {
  const protocol = location.protocol === "https:" ? "wss:" : "ws:";
  return `${protocol}//${location.host}${GRAPHQL_PATH}`;
}

export type CampusClientOptions = {
  /** Defaults to `/graphql` on the page's origin. */
  url?: string;
  /** Replaces the global fetch (tests answer with fixtures through it). */
  fetch?: typeof fetch;
  /** Replaces the graphql-ws client (tests push subscription events through it). */
  webSocket?: Pick<WebSocketClient, "subscribe" | "dispose">;
};

export type LiveStatus = "idle" | "connecting" | "connected";

/** Whether the subscription socket is up, for the "live" indicators. */
export type LiveStatusStore = {
  get(): LiveStatus;
  subscribe(listener: () => void): () => void;
};

export type CampusClient = { client: Client; live: LiveStatusStore; dispose(): void };

function createLiveStatusStore() {
  let status: LiveStatus = "idle";
  const listeners = new Set<() => void>();
  return {
    get: () => status,
    set(next: LiveStatus) {
      if (next === status) return;
      status = next;
      for (const listener of listeners) listener();
    },
    subscribe(listener: () => void) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  };
}

const isAuthError = (error: CombinedError) =>
  error.graphQLErrors.some((e) => e.extensions?.code === "UNAUTHENTICATED") || error.response?.status === 401;

/**
 * One urql client per signed-in identity: the app makes a new one when the
 * viewer changes, so nothing cached for one person is shown to the next.
 * Token refreshes keep the client (same person, same cache).
 */
export function createCampusClient(options: CampusClientOptions = {}): CampusClient {
  const url = options.url ?? GRAPHQL_PATH;
  const fetchImpl = options.fetch;
  const live = createLiveStatusStore();
  const webSocketClient =
    options.webSocket ??
    createWebSocketClient({
      url: () => webSocketUrl(window.location),
      lazy: true,
      // The server authenticates a socket once, in connection_init, and closes it
      // (4403) for an expired token: refresh first, on every (re)connection.
      connectionParams: async () => {
        const session = await freshSession(url, fetchImpl);
        return session ? { authorization: `Bearer ${session.accessToken}` } : {};
      },
      retryAttempts: Number.POSITIVE_INFINITY,
      shouldRetry: () => true,
      on: {
        connecting: () => live.set("connecting"),
        connected: () => live.set("connected"),
        closed: () => live.set("connecting"),
      },
    });

  const client = new Client({
    url,
    fetch: fetchImpl,
    // urql sends short queries as GET by default; Apollo Server's CSRF
    // prevention rejects a GET without a preflight header, so always POST.
    preferGetMethod: false,
    exchanges: [
      createCacheExchange(),
      authExchange(async (utils) => ({
        addAuthToOperation(operation) {
          const token = getSession()?.accessToken;
          return token ? utils.appendHeaders(operation, { Authorization: `Bearer ${token}` }) : operation;
        },
        willAuthError() {
          const session = getSession();
          return session !== null && accessTokenExpiring(session);
        },
        didAuthError: (error) => isAuthError(error) && getSession() !== null,
        async refreshAuth() {
          try {
            await refreshSession(url, fetchImpl);
          } catch {
            // Network trouble: the retried operation reports it.
          }
        },
      })),
      fetchExchange,
      subscriptionExchange({
        forwardSubscription(request) {
          const operation = { ...request, query: request.query ?? "" };
          return {
            subscribe(sink) {
              const unsubscribe = webSocketClient.subscribe(operation, sink);
              return { unsubscribe };
            },
          };
        },
      }),
    ],
  });

  return {
    client,
    live,
    dispose() {
      void webSocketClient.dispose();
    },
  };
}

import { filter, pipe } from "@graphql-yoga/subscription";
import type { AppContext, Viewer } from "../context.js";
import { LoaderRegistry } from "../graphql/loaders.js";
import type { CampusPubSub } from "./pubsub.js";

// One registry of `sharedPerEvent` loaders per event payload, dropped with the payload.
const sharedLoaders = new WeakMap<object, LoaderRegistry>();

/**
 * A subscription keeps one context for its whole life. Before each event is
 * checked and resolved, the DataLoader caches are dropped and the viewer is
 * re-read, so an event is never answered from stale rows nor shown to someone
 * whose account or roles changed since they subscribed.
 *
 * Given the `event`, the loaders declared `sharedPerEvent` are shared by every subscriber
 * resolving it on this replica: the pub/sub hands them all the same payload object (one
 * JSON.parse per Redis message), so 1,000 subscribers of a schedule cost one read per event,
 * not 1,000. Viewer-dependent loaders stay per subscriber.
 */
export async function refreshForEvent(ctx: AppContext, event?: unknown): Promise<Viewer | null> {
  ctx.loaders = new LoaderRegistry(
    typeof event === "object" && event !== null ? sharedFor(event) : undefined,
  );
  if (ctx.auth) ctx.signIn(ctx.auth.userId);
  return ctx.viewer();
}

function sharedFor(event: object): LoaderRegistry {
  let registry = sharedLoaders.get(event);
  if (!registry) {
    registry = new LoaderRegistry();
    sharedLoaders.set(event, registry);
  }
  return registry;
}

/**
 * Subscribes to `topic` and lets through only the events `allowed` accepts
 * (the per-event authorization). A failing check drops the event rather than
 * ending the subscription.
 */
export function authorizedEvents<T>(
  pubsub: CampusPubSub,
  topic: string,
  allowed: (event: T) => Promise<boolean>,
): AsyncIterable<T> {
  const source = pubsub.subscribe(topic) as AsyncIterable<T>;
  return pipe(
    source,
    filter(async (event: T) => {
      try {
        return await allowed(event);
      } catch {
        return false;
      }
    }),
  );
}

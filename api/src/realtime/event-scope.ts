import { filter, pipe } from "@graphql-yoga/subscription";
import type { AppContext, Viewer } from "../context.js";
import { LoaderRegistry } from "../graphql/loaders.js";
import type { CampusPubSub } from "./pubsub.js";

/**
 * A subscription keeps one context for its whole life. Before each event is
 * checked and resolved, the DataLoader caches are dropped and the viewer is
 * re-read, so an event is never answered from stale rows nor shown to someone
 * whose account or roles changed since they subscribed.
 */
export async function refreshForEvent(ctx: AppContext): Promise<Viewer | null> {
  ctx.loaders = new LoaderRegistry();
  if (ctx.auth) ctx.signIn(ctx.auth.userId);
  return ctx.viewer();
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

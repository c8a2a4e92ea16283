import { Arg, Ctx, ID, Resolver, Root, Subscription } from "type-graphql";
import type { AppContext } from "../../context.js";
import { notFound } from "../../graphql/errors.js";
import { fromGlobalIdOf } from "../../graphql/global-id.js";
import { authorizedEvents, refreshForEvent } from "../../realtime/event-scope.js";
import { topics } from "../../realtime/topics.js";
import { liveSessionAccess } from "./live-session.access.js";
import type { LiveSessionUpdatedEvent } from "./live-session.events.js";
import { liveSessionById } from "./live-session.loaders.js";
import { LiveSession, type LiveSessionRow } from "./live-session.types.js";

/** The session when the viewer (as of now) may see it. */
async function visibleSession(ctx: AppContext, id: string): Promise<LiveSessionRow | null> {
  const session = await liveSessionById(ctx).load(id);
  return session && (await liveSessionAccess(ctx, session)).canView ? session : null;
}

@Resolver()
export class LiveSessionSubscriptions {
  @Subscription(() => LiveSession, {
    description:
      "A live session each time it changes: status, schedule, places taken, recording. Open to whoever may see the session.",
    subscribe: async ({ args, context }) => {
      const ctx = context as AppContext;
      const id = fromGlobalIdOf("LiveSession", String((args as { id: string }).id));
      const session = id ? await visibleSession(ctx, id) : null;
      if (!session) throw notFound("LiveSession");
      // Checked again for every event: the course may have been unpublished, the viewer's roles changed.
      return authorizedEvents<LiveSessionUpdatedEvent>(
        ctx.pubsub,
        topics.liveSessionUpdated(session.id),
        async (event) => {
          await refreshForEvent(ctx, event);
          return (await visibleSession(ctx, event.liveSessionId)) !== null;
        },
      );
    },
  })
  liveSessionUpdated(
    @Root() event: LiveSessionUpdatedEvent,
    @Arg("id", () => ID, { description: "The live session." }) _id: string,
    @Ctx() ctx: AppContext,
  ): Promise<LiveSessionRow | null> {
    return liveSessionById(ctx).load(event.liveSessionId);
  }
}

import { Ctx, Resolver, Root, Subscription } from "type-graphql";
import type { AppContext } from "../../context.js";
import { authorizedEvents, refreshForEvent } from "../../realtime/event-scope.js";
import { topics } from "../../realtime/topics.js";
import type { NotificationAddedEvent } from "./notification.events.js";
import { Notification } from "./notification.types.js";

@Resolver()
export class NotificationSubscriptions {
  @Subscription(() => Notification, {
    description: "The viewer's new notifications. Requires a signed-in socket.",
    subscribe: async ({ context }) => {
      const ctx = context as AppContext;
      const viewer = await ctx.requireViewer();
      return authorizedEvents<NotificationAddedEvent>(
        ctx.pubsub,
        topics.notificationAdded(viewer.id),
        async (event) => {
          const current = await refreshForEvent(ctx);
          return !!current && current.id === event.userId;
        },
      );
    },
  })
  notificationAdded(@Root() event: NotificationAddedEvent, @Ctx() ctx: AppContext) {
    return ctx.viewer().then((viewer) => ctx.services.notifications.get(viewer, event.notificationId));
  }
}

import { Arg, Args, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import type { AppContext } from "../../context.js";
import { PageArgsInput } from "../../graphql/page-args.js";
import { toPayload } from "../../graphql/payload.js";
import {
  MarkNotificationsReadInput,
  MarkNotificationsReadPayload,
  Notification,
  NotificationConnection,
} from "./notification.types.js";

@Resolver(() => Notification)
export class NotificationResolver {
  @Query(() => NotificationConnection, { description: "The viewer's notifications, newest first." })
  async notifications(
    @Arg("unreadOnly", () => Boolean, { nullable: true, description: "Only unread ones." }) unreadOnly:
      | boolean
      | null,
    @Args(() => PageArgsInput) page: PageArgsInput,
    @Ctx() ctx: AppContext,
  ) {
    return ctx.services.notifications.list(await ctx.requireViewer(), { unreadOnly }, page);
  }

  @Query(() => Int, { description: "How many of the viewer's notifications are unread." })
  async unreadNotificationCount(@Ctx() ctx: AppContext) {
    return ctx.services.notifications.unreadCount(await ctx.requireViewer());
  }

  @Mutation(() => MarkNotificationsReadPayload, {
    description: "Mark some or all of the viewer's notifications as read.",
  })
  async markNotificationsRead(
    @Arg("input", () => MarkNotificationsReadInput) input: MarkNotificationsReadInput,
    @Ctx() ctx: AppContext,
  ) {
    const viewer = await ctx.requireViewer();
    return toPayload(() => ctx.services.notifications.markRead(viewer, input), {
      notifications: [],
      markedCount: 0,
      unreadCount: 0,
    });
  }

  @FieldResolver(() => Boolean)
  read(@Root() notification: { readAt: Date | null }) {
    return notification.readAt !== null;
  }
}

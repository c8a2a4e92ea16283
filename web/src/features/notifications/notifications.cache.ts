import type { Cache, UpdateResolver } from "@urql/exchange-graphcache";
import type { MarkNotificationsReadMutation, NotificationAddedSubscription } from "../../gql/graphql";
import { UnreadNotificationCountQuery } from "./notifications.graphql";

function setUnreadCount(cache: Cache, next: (count: number) => number) {
  cache.updateQuery({ query: UnreadNotificationCountQuery }, (data) =>
    data ? { ...data, unreadNotificationCount: next(data.unreadNotificationCount) } : data,
  );
}

/** A new notification: one more unread, and the list shows it on its next read. */
export const notificationAdded: UpdateResolver<NotificationAddedSubscription> = (_result, _args, cache) => {
  setUnreadCount(cache, (count) => count + 1);
  cache.invalidate("Query", "notifications");
};

export const markNotificationsRead: UpdateResolver<MarkNotificationsReadMutation> = (
  result,
  _args,
  cache,
) => {
  const unread = result.markNotificationsRead?.unreadCount;
  if (typeof unread === "number") setUnreadCount(cache, () => unread);
};

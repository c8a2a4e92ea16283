import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useQuery, useSubscription } from "urql";
import { Icon } from "../../components/Icon";
import { NotificationAddedSubscription, UnreadNotificationCountQuery } from "./notifications.graphql";

/** The unread count, kept live by the notificationAdded subscription (see notifications.cache.ts). */
export function NotificationBell() {
  const { t } = useTranslation();
  const [{ data }] = useQuery({ query: UnreadNotificationCountQuery });
  useSubscription({ query: NotificationAddedSubscription });
  const count = data?.unreadNotificationCount ?? 0;
  return (
    <Link to="/notifications" className="bell" aria-label={t("notifications.bell", { count })}>
      <Icon name="bell" />
      {count > 0 ? (
        <span className="bell__count" aria-hidden="true">
          {count > 99 ? "99+" : count}
        </span>
      ) : null}
    </Link>
  );
}

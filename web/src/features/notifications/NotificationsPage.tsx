import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useMutation, useQuery } from "urql";
import { EmptyState, ErrorState, LoadingState } from "../../components/states";
import { graphql } from "../../gql/gql";
import { useFormat } from "../../i18n/format";

const NotificationsPageQuery = graphql(`
  query NotificationsPage {
    notifications(first: 50) {
      totalCount
      nodes {
        id
        title
        description
        link
        read
        createdAt
        type
      }
    }
  }
`);

const MarkNotificationsReadMutationDocument = graphql(`
  mutation MarkNotificationsRead($input: MarkNotificationsReadInput!) {
    markNotificationsRead(input: $input) {
      unreadCount
      notifications {
        id
        read
        readAt
      }
      userErrors {
        code
        message
      }
    }
  }
`);

/** Only links inside the app are followed; anything else is shown as text. */
const internalLink = (link: string | null | undefined) =>
  link?.startsWith("/") && !link.startsWith("//") ? link : null;

export function NotificationsPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const [{ data, fetching, error }, reexecute] = useQuery({ query: NotificationsPageQuery });
  const [{ fetching: marking }, markRead] = useMutation(MarkNotificationsReadMutationDocument);
  const nodes = data?.notifications.nodes ?? [];

  return (
    <section className="page" aria-labelledby="notifications-title">
      <header className="page__header">
        <h1 id="notifications-title">{t("notifications.title")}</h1>
        {nodes.some((n) => !n.read) ? (
          <button type="button" disabled={marking} onClick={() => void markRead({ input: { all: true } })}>
            {t("notifications.markAllRead")}
          </button>
        ) : null}
      </header>
      {fetching && !data ? <LoadingState label={t("notifications.loading")} /> : null}
      {error ? (
        <ErrorState error={error} onRetry={() => reexecute({ requestPolicy: "network-only" })} />
      ) : null}
      {data && nodes.length === 0 ? (
        <EmptyState>
          <p>{t("notifications.empty")}</p>
        </EmptyState>
      ) : null}
      <ul className="list">
        {nodes.map((notification) => {
          const link = internalLink(notification.link);
          return (
            <li key={notification.id} className={`list__item${notification.read ? "" : " is-unread"}`}>
              <p className="list__title">
                {notification.read ? null : (
                  <span className="visually-hidden">{t("notifications.unread")}: </span>
                )}
                {link ? <Link to={link}>{notification.title}</Link> : notification.title}
              </p>
              <p>{notification.description}</p>
              <time className="muted" dateTime={notification.createdAt}>
                {format.dateTime(notification.createdAt)}
              </time>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

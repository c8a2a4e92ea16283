import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { type FragmentType, useFragment } from "../../gql/fragment-masking";
import { graphql } from "../../gql/gql";
import { useFormat } from "../../i18n/format";

export const ConversationListItem_AiConversationFragment = graphql(`
  fragment ConversationListItem_AiConversation on AiConversation {
    id
    contextType
    startedAt
    lastMessageAt
    messageCount
  }
`);

function ConversationLink(props: {
  conversation: FragmentType<typeof ConversationListItem_AiConversationFragment>;
  current: boolean;
}) {
  const conversation = useFragment(ConversationListItem_AiConversationFragment, props.conversation);
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Link
      to={`/assistant?conversation=${encodeURIComponent(conversation.id)}`}
      aria-current={props.current ? "page" : undefined}
    >
      {t(`student.assistant.context.${conversation.contextType}`)} ·{" "}
      <time dateTime={conversation.lastMessageAt ?? conversation.startedAt}>
        {format.dateTime(conversation.lastMessageAt ?? conversation.startedAt)}
      </time>{" "}
      <span className="muted">
        {t("student.assistant.messageCount", { count: conversation.messageCount })}
      </span>
    </Link>
  );
}

/** The viewer's conversations, newest first, and the way to start a new one. */
export function ConversationList({
  conversations,
  currentId,
}: {
  conversations: ReadonlyArray<
    { id: string } & FragmentType<typeof ConversationListItem_AiConversationFragment>
  >;
  currentId: string | null;
}) {
  const { t } = useTranslation();
  return (
    <nav aria-label={t("student.assistant.conversations")} className="card">
      <h2>{t("student.assistant.conversations")}</h2>
      <p>
        <Link to="/assistant" aria-current={currentId === null ? "page" : undefined}>
          {t("student.assistant.newConversation")}
        </Link>
      </p>
      {conversations.length ? (
        <ul className="list">
          {conversations.map((conversation) => (
            <li key={conversation.id}>
              <ConversationLink conversation={conversation} current={conversation.id === currentId} />
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">{t("student.assistant.noConversations")}</p>
      )}
    </nav>
  );
}

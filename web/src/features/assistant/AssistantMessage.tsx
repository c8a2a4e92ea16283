import { useTranslation } from "react-i18next";
import { type FragmentType, useFragment } from "../../gql/fragment-masking";
import { graphql } from "../../gql/gql";
import { useFormat } from "../../i18n/format";

export const AssistantMessage_AiMessageFragment = graphql(`
  fragment AssistantMessage_AiMessage on AiMessage {
    id
    role
    content
    createdAt
    modelUsed
  }
`);

/** One turn of a conversation: who wrote it, when, and the text as written. */
export function AssistantMessage(props: {
  message: FragmentType<typeof AssistantMessage_AiMessageFragment>;
}) {
  const message = useFragment(AssistantMessage_AiMessageFragment, props.message);
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <article className={`card assistant-message assistant-message--${message.role.toLowerCase()}`}>
      <header className="muted">
        <strong>{t(`student.assistant.role.${message.role}`)}</strong> ·{" "}
        <time dateTime={message.createdAt}>{format.dateTime(message.createdAt)}</time>
        {message.modelUsed ? ` · ${message.modelUsed}` : null}
      </header>
      <p className="prose">{message.content}</p>
    </article>
  );
}

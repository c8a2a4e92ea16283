import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import { useQuery } from "urql";
import { ErrorState, isNotFound, LoadingState } from "../../components/states";
import { AssistantComposer } from "./AssistantComposer";
import { AssistantMessage } from "./AssistantMessage";
import { AssistantConversationQuery, AssistantConversationsQuery } from "./assistant.graphql";
import { ConversationList } from "./ConversationList";

function Conversation({ id }: { id: string }) {
  const { t } = useTranslation();
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: AssistantConversationQuery,
    variables: { id },
  });
  if (fetching && !data) return <LoadingState label={t("student.assistant.conversationLoading")} />;
  if (error && !isNotFound(error)) {
    return <ErrorState error={error} onRetry={() => reexecute({ requestPolicy: "network-only" })} />;
  }
  const conversation = data?.node?.__typename === "AiConversation" ? data.node : null;
  if (!conversation) {
    return (
      <p className="notice notice--error" role="alert">
        {t("student.assistant.conversationNotFound")}
      </p>
    );
  }
  return (
    <ol className="list" aria-live="polite" aria-label={t("student.assistant.messages")}>
      {conversation.messages.nodes.map((message) => (
        <li key={message.id}>
          <AssistantMessage message={message} />
        </li>
      ))}
    </ol>
  );
}

/**
 * The AI assistant: the viewer's conversations and a composer. Without a configured provider the
 * API refuses each message with a userError, shown as a notice; no reply is ever made up here.
 */
export function AssistantPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const conversationId = params.get("conversation");
  const [{ data, fetching, error }, reexecute] = useQuery({ query: AssistantConversationsQuery });

  return (
    <section className="page" aria-labelledby="assistant-title">
      <h1 id="assistant-title">{t("student.assistant.title")}</h1>
      <p className="lead">{t("student.assistant.intro")}</p>
      <div className="course-layout">
        <div>
          {conversationId ? <Conversation key={conversationId} id={conversationId} /> : null}
          <AssistantComposer
            key={conversationId ?? "new"}
            conversationId={conversationId}
            initialContext={{ courseId: params.get("courseId"), lessonId: params.get("lessonId") }}
            onSent={(id) => setParams({ conversation: id })}
          />
        </div>
        <aside>
          {fetching && !data ? <LoadingState label={t("student.assistant.listLoading")} /> : null}
          {error ? (
            <ErrorState error={error} onRetry={() => reexecute({ requestPolicy: "network-only" })} />
          ) : null}
          {data ? (
            <ConversationList conversations={data.aiConversations.nodes} currentId={conversationId} />
          ) : null}
        </aside>
      </div>
    </section>
  );
}

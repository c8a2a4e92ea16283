import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { useMutation, useQuery } from "urql";
import { FormField } from "../../components/FormField";
import { userErrorField, useUserErrorText } from "../../components/user-errors";
import { graphql } from "../../gql/gql";

const AssistantCoursesQuery = graphql(`
  query AssistantCourses {
    myEnrollments(first: 50) {
      nodes {
        id
        course {
          id
          title
        }
      }
    }
  }
`);

export const SendAssistantMessageMutation = graphql(`
  mutation SendAssistantMessage($input: SendAssistantMessageInput!) {
    sendAssistantMessage(input: $input) {
      conversation {
        id
        ...ConversationListItem_AiConversation
      }
      message {
        id
        ...AssistantMessage_AiMessage
      }
      reply {
        id
        ...AssistantMessage_AiMessage
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

const MAX_LENGTH = 4000;

type Context = { courseId: string | null; lessonId: string | null };

/**
 * Writes to the assistant. A new conversation may be about one of the viewer's courses (or the
 * lesson they came from); an existing one keeps its subject. The draft stays until a reply came.
 */
export function AssistantComposer({
  conversationId,
  initialContext,
  onSent,
}: {
  conversationId: string | null;
  initialContext: Context;
  onSent: (conversationId: string) => void;
}) {
  const { t } = useTranslation();
  const userErrorText = useUserErrorText();
  const [content, setContent] = useState("");
  const [context, setContext] = useState<Context>(initialContext);
  const [localError, setLocalError] = useState<string | null>(null);
  const [state, send] = useMutation(SendAssistantMessageMutation);
  const [{ data: courses }] = useQuery({ query: AssistantCoursesQuery, pause: conversationId !== null });
  const userErrors = state.data?.sendAssistantMessage.userErrors ?? [];
  const unavailable = userErrors.find((error) => error.code === "UNAVAILABLE");
  const contentError = userErrors.find((error) => userErrorField(error) === "content");
  const others = userErrors.filter((error) => error !== unavailable && error !== contentError);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const text = content.trim();
    if (!text) return setLocalError(t("student.assistant.messageRequired"));
    if (text.length > MAX_LENGTH)
      return setLocalError(t("student.assistant.messageTooLong", { max: MAX_LENGTH }));
    setLocalError(null);
    const input = conversationId
      ? { conversationId, content: text }
      : { content: text, courseId: context.courseId, lessonId: context.lessonId };
    const result = await send({ input });
    const sent = result.data?.sendAssistantMessage.conversation;
    if (sent && !result.data?.sendAssistantMessage.userErrors.length) {
      setContent("");
      onSent(sent.id);
    }
  };

  const enrolled = (courses?.myEnrollments.nodes ?? []).flatMap((e) => (e.course ? [e.course] : []));

  return (
    <form className="form card" onSubmit={submit} noValidate aria-label={t("student.assistant.composer")}>
      {unavailable ? (
        <div className="notice notice--warning" role="alert">
          <p>
            <strong>{t("student.assistant.unavailableTitle")}</strong>
          </p>
          <p>{userErrorText(unavailable)}</p>
          <p className="muted">{t("student.assistant.unavailableHelp")}</p>
        </div>
      ) : null}
      {others.map((error) => (
        <p key={`${error.code}:${error.message}`} className="notice notice--error" role="alert">
          {userErrorText(error)}
        </p>
      ))}
      {state.error ? (
        <p className="notice notice--error" role="alert">
          {t("common.actionError")}
        </p>
      ) : null}
      {conversationId === null ? (
        <FormField label={t("student.assistant.about")} hint={t("student.assistant.aboutHint")}>
          <select
            value={context.courseId ?? ""}
            onChange={(event) => setContext({ courseId: event.target.value || null, lessonId: null })}
          >
            <option value="">{t("student.assistant.general")}</option>
            {context.courseId && !enrolled.some((c) => c.id === context.courseId) ? (
              <option value={context.courseId}>{t("student.assistant.linkedCourse")}</option>
            ) : null}
            {enrolled.map((course) => (
              <option key={course.id} value={course.id}>
                {course.title}
              </option>
            ))}
          </select>
        </FormField>
      ) : null}
      {conversationId === null && context.lessonId ? (
        <p className="muted">
          {t("student.assistant.aboutLesson")}{" "}
          <button
            type="button"
            className="button--ghost button--small"
            onClick={() => setContext((c) => ({ ...c, lessonId: null }))}
          >
            {t("student.assistant.removeLesson")}
          </button>
        </p>
      ) : null}
      <FormField
        label={t("student.assistant.message")}
        hint={t("student.assistant.messageHint", { max: MAX_LENGTH })}
        error={localError ?? (contentError ? userErrorText(contentError) : undefined)}
      >
        <textarea
          value={content}
          rows={4}
          maxLength={MAX_LENGTH}
          onChange={(event) => {
            setContent(event.target.value);
            setLocalError(null);
          }}
        />
      </FormField>
      <div className="form__actions">
        <button type="submit" disabled={state.fetching}>
          {state.fetching ? t("student.assistant.sending") : t("student.assistant.send")}
        </button>
      </div>
    </form>
  );
}

import type {
  ConversationListItem_AiConversationFragment as Conversation,
  AssistantMessage_AiMessageFragment as Message,
} from "../../gql/graphql";

type Wire<T> = T & { __typename: string };

export const CONVERSATION_ID = "QWlDb252ZXJzYXRpb246MQ==";

export function conversationFixture(overrides: Partial<Conversation> = {}): Wire<Conversation> {
  return {
    __typename: "AiConversation",
    id: CONVERSATION_ID,
    contextType: "LESSON_HELP",
    startedAt: "2030-03-04T14:00:00.000Z",
    lastMessageAt: "2030-03-04T14:01:00.000Z",
    messageCount: 2,
    ...overrides,
  };
}

export function messageFixture(id: string, overrides: Partial<Message> = {}): Wire<Message> {
  return {
    __typename: "AiMessage",
    id,
    role: "USER",
    content: "What is a generic?",
    createdAt: "2030-03-04T14:00:00.000Z",
    modelUsed: null,
    ...overrides,
  };
}

/** What sendAssistantMessage answers on a server without an assistant provider. */
export const NO_PROVIDER = {
  data: {
    sendAssistantMessage: {
      __typename: "SendAssistantMessagePayload",
      conversation: null,
      message: null,
      reply: null,
      userErrors: [
        {
          __typename: "UserError",
          code: "UNAVAILABLE",
          field: null,
          message: "The AI assistant is not configured on this server (set ASSISTANT_API_URL).",
        },
      ],
    },
  },
};

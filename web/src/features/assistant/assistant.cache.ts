import type { UpdateResolver } from "@urql/exchange-graphcache";
import type { SendAssistantMessageMutation } from "../../gql/graphql";
import { AssistantConversationQuery, AssistantConversationsQuery } from "./assistant.graphql";

/**
 * A question and its reply: both go at the end of their conversation's cached messages, and a
 * conversation that just started goes on top of the list, without asking the server again.
 */
export const sendAssistantMessage: UpdateResolver<SendAssistantMessageMutation> = (result, _args, cache) => {
  const { conversation, message, reply } = result.sendAssistantMessage;
  if (!conversation) return;
  cache.updateQuery({ query: AssistantConversationsQuery }, (data) => {
    if (!data || data.aiConversations.nodes.some((node) => node.id === conversation.id)) return data;
    return {
      ...data,
      aiConversations: {
        ...data.aiConversations,
        totalCount: data.aiConversations.totalCount + 1,
        nodes: [conversation, ...data.aiConversations.nodes],
      },
    };
  });
  cache.updateQuery({ query: AssistantConversationQuery, variables: { id: conversation.id } }, (data) => {
    const node = data?.node;
    if (!data || node?.__typename !== "AiConversation") return data;
    const known = new Set(node.messages.nodes.map((m) => m.id));
    const added = [message, reply].flatMap((m) => (m && !known.has(m.id) ? [m] : []));
    if (!added.length) return data;
    return {
      ...data,
      node: { ...node, messages: { ...node.messages, nodes: [...node.messages.nodes, ...added] } },
    };
  });
};

import { graphql } from "../../gql/gql";

// The viewer's conversations, newest first; a new one is put on top by the cache.
export const AssistantConversationsQuery = graphql(`
  query AssistantConversations {
    aiConversations(first: 30) {
      totalCount
      nodes {
        id
        ...ConversationListItem_AiConversation
      }
    }
  }
`);

// One conversation's messages, oldest first; sent messages and replies are appended by the cache.
export const AssistantConversationQuery = graphql(`
  query AssistantConversation($id: ID!) {
    node(id: $id) {
      __typename
      id
      ... on AiConversation {
        contextType
        messages(last: 100) {
          nodes {
            id
            ...AssistantMessage_AiMessage
          }
        }
      }
    }
  }
`);

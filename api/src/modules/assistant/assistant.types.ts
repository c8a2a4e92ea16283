import { Field, ID, InputType, Int, ObjectType, registerEnumType } from "type-graphql";
import { connectionType } from "../../graphql/connection.js";
import { Node } from "../../graphql/node.js";
import { DateTimeScalar } from "../../graphql/scalars.js";
import { UserError } from "../../graphql/user-error.js";

export enum AiContextTypeEnum {
  GENERAL = "GENERAL",
  COURSE_HELP = "COURSE_HELP",
  LESSON_HELP = "LESSON_HELP",
  TECHNICAL_SUPPORT = "TECHNICAL_SUPPORT",
}
registerEnumType(AiContextTypeEnum, {
  name: "AiContextType",
  description: "What an assistant conversation is about.",
});

export enum AiMessageRoleEnum {
  USER = "USER",
  ASSISTANT = "ASSISTANT",
  SYSTEM = "SYSTEM",
}
registerEnumType(AiMessageRoleEnum, { name: "AiMessageRole", description: "Who wrote a message." });

@ObjectType({ implements: Node, description: "One message of an AI assistant conversation." })
export class AiMessage extends Node {
  @Field(() => AiMessageRoleEnum, { description: "Who wrote it." })
  role!: AiMessageRoleEnum;

  @Field(() => String, { description: "The text." })
  content!: string;

  @Field(() => Int, { nullable: true, description: "Tokens the provider counted for the reply." })
  tokensUsed!: number | null;

  @Field(() => String, { nullable: true, description: "Model that wrote the reply." })
  modelUsed!: string | null;

  @Field(() => Int, { nullable: true, description: "How long the provider took, in milliseconds." })
  responseTimeMs!: number | null;

  @Field(() => DateTimeScalar, { description: "When it was written." })
  createdAt!: Date;
}

export const AiMessageConnection = connectionType(
  AiMessage,
  "AiMessage",
  "Messages of a conversation, oldest first.",
);

@ObjectType({ implements: Node, description: "A conversation with the AI assistant (seed 002)." })
export class AiConversation extends Node {
  @Field(() => AiContextTypeEnum, { description: "What it is about." })
  contextType!: AiContextTypeEnum;

  @Field(() => ID, { nullable: true, description: "Global id of the course it is about, if any." })
  courseGlobalId?: string | null;

  @Field(() => ID, { nullable: true, description: "Global id of the lesson it is about, if any." })
  lessonGlobalId?: string | null;

  @Field(() => Int, { description: "Number of messages." })
  messageCount!: number;

  @Field(() => Boolean, { description: "Whether it is still open." })
  isActive!: boolean;

  @Field(() => Boolean, { description: "Flagged for a human to review." })
  requiresHumanReview!: boolean;

  @Field(() => DateTimeScalar, { description: "When it started." })
  startedAt!: Date;

  @Field(() => DateTimeScalar, { nullable: true, description: "When the last message was written." })
  lastMessageAt!: Date | null;

  courseId!: string | null;
  lessonId!: string | null;
}

export const AiConversationConnection = connectionType(
  AiConversation,
  "AiConversation",
  "A page of assistant conversations, newest first.",
);

@InputType({
  description: "A message to the assistant; without a conversation id a new conversation starts.",
})
export class SendAssistantMessageInput {
  @Field(() => ID, { nullable: true, description: "Continue this conversation of the viewer." })
  conversationId?: string | null;

  @Field(() => ID, { nullable: true, description: "Course the new conversation is about." })
  courseId?: string | null;

  @Field(() => ID, { nullable: true, description: "Lesson the new conversation is about." })
  lessonId?: string | null;

  @Field(() => AiContextTypeEnum, { nullable: true, description: "What the new conversation is about." })
  contextType?: AiContextTypeEnum | null;

  @Field(() => String, { description: "The question (at most 4000 characters)." })
  content!: string;
}

@ObjectType({ description: "Result of sendAssistantMessage." })
export class SendAssistantMessagePayload {
  @Field(() => AiConversation, { nullable: true, description: "The conversation." })
  conversation!: AiConversation | null;

  @Field(() => AiMessage, { nullable: true, description: "The viewer's message as stored." })
  message!: AiMessage | null;

  @Field(() => AiMessage, { nullable: true, description: "The assistant's reply." })
  reply!: AiMessage | null;

  @Field(() => [UserError], { description: "Why no reply came, if none did." })
  userErrors!: UserError[];
}

@InputType({ description: "Set or clear the human-review flag of a conversation." })
export class FlagAiConversationInput {
  @Field(() => ID, { description: "The conversation." })
  conversationId!: string;

  @Field(() => Boolean, { description: "True to ask for a human; only admins may clear it." })
  requiresHumanReview!: boolean;
}

@ObjectType({ description: "Result of flagAiConversation." })
export class FlagAiConversationPayload {
  @Field(() => AiConversation, { nullable: true, description: "The conversation after the change." })
  conversation!: AiConversation | null;

  @Field(() => [UserError], { description: "Why the change failed, if it did." })
  userErrors!: UserError[];
}

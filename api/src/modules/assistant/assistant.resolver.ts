import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import type { AppContext } from "../../context.js";
import { toGlobalId } from "../../graphql/global-id.js";
import { PageArgsInput } from "../../graphql/page-args.js";
import { toPayload } from "../../graphql/payload.js";
import {
  AiConversation,
  AiConversationConnection,
  AiMessageConnection,
  FlagAiConversationInput,
  FlagAiConversationPayload,
  SendAssistantMessageInput,
  SendAssistantMessagePayload,
} from "./assistant.types.js";

interface ConversationRow {
  id: string;
  courseId: string | null;
  lessonId: string | null;
}

@Resolver(() => AiConversation)
export class AssistantResolver {
  @Query(() => AiConversationConnection, {
    description:
      "The viewer's assistant conversations; admins may list every conversation flagged for review.",
  })
  async aiConversations(
    @Arg("requiresHumanReview", () => Boolean, { nullable: true, description: "Only flagged conversations." })
    requiresHumanReview: boolean | null,
    @Args(() => PageArgsInput) page: PageArgsInput,
    @Ctx() ctx: AppContext,
  ) {
    return ctx.services.assistant.list(await ctx.requireViewer(), { requiresHumanReview }, page);
  }

  @Mutation(() => SendAssistantMessagePayload, {
    description:
      "Ask the AI assistant. Without a configured provider this answers with a userError, never a made-up reply.",
  })
  async sendAssistantMessage(
    @Arg("input", () => SendAssistantMessageInput) input: SendAssistantMessageInput,
    @Ctx() ctx: AppContext,
  ) {
    const viewer = await ctx.requireViewer();
    return toPayload(() => ctx.services.assistant.send(viewer, input), {
      conversation: null,
      message: null,
      reply: null,
    });
  }

  @Mutation(() => FlagAiConversationPayload, {
    description: "Ask for (or, as an admin, clear) a human review.",
  })
  async flagAiConversation(
    @Arg("input", () => FlagAiConversationInput) input: FlagAiConversationInput,
    @Ctx() ctx: AppContext,
  ) {
    const viewer = await ctx.requireViewer();
    return toPayload(() => ctx.services.assistant.flagForReview(viewer, input), { conversation: null });
  }

  @FieldResolver(() => AiMessageConnection, { description: "The messages, oldest first." })
  messages(
    @Root() conversation: ConversationRow,
    @Args(() => PageArgsInput) page: PageArgsInput,
    @Ctx() ctx: AppContext,
  ) {
    return ctx.services.assistant.messages(conversation.id, page);
  }

  @FieldResolver(() => Int, { description: "Tokens used by the assistant's replies in this conversation." })
  tokensUsed(@Root() conversation: ConversationRow, @Ctx() ctx: AppContext) {
    return ctx.services.assistant.tokensUsed(conversation.id);
  }

  @FieldResolver(() => ID, { nullable: true, description: "Global id of the course it is about, if any." })
  courseGlobalId(@Root() conversation: ConversationRow) {
    return conversation.courseId ? toGlobalId("Course", conversation.courseId) : null;
  }

  @FieldResolver(() => ID, { nullable: true, description: "Global id of the lesson it is about, if any." })
  lessonGlobalId(@Root() conversation: ConversationRow) {
    return conversation.lessonId ? toGlobalId("Lesson", conversation.lessonId) : null;
  }
}

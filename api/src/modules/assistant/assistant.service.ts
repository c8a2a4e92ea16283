import { z } from "zod";
import { assertAllowed, isAdmin, isSelf } from "../../auth/policy.js";
import type { Viewer } from "../../context.js";
import type { CampusPrisma } from "../../db/client.js";
import { notFound } from "../../graphql/errors.js";
import { type PageArgs, paginate } from "../../graphql/pagination.js";
import { UserErrorCode, UserErrorsException, userError } from "../../graphql/user-error.js";
import { globalIdOf } from "../../lib/id-schema.js";
import { parseInput } from "../../lib/validation.js";
import { type AssistantProvider, AssistantUnavailableError, type ChatTurn } from "./assistant-provider.js";

export const conversationSelect = {
  id: true,
  userId: true,
  courseId: true,
  lessonId: true,
  startedAt: true,
  lastMessageAt: true,
  messageCount: true,
  contextType: true,
  isActive: true,
  requiresHumanReview: true,
} as const;

export const messageSelect = {
  id: true,
  conversationId: true,
  role: true,
  content: true,
  tokensUsed: true,
  modelUsed: true,
  responseTimeMs: true,
  createdAt: true,
} as const;

const HISTORY = 20;
const SYSTEM_PROMPT =
  "You are Campus's learning assistant. Help the learner understand the course material; say so when you do not know.";

const sendSchema = z.object({
  conversationId: globalIdOf("AiConversation", "conversation").nullish(),
  courseId: globalIdOf("Course", "course").nullish(),
  lessonId: globalIdOf("Lesson", "lesson").nullish(),
  contextType: z.enum(["GENERAL", "COURSE_HELP", "LESSON_HELP", "TECHNICAL_SUPPORT"]).nullish(),
  content: z.string().trim().min(1, "Write a message.").max(4000, "At most 4000 characters."),
});

/** AI assistant chats (seed 002): a user's own conversations; admins see all for human review. */
export class AssistantService {
  constructor(private readonly deps: { prisma: CampusPrisma; provider: AssistantProvider | null }) {}

  list(viewer: Viewer, filter: { requiresHumanReview?: boolean | null }, page: PageArgs) {
    // Admins review flagged conversations of everyone; anyone else sees their own.
    const where =
      filter.requiresHumanReview && isAdmin(viewer)
        ? { requiresHumanReview: true }
        : { userId: viewer.id, ...(filter.requiresHumanReview ? { requiresHumanReview: true } : {}) };
    return paginate(page, {
      sort: [{ field: "startedAt", direction: "desc" }],
      fetch: ({ cursorWhere, orderBy, take }) =>
        this.deps.prisma.aiConversation.findMany({
          where: cursorWhere ? { AND: [where, cursorWhere] } : where,
          orderBy,
          take,
          select: conversationSelect,
        }),
      count: () => this.deps.prisma.aiConversation.count({ where }),
    });
  }

  async get(viewer: Viewer | null, id: string) {
    const row = await this.deps.prisma.aiConversation.findUnique({
      where: { id },
      select: conversationSelect,
    });
    return row && (isSelf(viewer, row.userId) || isAdmin(viewer)) ? row : null;
  }

  /** Asks the provider first, then stores both messages: a failed reply leaves no half conversation. */
  async send(viewer: Viewer, input: unknown) {
    const data = parseInput(sendSchema, input);
    if (!this.deps.provider) {
      throw new UserErrorsException([
        userError(
          UserErrorCode.UNAVAILABLE,
          "The AI assistant is not configured on this server (set ASSISTANT_API_URL).",
        ),
      ]);
    }
    const existing = data.conversationId ? await this.get(viewer, data.conversationId) : null;
    if (data.conversationId && (!existing || existing.userId !== viewer.id)) throw notFound("Conversation");
    const history = existing
      ? await this.deps.prisma.aiMessage.findMany({
          where: { conversationId: existing.id },
          orderBy: { createdAt: "desc" },
          take: HISTORY,
          select: { role: true, content: true },
        })
      : [];
    const turns: ChatTurn[] = [
      { role: "system", content: SYSTEM_PROMPT },
      ...history
        .reverse()
        .map((m) => ({ role: m.role.toLowerCase() as ChatTurn["role"], content: m.content })),
      { role: "user", content: data.content },
    ];
    let reply: Awaited<ReturnType<AssistantProvider["reply"]>>;
    try {
      reply = await this.deps.provider.reply(turns);
    } catch (error) {
      if (!(error instanceof AssistantUnavailableError)) throw error;
      throw new UserErrorsException([userError(UserErrorCode.UNAVAILABLE, error.message)]);
    }
    const now = new Date();
    return this.deps.prisma.$transaction(async (tx) => {
      const conversation =
        existing ??
        (await tx.aiConversation.create({
          data: {
            userId: viewer.id,
            courseId: data.courseId ?? null,
            lessonId: data.lessonId ?? null,
            contextType:
              data.contextType ?? (data.lessonId ? "LESSON_HELP" : data.courseId ? "COURSE_HELP" : "GENERAL"),
          },
          select: { id: true },
        }));
      const question = await tx.aiMessage.create({
        data: { conversationId: conversation.id, role: "USER", content: data.content, createdAt: now },
        select: messageSelect,
      });
      const answer = await tx.aiMessage.create({
        data: {
          conversationId: conversation.id,
          role: "ASSISTANT",
          content: reply.content,
          tokensUsed: reply.tokensUsed,
          modelUsed: reply.model,
          responseTimeMs: reply.responseTimeMs,
          createdAt: new Date(now.getTime() + 1),
        },
        select: messageSelect,
      });
      const updated = await tx.aiConversation.update({
        where: { id: conversation.id },
        data: { messageCount: { increment: 2 }, lastMessageAt: answer.createdAt },
        select: conversationSelect,
      });
      return { conversation: updated, message: question, reply: answer };
    });
  }

  /** The owner asks for a human; an admin sets or clears the flag. */
  async flagForReview(viewer: Viewer, input: unknown) {
    const data = parseInput(
      z.object({
        conversationId: globalIdOf("AiConversation", "conversation"),
        requiresHumanReview: z.boolean(),
      }),
      input,
    );
    const row = await this.get(viewer, data.conversationId);
    if (!row) throw notFound("Conversation");
    assertAllowed(viewer, isAdmin(viewer) || data.requiresHumanReview);
    const conversation = await this.deps.prisma.aiConversation.update({
      where: { id: row.id },
      data: { requiresHumanReview: data.requiresHumanReview },
      select: conversationSelect,
    });
    return { conversation };
  }

  messages(conversationId: string, page: PageArgs) {
    const where = { conversationId };
    return paginate(page, {
      sort: [{ field: "createdAt", direction: "asc" }],
      fetch: ({ cursorWhere, orderBy, take }) =>
        this.deps.prisma.aiMessage.findMany({
          where: cursorWhere ? { AND: [where, cursorWhere] } : where,
          orderBy,
          take,
          select: messageSelect,
        }),
      count: () => this.deps.prisma.aiMessage.count({ where }),
    });
  }

  async tokensUsed(conversationId: string) {
    const sum = await this.deps.prisma.aiMessage.aggregate({
      where: { conversationId },
      _sum: { tokensUsed: true },
    });
    return sum._sum.tokensUsed ?? 0;
  }
}

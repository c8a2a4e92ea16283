import { z } from "zod";
import type { Viewer } from "../../context.js";
import type { CampusPrisma } from "../../db/client.js";
import { type PageArgs, paginate } from "../../graphql/pagination.js";
import { UserErrorCode, UserErrorsException, userError } from "../../graphql/user-error.js";
import { currencyCode, globalIdOf, text } from "../../lib/id-schema.js";
import { parseInput } from "../../lib/validation.js";
import type { CampusPubSub } from "../../realtime/pubsub.js";
import { regenerateExpertSlots, type SlotHorizon } from "./slot-generation.js";
import { expertSelect, tutoringSessionSelect } from "./tutoring.loaders.js";
import { assertCanManageExpert, canViewTutoringSession } from "./tutoring.policy.js";

const schema = z.object({
  sessionId: globalIdOf("TutoringSession", "tutoring session").nullish(),
  title: text("Title", 200).nullish(),
  description: text("Description", 10_000).nullish(),
  shortDescription: z.string().trim().max(500, "At most 500 characters.").nullish(),
  topicTags: z.array(z.string().trim().min(1).max(60)).max(30).nullish(),
  durationMinutes: z
    .number()
    .int()
    .min(15, "At least 15 minutes.")
    .max(480, "At most 8 hours.")
    .refine((m) => m % 15 === 0, "The duration must be a multiple of 15 minutes.")
    .nullish(),
  priceCents: z.number().int().min(0, "The price cannot be negative.").max(10_000_000).nullish(),
  currency: currencyCode.nullish(),
  level: z.enum(["BEGINNER", "INTERMEDIATE", "ADVANCED", "EXPERT"]).nullish(),
  prerequisites: z.string().trim().max(5000).nullish(),
  maxParticipants: z.number().int().min(1, "At least 1 participant.").max(100).nullish(),
  isActive: z.boolean().nullish(),
});

const fail = (code: UserErrorCode, message: string, field?: string): never => {
  throw new UserErrorsException([userError(code, message, field)]);
};

/** Tutoring sessions (seed 003 sessions); saving one regenerates the expert's slots. */
export class TutoringSessionService {
  constructor(private readonly deps: { prisma: CampusPrisma; pubsub: CampusPubSub; horizon: SlotHorizon }) {}

  /** Active sessions of verified experts, newest first; optionally of one expert or with a topic tag. */
  listPublic(filter: { expertId?: string | null; topic?: string | null }, page: PageArgs) {
    const where = {
      isActive: true,
      expert: { verificationStatus: "VERIFIED" as const },
      ...(filter.expertId ? { expertId: filter.expertId } : {}),
      ...(filter.topic ? { topicTags: { has: filter.topic.trim().toLowerCase() } } : {}),
    };
    return paginate(page, {
      sort: [{ field: "createdAt", direction: "desc" }],
      fetch: ({ cursorWhere, orderBy, take }) =>
        this.deps.prisma.tutoringSession.findMany({
          where: cursorWhere ? { AND: [where, cursorWhere] } : where,
          orderBy,
          take,
          select: tutoringSessionSelect,
        }),
      count: () => this.deps.prisma.tutoringSession.count({ where }),
    });
  }

  async get(viewer: Viewer | null, id: string) {
    const session = await this.deps.prisma.tutoringSession.findUnique({
      where: { id },
      select: { ...tutoringSessionSelect, expert: { select: expertSelect } },
    });
    return session && canViewTutoringSession(viewer, session, session.expert) ? session : null;
  }

  async save(viewer: Viewer | null, input: unknown) {
    const data = parseInput(schema, input);
    const expert = viewer
      ? await this.deps.prisma.expertProfile.findUnique({
          where: { userId: viewer.id },
          select: expertSelect,
        })
      : null;
    const existing = data.sessionId
      ? await this.deps.prisma.tutoringSession.findUnique({
          where: { id: data.sessionId },
          select: { ...tutoringSessionSelect, expert: { select: { userId: true } } },
        })
      : null;
    if (data.sessionId && !existing) fail(UserErrorCode.NOT_FOUND, "No such tutoring session.", "sessionId");
    if (existing) assertCanManageExpert(viewer, existing.expert);
    else if (!expert) {
      assertCanManageExpert(viewer, { userId: "" });
      return fail(UserErrorCode.INVALID_STATE, "Create your expert profile first.");
    }
    if (!existing) {
      const missing = (["title", "description", "durationMinutes", "priceCents", "currency"] as const).filter(
        (k) => data[k] == null,
      );
      if (missing.length) {
        throw new UserErrorsException(
          missing.map((k) => userError(UserErrorCode.REQUIRED, `${k} is required.`, k)),
        );
      }
    }
    const { sessionId: _ignored, ...fields } = data;
    const values = Object.fromEntries(
      Object.entries(fields).filter(([, v]) => v !== undefined && v !== null),
    );
    const expertId = existing?.expertId ?? (expert as { id: string }).id;
    const { tutoringSession, events } = await this.deps.prisma.$transaction(
      async (tx) => {
        const saved = existing
          ? await tx.tutoringSession.update({
              where: { id: existing.id },
              data: values,
              select: tutoringSessionSelect,
            })
          : await tx.tutoringSession.create({
              data: {
                ...(values as {
                  title: string;
                  description: string;
                  durationMinutes: number;
                  priceCents: number;
                  currency: string;
                }),
                topicTags: (data.topicTags ?? []).map((t) => t.toLowerCase()),
                expertId,
              },
              select: tutoringSessionSelect,
            });
        const regenerated = await regenerateExpertSlots(tx, expertId, this.deps.horizon);
        return { tutoringSession: saved, events: regenerated.events };
      },
      { timeout: 30_000, maxWait: 10_000 },
    );
    events.publish(this.deps.pubsub);
    return { tutoringSession };
  }
}

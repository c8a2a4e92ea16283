import { z } from "zod";
import { isSelf } from "../../auth/policy.js";
import type { Viewer } from "../../context.js";
import type { CampusPrisma } from "../../db/client.js";
import { forbidden } from "../../graphql/errors.js";
import { UserErrorCode, UserErrorsException, userError } from "../../graphql/user-error.js";
import { parseInput } from "../../lib/validation.js";
import type { CampusPubSub } from "../../realtime/pubsub.js";
import { liveSessionUpdatedEvent } from "./live-session.events.js";
import { lockVisibleSession } from "./live-session.lock.js";
import { canJoinLiveSession } from "./live-session.policy.js";
import { isJoinable } from "./live-session.rules.js";
import { type LiveSessionRow, liveSessionSelect } from "./live-session.types.js";

const schema = z.object({ liveSessionId: z.uuid() });
const refuse = (code: UserErrorCode, message: string) =>
  new UserErrorsException([userError(code, message, "liveSessionId")]);

/**
 * Taking and giving back places in live sessions (seed 001 SessionParticipants: no duplicate
 * joins, at most maxParticipants). Each runs under the session's row lock, so 100 people
 * joining at once for 10 places are counted one after another and exactly 10 get in.
 */
export class LiveParticipationService {
  constructor(private readonly deps: { prisma: CampusPrisma; pubsub: CampusPubSub }) {}

  async join(viewer: Viewer, input: unknown): Promise<{ liveSession: LiveSessionRow }> {
    const { liveSessionId } = parseInput(schema, input);
    const now = new Date();
    const liveSession = await this.deps.prisma.$transaction(
      async (tx) => {
        const { session, enrolled } = await lockVisibleSession(tx, viewer, liveSessionId);
        if (isSelf(viewer, session.instructorId))
          throw refuse(UserErrorCode.INVALID, "You host this session.");
        if (!canJoinLiveSession(viewer, session, enrolled))
          throw forbidden("Enroll in the course to join its live sessions.");
        if (!isJoinable(session, now))
          throw refuse(UserErrorCode.INVALID_STATE, "This session is over or cancelled.");
        const key = { liveSessionId_userId: { liveSessionId: session.id, userId: viewer.id } };
        const existing = await tx.sessionParticipant.findUnique({ where: key });
        // Registered ahead, now entering the running session: the same place, not a new one.
        const live = session.status === "LIVE";
        if (existing && existing.leftAt === null) {
          if (!live || existing.joinedAt)
            throw refuse(UserErrorCode.TAKEN, "You already joined this session.");
          await tx.sessionParticipant.update({ where: key, data: { joinedAt: now } });
          return session;
        }
        const taken = await tx.sessionParticipant.count({
          where: { liveSessionId: session.id, leftAt: null },
        });
        if (taken >= session.maxParticipants)
          throw refuse(UserErrorCode.UNAVAILABLE, "No places left in this session.");
        const joinedAt = live ? now : null;
        if (existing) await tx.sessionParticipant.update({ where: key, data: { leftAt: null, joinedAt } });
        else
          await tx.sessionParticipant.create({
            data: { liveSessionId: session.id, userId: viewer.id, joinedAt },
          });
        return session;
      },
      { maxWait: 15_000, timeout: 20_000 },
    );
    return this.published(liveSession);
  }

  /** Gives the place back (kept as history with leftAt); it can be taken again while places last. */
  async leave(viewer: Viewer, input: unknown): Promise<{ liveSession: LiveSessionRow }> {
    const { liveSessionId } = parseInput(schema, input);
    const liveSession = await this.deps.prisma.$transaction(async (tx) => {
      const { session } = await lockVisibleSession(tx, viewer, liveSessionId);
      const key = { liveSessionId_userId: { liveSessionId: session.id, userId: viewer.id } };
      const existing = await tx.sessionParticipant.findUnique({ where: key });
      if (!existing || existing.leftAt)
        throw refuse(UserErrorCode.NOT_FOUND, "You have not joined this session.");
      if (session.status !== "SCHEDULED" && session.status !== "LIVE")
        throw refuse(UserErrorCode.INVALID_STATE, "This session is over.");
      await tx.sessionParticipant.update({ where: key, data: { leftAt: new Date() } });
      return session;
    });
    return this.published(liveSession);
  }

  /** Publishes after the commit (places changed) and returns the session as it is now. */
  private async published(session: LiveSessionRow) {
    liveSessionUpdatedEvent(session).publish(this.deps.pubsub);
    const liveSession = await this.deps.prisma.liveSession.findUniqueOrThrow({
      where: { id: session.id },
      select: liveSessionSelect,
    });
    return { liveSession };
  }
}

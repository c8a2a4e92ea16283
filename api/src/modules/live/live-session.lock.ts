import type { Viewer } from "../../context.js";
import type { Prisma } from "../../generated/prisma/client.js";
import { forbidden, notFound } from "../../graphql/errors.js";
import { isEnrolledIn } from "../catalog/course-lock.js";
import { canManageLiveSession, canViewLiveSession } from "./live-session.policy.js";
import { type LiveSessionRow, liveSessionSelect } from "./live-session.types.js";

export type Tx = Prisma.TransactionClient;

/**
 * Locks a live session row (SELECT … FOR UPDATE) the viewer can see: every change of one
 * session, joins included, then runs one after another, so counting places and taking one
 * cannot interleave. NOT_FOUND when it does not exist or is hidden from the viewer.
 */
export async function lockVisibleSession(tx: Tx, viewer: Viewer, liveSessionId: string) {
  const locked = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM live_sessions WHERE id = ${liveSessionId}::uuid FOR UPDATE`;
  if (locked.length === 0) throw notFound("LiveSession");
  const session = await tx.liveSession.findUniqueOrThrow({
    where: { id: liveSessionId },
    select: {
      ...liveSessionSelect,
      course: { select: { status: true, deletedAt: true, instructorId: true } },
    },
  });
  const enrolled = session.courseId ? await isEnrolledIn(tx, viewer, session.courseId) : false;
  if (!canViewLiveSession(viewer, session, session.course, enrolled)) throw notFound("LiveSession");
  const { course, ...row } = session;
  return { session: row as LiveSessionRow, course, enrolled };
}

/** Locks a session the viewer runs: NOT_FOUND when hidden, FORBIDDEN when only visible. */
export async function lockManagedSession(tx: Tx, viewer: Viewer, liveSessionId: string) {
  const found = await lockVisibleSession(tx, viewer, liveSessionId);
  if (!canManageLiveSession(viewer, found.session))
    throw forbidden("Only the session's instructor or an admin can do this.");
  return found;
}

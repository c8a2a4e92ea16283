import type { AppContext } from "../../context.js";
import { type CourseRow, courseById } from "../catalog/catalog.loaders.js";
import { isEnrolled } from "../catalog/course-access.loaders.js";
import { viewerParticipationBySession } from "./live-session.loaders.js";
import {
  canJoinLiveSession,
  canManageLiveSession,
  canReadMeetingUrl,
  canReadRecording,
  canViewLiveSession,
} from "./live-session.policy.js";
import { isJoinable } from "./live-session.rules.js";
import type { LiveSessionRow } from "./live-session.types.js";

export interface LiveSessionAccess {
  course: CourseRow | null;
  canView: boolean;
  canManage: boolean;
  canJoin: boolean;
  /** Holds a place now (joined, not left). */
  holdsPlace: boolean;
  canReadMeetingUrl: boolean;
  canReadRecording: boolean;
}

/** What the viewer may do with a session, from batched loaders (one statement each per request). */
export async function liveSessionAccess(ctx: AppContext, s: LiveSessionRow): Promise<LiveSessionAccess> {
  const [viewer, course, enrolled, participation] = await Promise.all([
    ctx.viewer(),
    s.courseId ? courseById(ctx).load(s.courseId) : null,
    s.courseId ? isEnrolled(ctx, s.courseId) : false,
    viewerParticipationBySession(ctx).load(s.id),
  ]);
  const holdsPlace = participation !== null && participation.leftAt === null;
  return {
    course,
    canView: canViewLiveSession(viewer, s, course, enrolled),
    canManage: canManageLiveSession(viewer, s),
    canJoin: canJoinLiveSession(viewer, s, enrolled) && !holdsPlace && isJoinable(s, new Date()),
    holdsPlace,
    canReadMeetingUrl: canReadMeetingUrl(viewer, s, holdsPlace),
    canReadRecording: canReadRecording(viewer, s, { participated: participation !== null, enrolled }),
  };
}

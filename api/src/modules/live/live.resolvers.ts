import { CourseLiveSessionsResolver } from "./course-live-sessions.resolver.js";
import {
  LiveSessionParticipantResolver,
  LiveSessionParticipantsResolver,
} from "./live-participants.resolver.js";
import { LiveSessionResolver } from "./live-session.resolver.js";
import { LiveSessionSubscriptions } from "./live-session.subscriptions.js";

/** The live module's resolver classes, spread into the app's list (resolvers.ts). */
export const liveResolvers = [
  LiveSessionResolver,
  LiveSessionParticipantsResolver,
  LiveSessionParticipantResolver,
  CourseLiveSessionsResolver,
  LiveSessionSubscriptions,
] as const;

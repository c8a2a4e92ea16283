import type { CampusPubSub } from "../../realtime/pubsub.js";

/**
 * One topic for every replica: whichever replica holds a deactivated user's sockets must
 * close them, and only ws.ts knows which it holds. Carried by Redis when REDIS_URL is set.
 */
export const USER_SESSIONS_REVOKED = "USER_SESSIONS_REVOKED";

export interface UserSessionsRevoked {
  userId: string;
}

/** Published after the commit that deactivated or erased the user, never before. */
export function publishSessionsRevoked(pubsub: CampusPubSub, userId: string): void {
  pubsub.publish(USER_SESSIONS_REVOKED, { userId } satisfies UserSessionsRevoked);
}

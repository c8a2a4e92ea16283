import type { CampusPrisma } from "../../db/client.js";
import type { CampusPubSub } from "../../realtime/pubsub.js";
import { LiveParticipationService } from "./live-participation.service.js";
import { LiveSessionService } from "./live-session.service.js";
import { LiveSessionQueries } from "./live-session-queries.service.js";

/** The live module's services, spread into the app's registry (services.ts). */
export function createLiveServices(deps: { prisma: CampusPrisma; pubsub: CampusPubSub }) {
  return {
    liveSessions: new LiveSessionService(deps),
    liveParticipation: new LiveParticipationService(deps),
    liveSessionQueries: new LiveSessionQueries(deps),
  };
}

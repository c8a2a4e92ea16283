import type { AppContext } from "../../context.js";
import { liveSessionAccess } from "./live-session.access.js";
import { liveSessionById } from "./live-session.loaders.js";

/** `node(id)` loaders of the live types; hidden sessions look exactly like missing ones. */
export const liveNodeFetchers: Record<string, (ctx: AppContext, id: string) => Promise<object | null>> = {
  LiveSession: async (ctx, id) => {
    const session = await liveSessionById(ctx).load(id);
    return session && (await liveSessionAccess(ctx, session)).canView ? session : null;
  },
};

import { Arg, Ctx, Mutation, Resolver } from "type-graphql";
import type { AppContext } from "../../context.js";
import { toPayload } from "../../graphql/payload.js";
import { TrackEventsInput, TrackEventsPayload } from "./analytics.types.js";

@Resolver()
export class AnalyticsResolver {
  @Mutation(() => TrackEventsPayload, {
    description:
      "Record analytics events from web and partner apps (at most 100 per call; rate limited per IP). The client's IP address is truncated before storage.",
  })
  async trackEvents(@Arg("input", () => TrackEventsInput) input: TrackEventsInput, @Ctx() ctx: AppContext) {
    const viewer = await ctx.viewer();
    return toPayload(
      () =>
        ctx.services.analytics.track(input, {
          ip: ctx.ip,
          userAgent: ctx.userAgent,
          userId: viewer?.id ?? null,
        }),
      { acceptedCount: 0 },
    );
  }
}

import { Arg, Ctx, FieldResolver, ID, Resolver, Root, Subscription } from "type-graphql";
import type { AppContext } from "../../context.js";
import { badUserInput, notFound } from "../../graphql/errors.js";
import { fromGlobalIdOf } from "../../graphql/global-id.js";
import { authorizedEvents, refreshForEvent } from "../../realtime/event-scope.js";
import { topics } from "../../realtime/topics.js";
import type { SlotAvailabilityEvent } from "./slot.events.js";
import { SlotAvailabilityChange } from "./slot-change.types.js";
import { expertById, slotById, tutoringSessionById } from "./tutoring.loaders.js";
import { canViewExpert, canViewTutoringSession } from "./tutoring.policy.js";
import { BookableSlot, ExpertProfile, TutoringSession } from "./tutoring.types.js";

interface Args {
  tutoringSessionId?: string | null;
  expertId?: string | null;
}

/** The topic to listen on, after checking the session or expert is visible to the viewer. */
async function slotTopic(ctx: AppContext, args: Args): Promise<string> {
  if ((args.tutoringSessionId == null) === (args.expertId == null)) {
    throw badUserInput("Give either `tutoringSessionId` or `expertId`.");
  }
  const viewer = await ctx.viewer();
  if (args.tutoringSessionId) {
    const id = fromGlobalIdOf("TutoringSession", args.tutoringSessionId);
    const session = id ? await tutoringSessionById(ctx).load(id) : null;
    const expert = session ? await expertById(ctx).load(session.expertId) : null;
    if (!session || !expert || !canViewTutoringSession(viewer, session, expert))
      throw notFound("Tutoring session");
    return topics.slotAvailabilityBySession(session.id);
  }
  const id = fromGlobalIdOf("ExpertProfile", args.expertId as string);
  const expert = id ? await expertById(ctx).load(id) : null;
  if (!expert || !canViewExpert(viewer, expert)) throw notFound("Expert");
  return topics.slotAvailabilityByExpert(expert.id);
}

@Resolver(() => SlotAvailabilityChange)
export class SlotSubscriptions {
  @Subscription(() => SlotAvailabilityChange, {
    description: "Availability changes of one session's slots, or of all of one expert's (public).",
    subscribe: async ({ args, context }) => {
      const ctx = context as AppContext;
      const topic = await slotTopic(ctx, args as Args);
      return authorizedEvents<SlotAvailabilityEvent>(ctx.pubsub, topic, async (event) => {
        const viewer = await refreshForEvent(ctx, event);
        const session = await tutoringSessionById(ctx).load(event.tutoringSessionId);
        const expert = await expertById(ctx).load(event.expertId);
        return !!session && !!expert && canViewTutoringSession(viewer, session, expert);
      });
    },
  })
  slotAvailabilityChanged(
    @Root() event: SlotAvailabilityEvent,
    @Arg("tutoringSessionId", () => ID, { nullable: true, description: "A session." }) _sessionId:
      | string
      | null,
    @Arg("expertId", () => ID, { nullable: true, description: "Or an expert." }) _expertId: string | null,
  ): SlotAvailabilityEvent {
    return event;
  }

  @FieldResolver(() => BookableSlot, { nullable: true })
  slot(@Root() event: SlotAvailabilityEvent, @Ctx() ctx: AppContext) {
    return event.slotId ? slotById(ctx).load(event.slotId) : null;
  }

  @FieldResolver(() => TutoringSession, { nullable: true })
  tutoringSession(@Root() event: SlotAvailabilityEvent, @Ctx() ctx: AppContext) {
    return tutoringSessionById(ctx).load(event.tutoringSessionId);
  }

  @FieldResolver(() => ExpertProfile, { nullable: true })
  expert(@Root() event: SlotAvailabilityEvent, @Ctx() ctx: AppContext) {
    return expertById(ctx).load(event.expertId);
  }
}

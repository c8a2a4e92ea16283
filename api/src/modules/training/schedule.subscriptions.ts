import { Arg, Ctx, ID, Resolver, Root, Subscription } from "type-graphql";
import type { AppContext } from "../../context.js";
import { notFound } from "../../graphql/errors.js";
import { fromGlobalIdOf } from "../../graphql/global-id.js";
import { authorizedEvents, refreshForEvent } from "../../realtime/event-scope.js";
import { topics } from "../../realtime/topics.js";
import type { ScheduleSeatsEvent } from "./schedule.events.js";
import { scheduleById } from "./training.loaders.js";
import { canViewSchedule } from "./training.policy.js";
import { CourseSchedule } from "./training.types.js";

@Resolver()
export class ScheduleSubscriptions {
  @Subscription(() => CourseSchedule, {
    description: "A schedule each time its seats or status change (public for published schedules).",
    subscribe: async ({ args, context }) => {
      const ctx = context as AppContext;
      const id = fromGlobalIdOf("CourseSchedule", String((args as { scheduleId: string }).scheduleId));
      const schedule = id ? await scheduleById(ctx).load(id) : null;
      if (!schedule || !canViewSchedule(await ctx.viewer(), schedule)) throw notFound("Course schedule");
      return authorizedEvents<ScheduleSeatsEvent>(
        ctx.pubsub,
        topics.scheduleSeatsChanged(schedule.id),
        async (event) => {
          const viewer = await refreshForEvent(ctx, event);
          const current = await scheduleById(ctx).load(event.scheduleId);
          return !!current && canViewSchedule(viewer, current);
        },
      );
    },
  })
  scheduleSeatsChanged(
    @Root() event: ScheduleSeatsEvent,
    @Arg("scheduleId", () => ID, { description: "The schedule." }) _scheduleId: string,
    @Ctx() ctx: AppContext,
  ) {
    return scheduleById(ctx).load(event.scheduleId);
  }
}

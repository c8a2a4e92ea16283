import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from "type-graphql";
import type { AppContext } from "../../context.js";
import { toPayload } from "../../graphql/payload.js";
import { TimeZoneScalar } from "../../graphql/scalars.js";
import {
  AvailabilityWindowInput,
  AvailabilityWindowPayload,
  RemoveAvailabilityWindowInput,
} from "./tutoring.inputs.js";
import type { WindowRow } from "./tutoring.sources.js";
import { AvailabilityWindow } from "./tutoring.types.js";
import { formatLocalTime } from "./zoned-time.js";

const empty = { window: null, slotsChanged: 0 };

@Resolver(() => AvailabilityWindow)
export class AvailabilityResolver {
  @Mutation(() => AvailabilityWindowPayload, {
    description: "Add (no windowId) or change one of the viewer's weekly windows; slots are regenerated.",
  })
  async saveAvailabilityWindow(
    @Arg("input", () => AvailabilityWindowInput) input: AvailabilityWindowInput,
    @Ctx() ctx: AppContext,
  ) {
    const viewer = await ctx.requireViewer();
    return toPayload(() => ctx.services.availability.save(viewer, input), empty);
  }

  @Mutation(() => AvailabilityWindowPayload, {
    description: "Remove a window; its unbooked future slots are withdrawn, booked ones stay.",
  })
  async removeAvailabilityWindow(
    @Arg("input", () => RemoveAvailabilityWindowInput) input: RemoveAvailabilityWindowInput,
    @Ctx() ctx: AppContext,
  ) {
    const viewer = await ctx.requireViewer();
    return toPayload(() => ctx.services.availability.remove(viewer, input), empty);
  }

  @FieldResolver(() => String)
  startTime(@Root() window: WindowRow) {
    return formatLocalTime(window.startMinutes);
  }

  @FieldResolver(() => String)
  endTime(@Root() window: WindowRow) {
    return formatLocalTime(window.endMinutes);
  }

  @FieldResolver(() => TimeZoneScalar)
  timeZone(@Root() window: WindowRow) {
    return window.timezone;
  }
}

import { Arg, Args, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from "type-graphql";
import type { AppContext } from "../../context.js";
import { fromGlobalIdOf } from "../../graphql/global-id.js";
import { PageArgsInput } from "../../graphql/page-args.js";
import { DateTimeScalar, TimeZoneScalar } from "../../graphql/scalars.js";
import { tutoringSessionById } from "./tutoring.loaders.js";
import type { SlotRow } from "./tutoring.sources.js";
import { BookableSlot, BookableSlotConnection, TutoringSession } from "./tutoring.types.js";
import { formatInZone } from "./zoned-time.js";

const NO_MATCH = "00000000-0000-0000-0000-000000000000";
const zoneArg = {
  nullable: true,
  description: "IANA zone (default: the slot's display zone, else UTC).",
} as const;

@Resolver(() => BookableSlot)
export class SlotResolver {
  @Query(() => BookableSlotConnection, {
    description:
      "Bookable slots of one session or of one expert starting in [from, to) (at most 62 days), soonest first, with local times in `timeZone`.",
  })
  availableSlots(
    @Arg("tutoringSessionId", () => ID, { nullable: true, description: "A session." }) sessionId:
      | string
      | null,
    @Arg("expertId", () => ID, { nullable: true, description: "Or an expert (all active sessions)." })
    expertId: string | null,
    @Arg("from", () => DateTimeScalar, { description: "Earliest start." }) from: Date,
    @Arg("to", () => DateTimeScalar, { description: "Latest start (exclusive)." }) to: Date,
    @Arg("timeZone", () => TimeZoneScalar, { description: "Zone for the local times, e.g. Europe/Paris." })
    timeZone: string,
    @Args(() => PageArgsInput) page: PageArgsInput,
    @Ctx() ctx: AppContext,
  ) {
    const decode = (type: string, id: string | null) => (id ? (fromGlobalIdOf(type, id) ?? NO_MATCH) : null);
    return ctx.viewer().then((viewer) =>
      ctx.services.slots.available(
        viewer,
        {
          tutoringSessionId: decode("TutoringSession", sessionId),
          expertId: decode("ExpertProfile", expertId),
          from,
          to,
          timeZone,
        },
        page,
      ),
    );
  }

  @FieldResolver(() => TutoringSession)
  tutoringSession(@Root() slot: SlotRow, @Ctx() ctx: AppContext) {
    return tutoringSessionById(ctx).load(slot.tutoringSessionId);
  }

  @FieldResolver(() => TimeZoneScalar)
  timeZone(@Root() slot: SlotRow) {
    return slot.displayTimeZone ?? "UTC";
  }

  @FieldResolver(() => String)
  localStartsAt(@Root() slot: SlotRow, @Arg("timeZone", () => TimeZoneScalar, zoneArg) zone?: string | null) {
    return formatInZone(slot.startsAt, zone ?? slot.displayTimeZone ?? "UTC");
  }

  @FieldResolver(() => String)
  localEndsAt(@Root() slot: SlotRow, @Arg("timeZone", () => TimeZoneScalar, zoneArg) zone?: string | null) {
    return formatInZone(slot.endsAt, zone ?? slot.displayTimeZone ?? "UTC");
  }

  @FieldResolver(() => Int)
  seatsBooked(@Root() slot: SlotRow) {
    return slot.bookedCount;
  }

  @FieldResolver(() => Int)
  seatsLeft(@Root() slot: SlotRow) {
    return Math.max(0, slot.capacity - slot.bookedCount);
  }
}

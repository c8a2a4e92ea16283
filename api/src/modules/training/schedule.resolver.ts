import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { isAdmin } from "../../auth/policy.js";
import type { AppContext } from "../../context.js";
import { fromGlobalIdOf } from "../../graphql/global-id.js";
import { Money, money } from "../../graphql/money.js";
import { PageArgsInput } from "../../graphql/page-args.js";
import { toPayload } from "../../graphql/payload.js";
import { courseById } from "../catalog/catalog.loaders.js";
import { canViewCourse } from "../catalog/catalog.policy.js";
import { Course } from "../catalog/catalog.types.js";
import { userById } from "../identity/identity.loaders.js";
import { User } from "../identity/identity.types.js";
import { seatPrice, seatsLeft } from "./schedule.rules.js";
import type { ScheduleRow } from "./schedule-search.js";
import {
  CancelCourseScheduleInput,
  CourseSchedulePayload,
  CreateCourseScheduleInput,
  PublishCourseScheduleInput,
  UpdateCourseScheduleInput,
} from "./training.inputs.js";
import { venueById } from "./training.loaders.js";
import { assertCanListManagedSchedules, canManageSchedule } from "./training.policy.js";
import { CourseSchedule, CourseScheduleConnection, CourseScheduleFilter, Venue } from "./training.types.js";

const empty = { schedule: null };

/** The manager behind `managedByViewer`: signed-in instructors and admins only. */
async function managerOf(ctx: AppContext) {
  const viewer = await ctx.viewer();
  assertCanListManagedSchedules(viewer);
  return { userId: viewer.id, admin: isAdmin(viewer) };
}

@Resolver(() => CourseSchedule)
export class ScheduleResolver {
  @Query(() => CourseScheduleConnection, {
    description:
      "Upcoming published (or full) schedules of published courses, soonest first; with `managedByViewer`, the runs the viewer plans.",
  })
  async courseSchedules(
    @Arg("filter", () => CourseScheduleFilter, { nullable: true, description: "Which schedules." })
    filter: CourseScheduleFilter | null,
    @Args(() => PageArgsInput) page: PageArgsInput,
    @Ctx() ctx: AppContext,
  ) {
    const { courseId, managedByViewer, ...rest } = filter ?? {};
    // An id of another type matches nothing rather than everything.
    const course = courseId
      ? (fromGlobalIdOf("Course", courseId) ?? "00000000-0000-0000-0000-000000000000")
      : null;
    const managedBy = managedByViewer ? await managerOf(ctx) : null;
    return ctx.services.schedules.search({ ...rest, courseId: course, managedBy }, page);
  }

  @Query(() => CourseSchedule, {
    nullable: true,
    description: "A schedule by id; null when unknown or not visible.",
  })
  async courseSchedule(
    @Arg("id", () => ID, { description: "Global id." }) id: string,
    @Ctx() ctx: AppContext,
  ) {
    const uuid = fromGlobalIdOf("CourseSchedule", id);
    return uuid ? ctx.services.schedules.get(await ctx.viewer(), uuid) : null;
  }

  @Mutation(() => CourseSchedulePayload, {
    description: "Plan a schedule (admins, or the course's instructor).",
  })
  async createCourseSchedule(
    @Arg("input", () => CreateCourseScheduleInput) input: CreateCourseScheduleInput,
    @Ctx() ctx: AppContext,
  ) {
    const viewer = await ctx.requireViewer();
    return toPayload(() => ctx.services.schedules.create(viewer, input), empty);
  }

  @Mutation(() => CourseSchedulePayload, { description: "Change a schedule's time, capacity or notes." })
  async updateCourseSchedule(
    @Arg("input", () => UpdateCourseScheduleInput) input: UpdateCourseScheduleInput,
    @Ctx() ctx: AppContext,
  ) {
    const viewer = await ctx.requireViewer();
    return toPayload(() => ctx.services.schedules.changes.update(viewer, input), empty);
  }

  @Mutation(() => CourseSchedulePayload, { description: "Open a draft schedule for booking." })
  async publishCourseSchedule(
    @Arg("input", () => PublishCourseScheduleInput) input: PublishCourseScheduleInput,
    @Ctx() ctx: AppContext,
  ) {
    const viewer = await ctx.requireViewer();
    return toPayload(() => ctx.services.schedules.changes.publish(viewer, input), empty);
  }

  @Mutation(() => CourseSchedulePayload, {
    description: "Cancel a schedule; its bookings are cancelled and notified.",
  })
  async cancelCourseSchedule(
    @Arg("input", () => CancelCourseScheduleInput) input: CancelCourseScheduleInput,
    @Ctx() ctx: AppContext,
  ) {
    const viewer = await ctx.requireViewer();
    return toPayload(() => ctx.services.schedules.changes.cancel(viewer, input), empty);
  }

  @FieldResolver(() => Money)
  async price(@Root() schedule: ScheduleRow, @Ctx() ctx: AppContext) {
    const course = await courseById(ctx).load(schedule.courseId);
    const price = seatPrice(schedule, course ?? { priceCents: 0, currency: schedule.currency ?? "EUR" });
    return money(price.amountCents, price.currency);
  }

  @FieldResolver(() => Int)
  seatsBooked(@Root() schedule: ScheduleRow) {
    return schedule.bookedCount;
  }

  @FieldResolver(() => Int)
  seatsLeft(@Root() schedule: ScheduleRow) {
    return seatsLeft(schedule);
  }

  @FieldResolver(() => Course, { nullable: true })
  async course(@Root() schedule: ScheduleRow, @Ctx() ctx: AppContext) {
    const course = await courseById(ctx).load(schedule.courseId);
    return course && canViewCourse(await ctx.viewer(), course) ? course : null;
  }

  @FieldResolver(() => Venue)
  venue(@Root() schedule: ScheduleRow, @Ctx() ctx: AppContext) {
    return venueById(ctx).load(schedule.venueId);
  }

  @FieldResolver(() => User, { nullable: true })
  instructor(@Root() schedule: ScheduleRow, @Ctx() ctx: AppContext) {
    return schedule.instructorId ? userById(ctx).load(schedule.instructorId) : null;
  }

  @FieldResolver(() => String, { nullable: true })
  async notes(@Root() schedule: ScheduleRow, @Ctx() ctx: AppContext) {
    return canManageSchedule(await ctx.viewer(), schedule) ? schedule.notes : null;
  }

  @FieldResolver(() => Boolean)
  async viewerCanManage(@Root() schedule: ScheduleRow, @Ctx() ctx: AppContext) {
    return canManageSchedule(await ctx.viewer(), schedule);
  }
}

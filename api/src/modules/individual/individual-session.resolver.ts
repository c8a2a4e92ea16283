import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from "type-graphql";
import type { AppContext } from "../../context.js";
import { defineLoader } from "../../graphql/loaders.js";
import { toPayload } from "../../graphql/payload.js";
import { type CourseRow, courseById, type SessionRow, sessionsByCourse } from "./individual.loaders.js";
import { canReadInstructorNotes } from "./individual.policy.js";
import { IndividualCourse, IndividualCourseProgress } from "./individual-course.types.js";
import {
  CancelIndividualSessionInput,
  CompleteIndividualSessionInput,
  IndividualSession,
  IndividualSessionPayload,
  RescheduleIndividualSessionInput,
  ScheduleIndividualSessionInput,
} from "./individual-session.types.js";

const empty = { session: null };

@Resolver(() => IndividualSession)
export class IndividualSessionResolver {
  @Mutation(() => IndividualSessionPayload, {
    description: "Schedule the next numbered session of a course.",
  })
  async scheduleIndividualSession(
    @Arg("input", () => ScheduleIndividualSessionInput) input: ScheduleIndividualSessionInput,
    @Ctx() ctx: AppContext,
  ) {
    const viewer = await ctx.requireViewer();
    return toPayload(() => ctx.services.individualSessions.schedule(viewer, input), empty);
  }

  @Mutation(() => IndividualSessionPayload, { description: "Record that a session took place." })
  async completeIndividualSession(
    @Arg("input", () => CompleteIndividualSessionInput) input: CompleteIndividualSessionInput,
    @Ctx() ctx: AppContext,
  ) {
    const viewer = await ctx.requireViewer();
    return toPayload(() => ctx.services.individualSessions.complete(viewer, input), empty);
  }

  @Mutation(() => IndividualSessionPayload, { description: "Cancel a planned session." })
  async cancelIndividualSession(
    @Arg("input", () => CancelIndividualSessionInput) input: CancelIndividualSessionInput,
    @Ctx() ctx: AppContext,
  ) {
    const viewer = await ctx.requireViewer();
    return toPayload(() => ctx.services.individualSessions.cancel(viewer, input), empty);
  }

  @Mutation(() => IndividualSessionPayload, { description: "Move a planned session to another time." })
  async rescheduleIndividualSession(
    @Arg("input", () => RescheduleIndividualSessionInput) input: RescheduleIndividualSessionInput,
    @Ctx() ctx: AppContext,
  ) {
    const viewer = await ctx.requireViewer();
    return toPayload(() => ctx.services.individualSessions.reschedule(viewer, input), empty);
  }

  @FieldResolver(() => String, { nullable: true })
  async instructorNotes(@Root() session: SessionRow, @Ctx() ctx: AppContext) {
    const course = await courseById(ctx).load(session.individualCourseId);
    return course && canReadInstructorNotes(await ctx.viewer(), course) ? session.instructorNotes : null;
  }
}

interface ProgressRow {
  courseId: string;
  completed: number;
  upcoming: number;
  completedMinutes: number;
}

/** Session counts and minutes per course in one grouped statement (index on the course's sessions). */
const progressByCourse = defineLoader(
  "individualProgress",
  async (ctx: AppContext, ids: readonly string[]) => {
    const rows = await ctx.prisma.$queryRaw<ProgressRow[]>`
    SELECT individual_course_id::text AS "courseId",
      count(*) FILTER (WHERE status = 'COMPLETED')::int AS completed,
      count(*) FILTER (WHERE status IN ('SCHEDULED', 'RESCHEDULED'))::int AS upcoming,
      coalesce(sum(duration_minutes) FILTER (WHERE status = 'COMPLETED'), 0)::int AS "completedMinutes"
    FROM individual_sessions WHERE individual_course_id = ANY(${[...ids]}::uuid[])
    GROUP BY individual_course_id`;
    const map = new Map(rows.map((r) => [r.courseId, r]));
    return ids.map((id) => map.get(id) ?? { courseId: id, completed: 0, upcoming: 0, completedMinutes: 0 });
  },
);

@Resolver(() => IndividualCourse)
export class IndividualCourseSessionsResolver {
  @FieldResolver(() => [IndividualSession], { description: "The course's sessions in number order." })
  sessions(@Root() course: CourseRow, @Ctx() ctx: AppContext) {
    return sessionsByCourse(ctx).load(course.id);
  }

  @FieldResolver(() => IndividualCourseProgress)
  async progress(@Root() course: CourseRow, @Ctx() ctx: AppContext): Promise<IndividualCourseProgress> {
    const p = await progressByCourse(ctx).load(course.id);
    const completedHours = p.completedMinutes / 60;
    const plannedHours = course.totalHours;
    return {
      completedSessions: p.completed,
      upcomingSessions: p.upcoming,
      completedHours,
      plannedHours,
      percentComplete: plannedHours
        ? Math.min(100, Math.round((completedHours / plannedHours) * 1000) / 10)
        : null,
    };
  }
}

import { Arg, Args, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from "type-graphql";
import type { AppContext } from "../../context.js";
import { Money, money } from "../../graphql/money.js";
import { PageArgsInput } from "../../graphql/page-args.js";
import { toPayload } from "../../graphql/payload.js";
import { JSONScalar } from "../../graphql/scalars.js";
import { userById } from "../identity/identity.loaders.js";
import { User } from "../identity/identity.types.js";
import type { CourseRow } from "./individual.loaders.js";
import { canManageCourse, canReadInstructorNotes } from "./individual.policy.js";
import {
  ChangeIndividualCourseStatusInput,
  CreateIndividualCourseInput,
  IndividualCourse,
  IndividualCourseConnection,
  IndividualCourseFilter,
  IndividualCoursePayload,
  UpdateIndividualCourseInput,
} from "./individual-course.types.js";

const empty = { individualCourse: null };
const filterArg = { nullable: true, description: "Which courses." } as const;

@Resolver(() => IndividualCourse)
export class IndividualCourseResolver {
  @Query(() => IndividualCourseConnection, {
    description: "Individual courses the viewer takes, newest first.",
  })
  async myIndividualCourses(
    @Arg("filter", () => IndividualCourseFilter, filterArg) filter: IndividualCourseFilter | null,
    @Args(() => PageArgsInput) page: PageArgsInput,
    @Ctx() ctx: AppContext,
  ) {
    return ctx.services.individualCourses.mine(await ctx.requireViewer(), filter?.statuses, page);
  }

  @Query(() => IndividualCourseConnection, {
    description: "Individual courses the viewer teaches (all of them for admins), newest first.",
  })
  async teachingIndividualCourses(
    @Arg("filter", () => IndividualCourseFilter, filterArg) filter: IndividualCourseFilter | null,
    @Args(() => PageArgsInput) page: PageArgsInput,
    @Ctx() ctx: AppContext,
  ) {
    return ctx.services.individualCourses.teaching(await ctx.requireViewer(), filter?.statuses, page);
  }

  @Mutation(() => IndividualCoursePayload, {
    description: "Create an individual course from an inquiry or for an existing student (instructors).",
  })
  async createIndividualCourse(
    @Arg("input", () => CreateIndividualCourseInput) input: CreateIndividualCourseInput,
    @Ctx() ctx: AppContext,
  ) {
    const viewer = await ctx.requireViewer();
    return toPayload(() => ctx.services.individualCourses.create(viewer, input), empty);
  }

  @Mutation(() => IndividualCoursePayload, { description: "Change the content of an individual course." })
  async updateIndividualCourse(
    @Arg("input", () => UpdateIndividualCourseInput) input: UpdateIndividualCourseInput,
    @Ctx() ctx: AppContext,
  ) {
    const viewer = await ctx.requireViewer();
    return toPayload(() => ctx.services.individualCourses.update(viewer, input), empty);
  }

  @Mutation(() => IndividualCoursePayload, {
    description: "Move an individual course along its lifecycle; illegal moves are refused.",
  })
  async changeIndividualCourseStatus(
    @Arg("input", () => ChangeIndividualCourseStatusInput) input: ChangeIndividualCourseStatusInput,
    @Ctx() ctx: AppContext,
  ) {
    const viewer = await ctx.requireViewer();
    return toPayload(() => ctx.services.individualCourses.changeStatus(viewer, input), empty);
  }

  // Every path to a course (queries, node, nested edges, subscriptions) resolves
  // this field, so the check here is the one that keeps the notes from students.
  @FieldResolver(() => String, { nullable: true })
  async instructorNotes(@Root() course: CourseRow, @Ctx() ctx: AppContext) {
    return canReadInstructorNotes(await ctx.viewer(), course) ? course.instructorNotes : null;
  }

  @FieldResolver(() => Boolean)
  async viewerCanManage(@Root() course: CourseRow, @Ctx() ctx: AppContext) {
    return canManageCourse(await ctx.viewer(), course);
  }

  @FieldResolver(() => User)
  student(@Root() course: CourseRow, @Ctx() ctx: AppContext) {
    return userById(ctx).load(course.studentId);
  }

  @FieldResolver(() => User, { nullable: true })
  instructor(@Root() course: CourseRow, @Ctx() ctx: AppContext) {
    return course.instructorId ? userById(ctx).load(course.instructorId) : null;
  }

  @FieldResolver(() => Money, { nullable: true })
  quotedPrice(@Root() course: CourseRow) {
    return course.quotedPriceCents == null ? null : money(course.quotedPriceCents, course.currency);
  }

  @FieldResolver(() => Money, { nullable: true })
  pricePerHour(@Root() course: CourseRow) {
    return course.pricePerHourCents == null ? null : money(course.pricePerHourCents, course.currency);
  }

  @FieldResolver(() => JSONScalar, { nullable: true })
  confirmedSchedule(@Root() course: CourseRow) {
    return course.actualSchedule;
  }
}

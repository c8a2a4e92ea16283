import { Arg, Args, Ctx, FieldResolver, Float, Mutation, Query, Resolver, Root } from "type-graphql";
import type { AppContext } from "../../context.js";
import { Money, money } from "../../graphql/money.js";
import { PageArgsInput } from "../../graphql/page-args.js";
import { toPayload } from "../../graphql/payload.js";
import { userById } from "../identity/identity.loaders.js";
import { User } from "../identity/identity.types.js";
import { ExpertProfileInput, ExpertProfilePayload, VerifyExpertInput } from "./tutoring.inputs.js";
import { tutoringSessionsByExpert, windowsByExpert } from "./tutoring.loaders.js";
import { canManageExpert } from "./tutoring.policy.js";
import type { ExpertRow } from "./tutoring.sources.js";
import {
  AvailabilityWindow,
  ExpertProfile,
  ExpertProfileConnection,
  TutoringSession,
} from "./tutoring.types.js";

const empty = { expert: null };

@Resolver(() => ExpertProfile)
export class ExpertResolver {
  @Query(() => ExpertProfileConnection, { description: "Verified experts who take bookings, newest first." })
  experts(@Args(() => PageArgsInput) page: PageArgsInput, @Ctx() ctx: AppContext) {
    return ctx.services.experts.listVerified(page);
  }

  @Query(() => ExpertProfile, {
    nullable: true,
    description: "The viewer's expert profile, if they have one.",
  })
  async myExpertProfile(@Ctx() ctx: AppContext) {
    const viewer = await ctx.requireViewer();
    return ctx.services.experts.forUser(viewer.id);
  }

  @Mutation(() => ExpertProfilePayload, { description: "Create the viewer's expert profile (instructors)." })
  async createExpertProfile(
    @Arg("input", () => ExpertProfileInput) input: ExpertProfileInput,
    @Ctx() ctx: AppContext,
  ) {
    const viewer = await ctx.requireViewer();
    return toPayload(() => ctx.services.experts.create(viewer, input), empty);
  }

  @Mutation(() => ExpertProfilePayload, { description: "Change the viewer's expert profile." })
  async updateExpertProfile(
    @Arg("input", () => ExpertProfileInput) input: ExpertProfileInput,
    @Ctx() ctx: AppContext,
  ) {
    const viewer = await ctx.requireViewer();
    return toPayload(() => ctx.services.experts.update(viewer, input), empty);
  }

  @Mutation(() => ExpertProfilePayload, { description: "Verify or reject an expert (admins)." })
  async verifyExpert(
    @Arg("input", () => VerifyExpertInput) input: VerifyExpertInput,
    @Ctx() ctx: AppContext,
  ) {
    const viewer = await ctx.requireViewer();
    return toPayload(() => ctx.services.experts.verify(viewer, input), empty);
  }

  @FieldResolver(() => User)
  user(@Root() expert: ExpertRow, @Ctx() ctx: AppContext) {
    return userById(ctx).load(expert.userId);
  }

  @FieldResolver(() => Money, { nullable: true })
  hourlyRate(@Root() expert: ExpertRow) {
    return expert.hourlyRateCents === null ? null : money(expert.hourlyRateCents, expert.currency);
  }

  @FieldResolver(() => Float, { nullable: true })
  rating(@Root() expert: ExpertRow) {
    return expert.rating === null ? null : expert.rating.toNumber();
  }

  @FieldResolver(() => [TutoringSession])
  async tutoringSessions(@Root() expert: ExpertRow, @Ctx() ctx: AppContext) {
    const sessions = await tutoringSessionsByExpert(ctx).load(expert.id);
    return canManageExpert(await ctx.viewer(), expert) ? sessions : sessions.filter((s) => s.isActive);
  }

  @FieldResolver(() => [AvailabilityWindow], { nullable: true })
  async availabilityWindows(@Root() expert: ExpertRow, @Ctx() ctx: AppContext) {
    return canManageExpert(await ctx.viewer(), expert) ? windowsByExpert(ctx).load(expert.id) : null;
  }
}

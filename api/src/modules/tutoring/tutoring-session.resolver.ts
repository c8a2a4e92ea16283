import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import type { AppContext } from "../../context.js";
import { fromGlobalIdOf } from "../../graphql/global-id.js";
import { Money, money } from "../../graphql/money.js";
import { PageArgsInput } from "../../graphql/page-args.js";
import { toPayload } from "../../graphql/payload.js";
import { TutoringSessionInput, TutoringSessionPayload } from "./tutoring.inputs.js";
import { expertById } from "./tutoring.loaders.js";
import type { TutoringSessionRow } from "./tutoring.sources.js";
import { ExpertProfile, TutoringSession, TutoringSessionConnection } from "./tutoring.types.js";

const NO_MATCH = "00000000-0000-0000-0000-000000000000";

@Resolver(() => TutoringSession)
export class TutoringSessionResolver {
  @Query(() => TutoringSessionConnection, {
    description: "Active sessions of verified experts, newest first.",
  })
  tutoringSessions(
    @Arg("expertId", () => ID, { nullable: true, description: "Only this expert's sessions." }) expertId:
      | string
      | null,
    @Arg("topic", () => String, { nullable: true, description: "Only sessions with this topic tag." }) topic:
      | string
      | null,
    @Args(() => PageArgsInput) page: PageArgsInput,
    @Ctx() ctx: AppContext,
  ) {
    const expert = expertId ? (fromGlobalIdOf("ExpertProfile", expertId) ?? NO_MATCH) : null;
    return ctx.services.tutoringSessions.listPublic({ expertId: expert, topic }, page);
  }

  @Query(() => TutoringSession, {
    nullable: true,
    description: "A session by id; null when unknown or not visible.",
  })
  async tutoringSession(
    @Arg("id", () => ID, { description: "Global id." }) id: string,
    @Ctx() ctx: AppContext,
  ) {
    const uuid = fromGlobalIdOf("TutoringSession", id);
    return uuid ? ctx.services.tutoringSessions.get(await ctx.viewer(), uuid) : null;
  }

  @Mutation(() => TutoringSessionPayload, {
    description: "Create (no sessionId) or change one of the viewer's sessions; slots are regenerated.",
  })
  async saveTutoringSession(
    @Arg("input", () => TutoringSessionInput) input: TutoringSessionInput,
    @Ctx() ctx: AppContext,
  ) {
    const viewer = await ctx.requireViewer();
    return toPayload(() => ctx.services.tutoringSessions.save(viewer, input), { tutoringSession: null });
  }

  @FieldResolver(() => ExpertProfile)
  expert(@Root() session: TutoringSessionRow, @Ctx() ctx: AppContext) {
    return expertById(ctx).load(session.expertId);
  }

  @FieldResolver(() => Money)
  price(@Root() session: TutoringSessionRow) {
    return money(session.priceCents, session.currency);
  }
}

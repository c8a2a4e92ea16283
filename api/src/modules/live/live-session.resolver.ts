import {
  Arg,
  Args,
  Authorized,
  Ctx,
  FieldResolver,
  Int,
  Mutation,
  Query,
  Resolver,
  Root,
} from "type-graphql";
import type { AppContext } from "../../context.js";
import { PageArgsInput } from "../../graphql/page-args.js";
import { toPayload } from "../../graphql/payload.js";
import type { CourseRow } from "../catalog/catalog.loaders.js";
import { Course } from "../catalog/catalog.types.js";
import { optionalId, requireId } from "../catalog/ids.js";
import { userById } from "../identity/identity.loaders.js";
import { User, type UserSource } from "../identity/identity.types.js";
import { liveSessionAccess } from "./live-session.access.js";
import {
  CreateLiveSessionInput,
  LiveSessionPayload,
  LiveSessionRefInput,
  UpdateLiveSessionInput,
  UpdateLiveSessionStatusInput,
} from "./live-session.inputs.js";
import { placesTakenBySession } from "./live-session.loaders.js";
import { placesLeft } from "./live-session.rules.js";
import {
  LiveSession,
  LiveSessionConnection,
  LiveSessionFilter,
  type LiveSessionRow,
} from "./live-session.types.js";

const empty = { liveSession: null };

@Resolver(() => LiveSession)
export class LiveSessionResolver {
  @Query(() => LiveSessionConnection, {
    description:
      "Live sessions the viewer may see, soonest first: upcoming and live ones unless the filter says otherwise.",
  })
  async liveSessions(
    @Arg("filter", () => LiveSessionFilter, { nullable: true, description: "Which sessions." })
    filter: LiveSessionFilter | null,
    @Args(() => PageArgsInput) page: PageArgsInput,
    @Ctx() ctx: AppContext,
  ) {
    const ids = {
      courseId: optionalId("Course", filter?.courseId),
      instructorId: optionalId("User", filter?.instructorId),
    };
    return ctx.services.liveSessionQueries.list(await ctx.viewer(), { ...filter, ...ids }, page);
  }

  @Authorized()
  @Mutation(() => LiveSessionPayload, { description: "Schedule a live session (instructors)." })
  async createLiveSession(
    @Arg("input", () => CreateLiveSessionInput) input: CreateLiveSessionInput,
    @Ctx() ctx: AppContext,
  ) {
    const viewer = await ctx.requireViewer();
    const courseId = optionalId("Course", input.courseId);
    return toPayload(() => ctx.services.liveSessions.create(viewer, { ...input, courseId }), empty);
  }

  @Authorized()
  @Mutation(() => LiveSessionPayload, { description: "Change a live session you run." })
  async updateLiveSession(
    @Arg("input", () => UpdateLiveSessionInput) input: UpdateLiveSessionInput,
    @Ctx() ctx: AppContext,
  ) {
    const viewer = await ctx.requireViewer();
    const liveSessionId = requireId("LiveSession", input.liveSessionId);
    return toPayload(() => ctx.services.liveSessions.update(viewer, { ...input, liveSessionId }), empty);
  }

  @Authorized()
  @Mutation(() => LiveSessionPayload, {
    description: "Start (LIVE) or end (COMPLETED) a session you run; other transitions are refused.",
  })
  async updateLiveSessionStatus(
    @Arg("input", () => UpdateLiveSessionStatusInput) input: UpdateLiveSessionStatusInput,
    @Ctx() ctx: AppContext,
  ) {
    const viewer = await ctx.requireViewer();
    const liveSessionId = requireId("LiveSession", input.liveSessionId);
    return toPayload(
      () => ctx.services.liveSessions.updateStatus(viewer, { ...input, liveSessionId }),
      empty,
    );
  }

  @Authorized()
  @Mutation(() => LiveSessionPayload, { description: "Cancel a scheduled session you run." })
  async cancelLiveSession(
    @Arg("input", () => LiveSessionRefInput) input: LiveSessionRefInput,
    @Ctx() ctx: AppContext,
  ) {
    const viewer = await ctx.requireViewer();
    const liveSessionId = requireId("LiveSession", input.liveSessionId);
    return toPayload(() => ctx.services.liveSessions.cancel(viewer, { liveSessionId }), empty);
  }

  @Authorized()
  @Mutation(() => LiveSessionPayload, {
    description:
      "Take a place in a scheduled or live session (once; a course's sessions need an enrollment).",
  })
  async joinLiveSession(
    @Arg("input", () => LiveSessionRefInput) input: LiveSessionRefInput,
    @Ctx() ctx: AppContext,
  ) {
    const viewer = await ctx.requireViewer();
    const liveSessionId = requireId("LiveSession", input.liveSessionId);
    return toPayload(() => ctx.services.liveParticipation.join(viewer, { liveSessionId }), empty);
  }

  @Authorized()
  @Mutation(() => LiveSessionPayload, { description: "Give your place in a session back." })
  async leaveLiveSession(
    @Arg("input", () => LiveSessionRefInput) input: LiveSessionRefInput,
    @Ctx() ctx: AppContext,
  ) {
    const viewer = await ctx.requireViewer();
    const liveSessionId = requireId("LiveSession", input.liveSessionId);
    return toPayload(() => ctx.services.liveParticipation.leave(viewer, { liveSessionId }), empty);
  }

  @FieldResolver(() => Int, { description: "Length in minutes." })
  durationMinutes(@Root() s: LiveSessionRow): number {
    return Math.round((s.endsAt.getTime() - s.startsAt.getTime()) / 60_000);
  }

  @FieldResolver(() => Int, { description: "People holding a place." })
  participantCount(@Root() s: LiveSessionRow, @Ctx() ctx: AppContext): Promise<number> {
    return placesTakenBySession(ctx).load(s.id);
  }

  @FieldResolver(() => Int, { description: "Places still free." })
  async placesLeft(@Root() s: LiveSessionRow, @Ctx() ctx: AppContext): Promise<number> {
    return placesLeft(s.maxParticipants, await placesTakenBySession(ctx).load(s.id));
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: "Video conference link: host, admins and participants.",
  })
  async meetingUrl(@Root() s: LiveSessionRow, @Ctx() ctx: AppContext): Promise<string | null> {
    return (await liveSessionAccess(ctx, s)).canReadMeetingUrl ? s.meetingUrl : null;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description:
      "Recording link, once the session is completed: host, admins, participants and the course's students.",
  })
  async recordingUrl(@Root() s: LiveSessionRow, @Ctx() ctx: AppContext): Promise<string | null> {
    return s.status === "COMPLETED" && (await liveSessionAccess(ctx, s)).canReadRecording
      ? s.recordingUrl
      : null;
  }

  @FieldResolver(() => User, { nullable: true, description: "Who teaches it." })
  instructor(@Root() s: LiveSessionRow, @Ctx() ctx: AppContext): Promise<UserSource | null> {
    return userById(ctx).load(s.instructorId);
  }

  @FieldResolver(() => Course, { nullable: true, description: "The course it belongs to, when visible." })
  async course(@Root() s: LiveSessionRow, @Ctx() ctx: AppContext): Promise<CourseRow | null> {
    const access = await liveSessionAccess(ctx, s);
    return access.course && access.canView ? access.course : null;
  }

  @FieldResolver(() => Boolean, { description: "Whether the viewer holds a place." })
  async viewerHasJoined(@Root() s: LiveSessionRow, @Ctx() ctx: AppContext): Promise<boolean> {
    return (await liveSessionAccess(ctx, s)).holdsPlace;
  }

  @FieldResolver(() => Boolean, {
    description: "Whether the viewer may join now (allowed, open, places left).",
  })
  async viewerCanJoin(@Root() s: LiveSessionRow, @Ctx() ctx: AppContext): Promise<boolean> {
    const [access, taken] = await Promise.all([
      liveSessionAccess(ctx, s),
      placesTakenBySession(ctx).load(s.id),
    ]);
    return access.canJoin && placesLeft(s.maxParticipants, taken) > 0;
  }

  @FieldResolver(() => Boolean, { description: "Whether the viewer runs it (its instructor, admins)." })
  async viewerCanManage(@Root() s: LiveSessionRow, @Ctx() ctx: AppContext): Promise<boolean> {
    return (await liveSessionAccess(ctx, s)).canManage;
  }
}

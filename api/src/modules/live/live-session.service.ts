import { z } from "zod";
import { isAdmin, isSelf } from "../../auth/policy.js";
import type { Viewer } from "../../context.js";
import type { CampusPrisma } from "../../db/client.js";
import { forbidden } from "../../graphql/errors.js";
import { UserErrorCode, UserErrorsException, userError } from "../../graphql/user-error.js";
import { parseInput } from "../../lib/validation.js";
import type { CampusPubSub } from "../../realtime/pubsub.js";
import { writeAuditLog } from "../audit/audit-log.js";
import { httpUrl, text } from "../catalog/catalog.schema.js";
import { lockEditableCourse } from "../catalog/course-lock.js";
import { LiveSessionStatusEnum } from "./live.enums.js";
import { liveSessionUpdatedEvent } from "./live-session.events.js";
import { lockManagedSession, type Tx } from "./live-session.lock.js";
import { canCreateLiveSession } from "./live-session.policy.js";
import { canReschedule, canSetRecording, type LiveStatus, transitionRefusal } from "./live-session.rules.js";
import { type LiveSessionRow, liveSessionSelect } from "./live-session.types.js";

const between = (label: string, min: number, max: number) =>
  z
    .number()
    .int(`${label} must be a whole number.`)
    .refine((v) => v >= min && v <= max, `${label} must be between ${min} and ${max}.`);
const future = z.date().refine((d) => d.getTime() > Date.now(), "The start must be in the future.");
const duration = between("The duration", 5, 720);
const places = between("Places", 1, 10_000);

const createSchema = z.object({
  title: text("Title", 200),
  description: text("Description", 5000),
  startsAt: future,
  durationMinutes: duration,
  maxParticipants: places,
  isRecorded: z.boolean().nullish(),
  meetingUrl: httpUrl.nullish(),
  courseId: z.uuid().nullish(),
});
const updateSchema = z.object({
  liveSessionId: z.uuid(),
  title: text("Title", 200).nullish(),
  description: text("Description", 5000).nullish(),
  startsAt: future.nullish(),
  durationMinutes: duration.nullish(),
  maxParticipants: places.nullish(),
  isRecorded: z.boolean().nullish(),
  meetingUrl: httpUrl.nullish(),
  recordingUrl: httpUrl.nullish(),
});
const statusSchema = z.object({ liveSessionId: z.uuid(), status: z.enum(LiveSessionStatusEnum) });

const refuse = (code: UserErrorCode, message: string, field: string) =>
  new UserErrorsException([userError(code, message, field)]);
const SCHEDULE_FIELDS = [
  "startsAt",
  "durationMinutes",
  "maxParticipants",
  "isRecorded",
  "meetingUrl",
] as const;

/** Instructors scheduling and running live sessions; changes are published after commit. */
export class LiveSessionService {
  constructor(private readonly deps: { prisma: CampusPrisma; pubsub: CampusPubSub }) {}

  async create(viewer: Viewer, input: unknown): Promise<{ liveSession: LiveSessionRow }> {
    if (!canCreateLiveSession(viewer)) throw forbidden("Only instructors can schedule live sessions.");
    const data = parseInput(createSchema, input);
    const liveSession = await this.deps.prisma.$transaction(async (tx) => {
      const course = data.courseId ? await lockEditableCourse(tx, viewer, data.courseId) : null;
      const created = await tx.liveSession.create({
        data: {
          title: data.title,
          description: data.description,
          // An admin scheduling a class of someone's course schedules it for that course's instructor.
          instructorId: course?.instructorId ?? viewer.id,
          courseId: course?.id ?? null,
          startsAt: data.startsAt,
          endsAt: new Date(data.startsAt.getTime() + data.durationMinutes * 60_000),
          maxParticipants: data.maxParticipants,
          isRecorded: data.isRecorded ?? false,
          meetingUrl: data.meetingUrl ?? null,
        },
        select: liveSessionSelect,
      });
      await this.audit(tx, viewer, created, "live_session.create", null);
      return created;
    });
    return { liveSession };
  }

  async update(viewer: Viewer, input: unknown): Promise<{ liveSession: LiveSessionRow }> {
    const data = parseInput(updateSchema, input);
    return this.change(viewer, data.liveSessionId, async (tx, session) => {
      if (SCHEDULE_FIELDS.some((f) => data[f] != null) && !canReschedule(session.status))
        throw refuse(UserErrorCode.INVALID_STATE, "Only a scheduled session can be rescheduled.", "startsAt");
      if (data.recordingUrl != null && !canSetRecording(session.status))
        throw refuse(
          UserErrorCode.INVALID_STATE,
          "Add the recording once the session is completed.",
          "recordingUrl",
        );
      if (data.maxParticipants != null) {
        const taken = await tx.sessionParticipant.count({
          where: { liveSessionId: session.id, leftAt: null },
        });
        if (data.maxParticipants < taken)
          throw refuse(UserErrorCode.INVALID, `${taken} people already hold a place.`, "maxParticipants");
      }
      const startsAt = data.startsAt ?? session.startsAt;
      const minutes =
        data.durationMinutes ?? (session.endsAt.getTime() - session.startsAt.getTime()) / 60_000;
      return {
        title: data.title ?? undefined,
        description: data.description ?? undefined,
        startsAt,
        endsAt: new Date(startsAt.getTime() + minutes * 60_000),
        maxParticipants: data.maxParticipants ?? undefined,
        isRecorded: data.isRecorded ?? undefined,
        meetingUrl: data.meetingUrl ?? undefined,
        recordingUrl: data.recordingUrl ?? undefined,
      };
    });
  }

  /** SCHEDULED -> LIVE -> COMPLETED, or SCHEDULED -> CANCELLED; anything else is a userError. */
  async updateStatus(viewer: Viewer, input: unknown): Promise<{ liveSession: LiveSessionRow }> {
    const data = parseInput(statusSchema, input);
    return this.change(viewer, data.liveSessionId, async (_tx, session) => {
      const refusal = transitionRefusal(session.status as LiveStatus, data.status);
      if (refusal) throw refuse(UserErrorCode.INVALID_STATE, refusal, "status");
      return { status: data.status };
    });
  }

  cancel(viewer: Viewer, input: { liveSessionId: string }) {
    return this.updateStatus(viewer, { liveSessionId: input.liveSessionId, status: "CANCELLED" });
  }

  /** Locks a session the viewer manages, applies `changes`, audits admin changes, publishes. */
  private async change(
    viewer: Viewer,
    liveSessionId: string,
    changes: (tx: Tx, session: LiveSessionRow) => Promise<Record<string, unknown>>,
  ): Promise<{ liveSession: LiveSessionRow }> {
    const liveSession = await this.deps.prisma.$transaction(async (tx) => {
      const { session } = await lockManagedSession(tx, viewer, liveSessionId);
      const updated = await tx.liveSession.update({
        where: { id: session.id },
        data: await changes(tx, session),
        select: liveSessionSelect,
      });
      await this.audit(tx, viewer, updated, "live_session.update", session);
      return updated;
    });
    liveSessionUpdatedEvent(liveSession).publish(this.deps.pubsub);
    return { liveSession };
  }

  /** DESIGN.md: an admin acting on someone else's session leaves an AuditLog row. */
  private async audit(
    tx: Tx,
    viewer: Viewer,
    after: LiveSessionRow,
    action: string,
    before: LiveSessionRow | null,
  ) {
    if (!isAdmin(viewer) || isSelf(viewer, after.instructorId)) return;
    await writeAuditLog(tx, {
      actorId: viewer.id,
      action,
      entityType: "live_session",
      entityId: after.id,
      oldValues: before,
      newValues: after,
    });
  }
}

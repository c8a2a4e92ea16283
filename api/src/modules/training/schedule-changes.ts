import { z } from "zod";
import { isAdmin } from "../../auth/policy.js";
import type { Viewer } from "../../context.js";
import type { CampusPrisma } from "../../db/client.js";
import type { Prisma } from "../../generated/prisma/client.js";
import { UserErrorCode, UserErrorsException, userError } from "../../graphql/user-error.js";
import { globalIdOf, text } from "../../lib/id-schema.js";
import { parseInput } from "../../lib/validation.js";
import type { CampusPubSub } from "../../realtime/pubsub.js";
import { writeAuditLog } from "../audit/audit-log.js";
import { scheduleOverlapUserError } from "./schedule.errors.js";
import { scheduleSeatsEvent } from "./schedule.events.js";
import { isOpenSchedule, type ScheduleStatus, scheduleTimeErrors } from "./schedule.rules.js";
import type { ScheduleBookingsPort } from "./schedule.service.js";
import { scheduleSelect } from "./training.loaders.js";
import { assertCanManageSchedule, canViewSchedule } from "./training.policy.js";

type Row = Prisma.CourseScheduleGetPayload<{ select: typeof scheduleSelect }>;

const fail = (code: UserErrorCode, message: string, field?: string): never => {
  throw new UserErrorsException([userError(code, message, field)]);
};

const scheduleId = globalIdOf("CourseSchedule", "course schedule");

const updateSchema = z.object({
  scheduleId,
  startsAt: z.date().nullish(),
  endsAt: z.date().nullish(),
  capacity: z.number().int().min(1, "Capacity must be at least 1.").nullish(),
  notes: z.string().trim().max(5000).nullish(),
});

/** Edits, publication and cancellation of existing schedules. */
export class ScheduleChanges {
  constructor(
    private readonly deps: {
      prisma: CampusPrisma;
      pubsub: CampusPubSub;
      bookings: () => ScheduleBookingsPort;
    },
  ) {}

  /** Locks the schedule row for the rest of the transaction and checks the viewer may manage it. */
  private async lockManaged(tx: Prisma.TransactionClient, viewer: Viewer | null, id: string): Promise<Row> {
    await tx.$queryRaw`SELECT 1 FROM course_schedules WHERE id = ${id}::uuid FOR UPDATE`;
    const row = await tx.courseSchedule.findUnique({ where: { id }, select: scheduleSelect });
    if (!row || !canViewSchedule(viewer, row))
      return fail(UserErrorCode.NOT_FOUND, "No such schedule.", "scheduleId");
    assertCanManageSchedule(viewer, row);
    if (!isOpenSchedule(row.status as ScheduleStatus)) {
      fail(UserErrorCode.INVALID_STATE, `The schedule is ${row.status.toLowerCase()}.`, "scheduleId");
    }
    return row;
  }

  private async audit(tx: Prisma.TransactionClient, viewer: Viewer, action: string, old: Row, next: Row) {
    if (!isAdmin(viewer)) return;
    await writeAuditLog(tx, {
      actorId: viewer.id,
      action,
      entityType: "CourseSchedule",
      entityId: old.id,
      oldValues: old,
      newValues: next,
    });
  }

  async update(viewer: Viewer | null, input: unknown) {
    const data = parseInput(updateSchema, input);
    try {
      const schedule = await this.deps.prisma.$transaction(async (tx) => {
        const old = await this.lockManaged(tx, viewer, data.scheduleId);
        const startsAt = data.startsAt ?? old.startsAt;
        const endsAt = data.endsAt ?? old.endsAt;
        const moved =
          startsAt.getTime() !== old.startsAt.getTime() || endsAt.getTime() !== old.endsAt.getTime();
        if (moved) {
          // Booked people agreed to a date: moving it is a cancellation and a new schedule.
          if (old.bookedCount > 0)
            fail(UserErrorCode.INVALID_STATE, "Seats are booked; the time cannot change.", "startsAt");
          const errors = scheduleTimeErrors(startsAt, endsAt, new Date());
          if (errors.length) throw new UserErrorsException(errors);
        }
        const capacity = data.capacity ?? old.capacity;
        if (capacity < old.bookedCount) {
          fail(UserErrorCode.INVALID, `${old.bookedCount} seats are already booked.`, "capacity");
        }
        const venue = await tx.venue.findUniqueOrThrow({
          where: { id: old.venueId },
          select: { capacity: true },
        });
        if (capacity > venue.capacity) {
          fail(
            UserErrorCode.INVALID,
            `Capacity ${capacity} is more than the venue holds (${venue.capacity}).`,
            "capacity",
          );
        }
        const status =
          old.status === "PUBLISHED" && old.bookedCount >= capacity
            ? "FULL"
            : old.status === "FULL" && old.bookedCount < capacity
              ? "PUBLISHED"
              : old.status;
        const next = await tx.courseSchedule.update({
          where: { id: old.id },
          data: {
            startsAt,
            endsAt,
            capacity,
            status,
            notes: data.notes === undefined ? undefined : data.notes,
          },
          select: scheduleSelect,
        });
        await this.audit(tx, viewer as Viewer, "course_schedule.update", old, next);
        return next;
      });
      scheduleSeatsEvent(schedule).publish(this.deps.pubsub);
      return { schedule };
    } catch (error) {
      const overlap = scheduleOverlapUserError(error);
      if (overlap) throw new UserErrorsException([overlap]);
      throw error;
    }
  }

  async publish(viewer: Viewer | null, input: unknown) {
    const data = parseInput(z.object({ scheduleId }), input);
    const schedule = await this.deps.prisma.$transaction(async (tx) => {
      const old = await this.lockManaged(tx, viewer, data.scheduleId);
      if (old.status !== "DRAFT")
        fail(UserErrorCode.INVALID_STATE, "Only drafts can be published.", "scheduleId");
      if (old.startsAt <= new Date())
        fail(UserErrorCode.INVALID_STATE, "The schedule has already started.", "scheduleId");
      const next = await tx.courseSchedule.update({
        where: { id: old.id },
        data: { status: "PUBLISHED" },
        select: scheduleSelect,
      });
      await this.audit(tx, viewer as Viewer, "course_schedule.publish", old, next);
      return next;
    });
    scheduleSeatsEvent(schedule).publish(this.deps.pubsub);
    return { schedule };
  }

  /** Cancels the schedule and, in the same transaction, every active booking on it. */
  async cancel(viewer: Viewer | null, input: unknown) {
    const data = parseInput(z.object({ scheduleId, reason: text("Reason", 1000) }), input);
    const { schedule, events } = await this.deps.prisma.$transaction(
      async (tx) => {
        const old = await this.lockManaged(tx, viewer, data.scheduleId);
        const actor = viewer as Viewer;
        const events = await this.deps
          .bookings()
          .cancelAllForSchedule(tx, { scheduleId: old.id, actor, reason: data.reason });
        const next = await tx.courseSchedule.update({
          where: { id: old.id },
          data: { status: "CANCELLED", bookedCount: 0 },
          select: scheduleSelect,
        });
        await this.audit(tx, actor, "course_schedule.cancel", old, next);
        return { schedule: next, events: scheduleSeatsEvent(next, events) };
      },
      { timeout: 30_000 },
    );
    events.publish(this.deps.pubsub);
    return { schedule };
  }
}

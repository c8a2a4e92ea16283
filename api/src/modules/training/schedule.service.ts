import { z } from "zod";
import { isAdmin } from "../../auth/policy.js";
import type { Viewer } from "../../context.js";
import type { CampusPrisma } from "../../db/client.js";
import type { Prisma } from "../../generated/prisma/client.js";
import type { PageArgs } from "../../graphql/pagination.js";
import { UserErrorCode, UserErrorsException, userError } from "../../graphql/user-error.js";
import { currencyCode, globalIdOf, text } from "../../lib/id-schema.js";
import { parseInput } from "../../lib/validation.js";
import type { PendingEvents } from "../../realtime/pending-events.js";
import type { CampusPubSub } from "../../realtime/pubsub.js";
import { writeAuditLog } from "../audit/audit-log.js";
import { scheduleOverlapUserError } from "./schedule.errors.js";
import { scheduleSeatsEvent } from "./schedule.events.js";
import { resolveScheduleCapacity, scheduleTimeErrors } from "./schedule.rules.js";
import { ScheduleChanges } from "./schedule-changes.js";
import { type ScheduleSearch, searchSchedules } from "./schedule-search.js";
import { scheduleSelect } from "./training.loaders.js";
import { assertCanCreateSchedule, canViewSchedule } from "./training.policy.js";

/** Cancels the bookings of a cancelled schedule; the booking module provides it. */
export interface ScheduleBookingsPort {
  cancelAllForSchedule(
    tx: Prisma.TransactionClient,
    args: { scheduleId: string; actor: Viewer; reason: string },
  ): Promise<PendingEvents>;
}

const fail = (code: UserErrorCode, message: string, field?: string): never => {
  throw new UserErrorsException([userError(code, message, field)]);
};

const createSchema = z
  .object({
    courseId: globalIdOf("Course"),
    venueId: globalIdOf("Venue"),
    instructorId: globalIdOf("User").nullish(),
    startsAt: z.date(),
    endsAt: z.date(),
    capacity: z.number().int().nullish(),
    priceCents: z.number().int().min(0, "Price cannot be negative.").nullish(),
    currency: currencyCode.nullish(),
    notes: z.string().trim().max(5000).nullish(),
    publish: z.boolean().nullish(),
  })
  .refine((v) => (v.priceCents == null) === (v.currency == null), {
    message: "Give a price override together with its currency.",
    path: ["currency"],
  });

/** Planning in-person runs of courses (seed 004 course_schedules). Seat booking is in the booking module. */
export class ScheduleService {
  readonly changes: ScheduleChanges;

  constructor(
    private readonly deps: {
      prisma: CampusPrisma;
      pubsub: CampusPubSub;
      bookings: () => ScheduleBookingsPort;
    },
  ) {
    this.changes = new ScheduleChanges(deps);
  }

  search(filter: Omit<ScheduleSearch, "startsAfter"> & { startsAfter?: Date | null }, page: PageArgs) {
    return searchSchedules(
      this.deps.prisma,
      { ...filter, startsAfter: filter.startsAfter ?? new Date() },
      page,
    );
  }

  async get(viewer: Viewer | null, id: string) {
    const schedule = await this.deps.prisma.courseSchedule.findUnique({
      where: { id },
      select: scheduleSelect,
    });
    return schedule && canViewSchedule(viewer, schedule) ? schedule : null;
  }

  async create(viewer: Viewer | null, input: unknown) {
    const data = parseInput(createSchema, input);
    const course = await this.deps.prisma.course.findUnique({
      where: { id: data.courseId },
      select: { id: true, format: true, instructorId: true, maxCapacity: true, deletedAt: true },
    });
    if (!course || course.deletedAt) return fail(UserErrorCode.NOT_FOUND, "No such course.", "courseId");
    assertCanCreateSchedule(viewer, course);
    if (course.format !== "IN_PERSON") {
      fail(UserErrorCode.INVALID, "Only IN_PERSON courses are scheduled at venues.", "courseId");
    }
    const timeErrors = scheduleTimeErrors(data.startsAt, data.endsAt, new Date());
    if (timeErrors.length) throw new UserErrorsException(timeErrors);
    const instructorId = data.instructorId ?? course.instructorId;
    if (instructorId && !isAdmin(viewer) && instructorId !== viewer.id) {
      fail(UserErrorCode.INVALID, "Instructors plan schedules they teach themselves.", "instructorId");
    }
    try {
      const schedule = await this.deps.prisma.$transaction(async (tx) => {
        // Share-lock the venue so a concurrent capacity change cannot invalidate the check below.
        const venues = await tx.$queryRaw<{ capacity: number; is_active: boolean }[]>`
          SELECT capacity, is_active FROM venues WHERE id = ${data.venueId}::uuid FOR SHARE`;
        const venue = venues[0];
        if (!venue?.is_active) return fail(UserErrorCode.NOT_FOUND, "No such active venue.", "venueId");
        const resolved = resolveScheduleCapacity({
          requested: data.capacity,
          courseMaxCapacity: course.maxCapacity,
          venueCapacity: venue.capacity,
        });
        if ("error" in resolved) throw new UserErrorsException([resolved.error]);
        // Roles are checked here, not with `roles: { has }`: PGlite's adapter binds that scalar
        // as an enum array literal and fails ("malformed array literal").
        const instructor = instructorId
          ? await tx.user.findUnique({ where: { id: instructorId }, select: { roles: true } })
          : null;
        if (instructorId && !instructor?.roles.includes("INSTRUCTOR")) {
          fail(UserErrorCode.NOT_FOUND, "No such instructor.", "instructorId");
        }
        const created = await tx.courseSchedule.create({
          data: {
            courseId: course.id,
            venueId: data.venueId,
            instructorId,
            startsAt: data.startsAt,
            endsAt: data.endsAt,
            capacity: resolved.capacity,
            priceCents: data.priceCents ?? null,
            currency: data.currency ?? null,
            notes: data.notes ?? null,
            status: data.publish ? "PUBLISHED" : "DRAFT",
            createdById: viewer.id,
          },
          select: scheduleSelect,
        });
        if (isAdmin(viewer)) {
          await writeAuditLog(tx, {
            actorId: viewer.id,
            action: "course_schedule.create",
            entityType: "CourseSchedule",
            entityId: created.id,
            oldValues: null,
            newValues: created,
          });
        }
        return created;
      });
      if (schedule.status === "PUBLISHED") scheduleSeatsEvent(schedule).publish(this.deps.pubsub);
      return { schedule };
    } catch (error) {
      const overlap = scheduleOverlapUserError(error);
      if (overlap) throw new UserErrorsException([overlap]);
      throw error;
    }
  }
}

export const scheduleInputSchemas = { id: globalIdOf("CourseSchedule"), reason: text("Reason", 1000) };

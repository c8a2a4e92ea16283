import { z } from "zod";
import type { Viewer } from "../../context.js";
import type { CampusPrisma } from "../../db/client.js";
import type { Prisma } from "../../generated/prisma/client.js";
import { UserErrorCode, UserErrorsException, userError } from "../../graphql/user-error.js";
import { globalIdOf } from "../../lib/id-schema.js";
import { parseInput } from "../../lib/validation.js";
import { assertCanManageCourse } from "./individual.policy.js";
import { acceptsSessions, type IndividualCourseStatus } from "./individual-course.rules.js";
import { lockCourse } from "./individual-course.service.js";

type Tx = Prisma.TransactionClient;
const optionalText = (max: number) => z.string().trim().max(max, `At most ${max} characters.`).nullish();
const list = z.array(z.string().trim().min(1).max(500)).max(50).nullish();
const sessionId = globalIdOf("IndividualSession", "session");
const scheduleSchema = z.object({
  individualCourseId: globalIdOf("IndividualCourse", "individual course"),
  sessionNumber: z.number().int().min(1).nullish(),
  sessionDate: z.date(),
  durationMinutes: z.number().int().min(15, "At least 15 minutes.").max(480, "At most 8 hours.").nullish(),
  meetingLink: z
    .url({ protocol: /^https$/, error: "Meeting link must be an https URL." })
    .max(2000)
    .nullish(),
  lessonPlan: optionalText(10000),
  topics: list,
  materials: list,
});
const completeSchema = z.object({
  sessionId,
  topicsCovered: list,
  homeworkAssigned: optionalText(5000),
  studentPerformance: optionalText(5000),
  instructorNotes: optionalText(10000),
});
const rescheduleSchema = z.object({ sessionId, sessionDate: z.date() });

const fail = (code: UserErrorCode, message: string, field?: string): never => {
  throw new UserErrorsException([userError(code, message, field)]);
};
const open = (status: string) => status === "SCHEDULED" || status === "RESCHEDULED";

/** Lessons of an individual course; the course's counters change in the same transaction. */
export class IndividualSessionService {
  constructor(private readonly deps: { prisma: CampusPrisma; clock: () => Date }) {}

  /** Numbers are sequential: the course row lock makes "next number" race-free. */
  async schedule(viewer: Viewer, input: unknown) {
    const data = parseInput(scheduleSchema, input);
    const session = await this.deps.prisma.$transaction(async (tx) => {
      const course = await lockCourse(tx, viewer, data.individualCourseId);
      assertCanManageCourse(viewer, course);
      if (!acceptsSessions(course.status as IndividualCourseStatus)) {
        fail(
          UserErrorCode.INVALID_STATE,
          "Sessions are scheduled once the course is confirmed.",
          "individualCourseId",
        );
      }
      const last = await tx.individualSession.aggregate({
        where: { individualCourseId: course.id },
        _max: { sessionNumber: true },
      });
      const next = (last._max.sessionNumber ?? 0) + 1;
      if (data.sessionNumber != null && data.sessionNumber < next) {
        fail(UserErrorCode.TAKEN, `Session ${data.sessionNumber} already exists.`, "sessionNumber");
      }
      if (data.sessionNumber != null && data.sessionNumber > next) {
        fail(UserErrorCode.INVALID, `Sessions are numbered in order: the next is ${next}.`, "sessionNumber");
      }
      return tx.individualSession.create({
        data: {
          individualCourseId: course.id,
          sessionNumber: next,
          sessionDate: data.sessionDate,
          durationMinutes: data.durationMinutes ?? 60,
          meetingLink: data.meetingLink ?? null,
          lessonPlan: data.lessonPlan ?? null,
          topicsCovered: data.topics ?? [],
          materialsShared: data.materials ?? [],
        },
      });
    });
    return { session };
  }

  async complete(viewer: Viewer, input: unknown) {
    const data = parseInput(completeSchema, input);
    return this.change(viewer, data.sessionId, async (tx, s, course) => {
      if (!open(s.status))
        fail(UserErrorCode.INVALID_STATE, "Only a planned session can be completed.", "sessionId");
      const { sessionId: _id, ...fields } = data;
      const done = await tx.individualSession.update({
        where: { id: s.id },
        data: { ...fields, topicsCovered: fields.topicsCovered ?? s.topicsCovered, status: "COMPLETED" },
      });
      // The first lesson held starts the course.
      if (course.status === "CONFIRMED") {
        await tx.individualCourse.update({
          where: { id: course.id },
          data: { status: "IN_PROGRESS", courseStartDate: course.courseStartDate ?? done.sessionDate },
        });
      }
      return done;
    });
  }

  async cancel(viewer: Viewer, input: unknown) {
    const data = parseInput(z.object({ sessionId }), input);
    return this.change(viewer, data.sessionId, async (tx, s) => {
      if (!open(s.status))
        fail(UserErrorCode.INVALID_STATE, "Only a planned session can be cancelled.", "sessionId");
      return tx.individualSession.update({ where: { id: s.id }, data: { status: "CANCELLED" } });
    });
  }

  async reschedule(viewer: Viewer, input: unknown) {
    const data = parseInput(rescheduleSchema, input);
    return this.change(viewer, data.sessionId, async (tx, s) => {
      if (!open(s.status))
        fail(UserErrorCode.INVALID_STATE, "Only a planned session can be moved.", "sessionId");
      return tx.individualSession.update({
        where: { id: s.id },
        data: { status: "RESCHEDULED", sessionDate: data.sessionDate },
      });
    });
  }

  /**
   * Runs a change under the course's row lock, then recomputes sessionsCompleted and
   * lastSessionDate from the sessions themselves so they can never drift.
   */
  private async change(
    viewer: Viewer,
    id: string,
    work: (
      tx: Tx,
      s: SessionRecord,
      course: Awaited<ReturnType<typeof lockCourse>>,
    ) => Promise<SessionRecord>,
  ) {
    const session = await this.deps.prisma.$transaction(async (tx) => {
      const found = await tx.individualSession.findUnique({
        where: { id },
        select: { individualCourseId: true },
      });
      if (!found) return fail(UserErrorCode.NOT_FOUND, "No such session.", "sessionId");
      const course = await lockCourse(tx, viewer, found.individualCourseId).catch(() =>
        fail(UserErrorCode.NOT_FOUND, "No such session.", "sessionId"),
      );
      assertCanManageCourse(viewer, course);
      const current = await tx.individualSession.findUniqueOrThrow({ where: { id } });
      const changed = await work(tx, current, course);
      const done = await tx.individualSession.aggregate({
        where: { individualCourseId: course.id, status: "COMPLETED" },
        _count: { _all: true },
        _max: { sessionDate: true },
      });
      await tx.individualCourse.update({
        where: { id: course.id },
        data: { sessionsCompleted: done._count._all, lastSessionDate: done._max.sessionDate },
      });
      return changed;
    });
    return { session };
  }
}

type SessionRecord = Prisma.IndividualSessionGetPayload<Record<string, never>>;

import { z } from "zod";
import { isAdmin } from "../../auth/policy.js";
import type { Viewer } from "../../context.js";
import type { CampusPrisma } from "../../db/client.js";
import { Prisma } from "../../generated/prisma/client.js";
import { type PageArgs, paginate } from "../../graphql/pagination.js";
import { UserErrorCode, UserErrorsException, userError } from "../../graphql/user-error.js";
import { currencyCode, globalIdOf } from "../../lib/id-schema.js";
import { parseInput } from "../../lib/validation.js";
import type { CourseRow } from "./individual.loaders.js";
import { assertCanCreateCourses, assertCanManageCourse, canReadCourse } from "./individual.policy.js";
import {
  confirmedScheduleSchema,
  courseTransitionError,
  curriculumSchema,
  type IndividualCourseStatus,
} from "./individual-course.rules.js";
import { findOrInviteStudent } from "./student-account.js";

type Tx = Prisma.TransactionClient;
const optionalText = (max: number) => z.string().trim().max(max, `At most ${max} characters.`).nullish();
const courseStatus = z.enum(["INQUIRY", "QUOTED", "CONFIRMED", "IN_PROGRESS", "COMPLETED", "CANCELLED"]);

const details = {
  studentLevel: z.enum(["BEGINNER", "INTERMEDIATE", "ADVANCED", "EXPERT"]).nullish(),
  specificGoals: optionalText(5000),
  customCurriculum: curriculumSchema.nullish(),
  learningPace: z.enum(["SLOW", "NORMAL", "FAST", "INTENSIVE"]).nullish(),
  preferredSchedule: optionalText(2000),
  confirmedSchedule: confirmedScheduleSchema.nullish(),
  instructorNotes: optionalText(10000),
};
const courseId = globalIdOf("IndividualCourse", "individual course");
const createSchema = z
  .object({
    ...details,
    inquiryId: globalIdOf("ContactInquiry", "inquiry").nullish(),
    studentId: globalIdOf("User", "student").nullish(),
    currency: currencyCode.nullish(),
  })
  .refine((v) => (v.inquiryId == null) !== (v.studentId == null), {
    message: "Give either an inquiry or a student.",
    path: ["inquiryId"],
  });
const updateSchema = z.object({ ...details, individualCourseId: courseId });
const statusSchema = z.object({ individualCourseId: courseId, status: courseStatus });

const fail = (code: UserErrorCode, message: string, field?: string): never => {
  throw new UserErrorsException([userError(code, message, field)]);
};

/** JSON columns: undefined leaves them, null clears them. */
const json = (v: unknown) =>
  v === undefined ? undefined : v === null ? Prisma.DbNull : (v as Prisma.InputJsonValue);

/** Creating, editing and moving individual courses through their lifecycle (seed 000). */
export class IndividualCourseService {
  constructor(private readonly deps: { prisma: CampusPrisma; clock: () => Date }) {}

  async create(viewer: Viewer, input: unknown) {
    const data = parseInput(createSchema, input);
    assertCanCreateCourses(viewer);
    const { inquiryId, studentId, currency, customCurriculum, confirmedSchedule, ...rest } = data;
    const individualCourse = await this.deps.prisma.$transaction(async (tx) => {
      const origin = inquiryId
        ? await this.fromInquiry(tx, inquiryId)
        : await this.existingStudent(tx, studentId);
      const course = await tx.individualCourse.create({
        data: {
          ...rest,
          studentId: origin.studentId,
          instructorId: viewer.id,
          currency: currency ?? "EUR",
          initialInquiry: origin.message,
          inquiryDate: origin.inquiryDate ?? this.deps.clock(),
          customCurriculum: json(customCurriculum),
          actualSchedule: json(confirmedSchedule),
        },
      });
      if (inquiryId) {
        await tx.contact.update({
          where: { id: inquiryId },
          data: { individualCourseId: course.id, status: "CONVERTED" },
        });
      }
      return course;
    });
    return { individualCourse };
  }

  /** The inquirer's account: their own when signed in or known by email, else an invited one. */
  private async fromInquiry(tx: Tx, inquiryId: string) {
    await tx.$queryRaw`SELECT 1 FROM contacts WHERE id = ${inquiryId}::uuid FOR UPDATE`;
    const contact = await tx.contact.findUnique({ where: { id: inquiryId } });
    if (!contact) return fail(UserErrorCode.NOT_FOUND, "No such inquiry.", "inquiryId");
    if (contact.individualCourseId) {
      fail(UserErrorCode.CONFLICT, "This inquiry already has an individual course.", "inquiryId");
    }
    const studentId = await findOrInviteStudent(tx, contact);
    return { studentId, message: contact.message, inquiryDate: contact.createdAt };
  }

  private async existingStudent(tx: Tx, studentId: string | null | undefined) {
    const student = studentId
      ? await tx.user.findFirst({ where: { id: studentId, deletedAt: null }, select: { id: true } })
      : null;
    if (!student) return fail(UserErrorCode.NOT_FOUND, "No such student.", "studentId");
    return { studentId: student.id, message: null, inquiryDate: null };
  }

  async update(viewer: Viewer, input: unknown) {
    const data = parseInput(updateSchema, input);
    const { individualCourseId, customCurriculum, confirmedSchedule, ...rest } = data;
    const current = await this.load(viewer, individualCourseId);
    assertCanManageCourse(viewer, current);
    const individualCourse = await this.deps.prisma.individualCourse.update({
      where: { id: current.id },
      data: { ...rest, customCurriculum: json(customCurriculum), actualSchedule: json(confirmedSchedule) },
    });
    return { individualCourse };
  }

  /** Only the legal moves of the seed's lifecycle; the dates follow the status. */
  async changeStatus(viewer: Viewer, input: unknown) {
    const data = parseInput(statusSchema, input);
    const individualCourse = await this.deps.prisma.$transaction(async (tx) => {
      const course = await lockCourse(tx, viewer, data.individualCourseId);
      assertCanManageCourse(viewer, course);
      const error = courseTransitionError(course.status as IndividualCourseStatus, data.status);
      if (error) fail(UserErrorCode.INVALID_STATE, error, "status");
      const now = this.deps.clock();
      return tx.individualCourse.update({
        where: { id: course.id },
        data: {
          status: data.status,
          ...(data.status === "IN_PROGRESS" && !course.courseStartDate ? { courseStartDate: now } : {}),
          // Never before the start or the last lesson (the date-range CHECK).
          ...(data.status === "COMPLETED" || data.status === "CANCELLED"
            ? { courseEndDate: latest(now, course.courseStartDate, course.lastSessionDate) }
            : {}),
        },
      });
    });
    return { individualCourse };
  }

  /** A course the viewer may read, or NOT_FOUND (hidden and unknown look the same). */
  private async load(viewer: Viewer, id: string) {
    const course = await this.deps.prisma.individualCourse.findUnique({ where: { id } });
    if (!course || !canReadCourse(viewer, course)) {
      return fail(UserErrorCode.NOT_FOUND, "No such individual course.", "individualCourseId");
    }
    return course;
  }

  /** Courses the viewer takes (index individual_courses(student_id)). */
  mine(viewer: Viewer, statuses: IndividualCourseStatus[] | null | undefined, page: PageArgs) {
    return this.page({ studentId: viewer.id, ...byStatus(statuses) }, page);
  }

  /** Courses the viewer teaches (index individual_courses(instructor_id)); admins see all. */
  teaching(viewer: Viewer, statuses: IndividualCourseStatus[] | null | undefined, page: PageArgs) {
    assertCanCreateCourses(viewer);
    return this.page(
      { ...(isAdmin(viewer) ? {} : { instructorId: viewer.id }), ...byStatus(statuses) },
      page,
    );
  }

  private page(where: Prisma.IndividualCourseWhereInput, page: PageArgs) {
    const prisma = this.deps.prisma;
    return paginate(page, {
      sort: [{ field: "createdAt", direction: "desc" }],
      fetch: ({ cursorWhere, orderBy, take }) =>
        prisma.individualCourse.findMany({
          where: cursorWhere ? { AND: [where, cursorWhere] } : where,
          orderBy,
          take,
        }),
      count: () => prisma.individualCourse.count({ where }),
    });
  }
}

const latest = (...dates: (Date | null)[]) =>
  new Date(Math.max(...dates.filter((d): d is Date => d != null).map((d) => d.getTime())));

const byStatus = (statuses: IndividualCourseStatus[] | null | undefined) =>
  statuses?.length ? { status: { in: statuses } } : {};

/** Locks a course for the transaction; NOT_FOUND unless the viewer may read it. */
export async function lockCourse(tx: Tx, viewer: Viewer | null, id: string): Promise<CourseRow> {
  await tx.$queryRaw`SELECT 1 FROM individual_courses WHERE id = ${id}::uuid FOR UPDATE`;
  const course = await tx.individualCourse.findUnique({ where: { id } });
  if (!course || !canReadCourse(viewer, course)) {
    return fail(UserErrorCode.NOT_FOUND, "No such individual course.", "individualCourseId");
  }
  return course;
}

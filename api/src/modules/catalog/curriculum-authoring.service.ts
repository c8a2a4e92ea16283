import { z } from "zod";
import type { Viewer } from "../../context.js";
import type { CampusPrisma } from "../../db/client.js";
import { Prisma } from "../../generated/prisma/client.js";
import { notFound } from "../../graphql/errors.js";
import { UserErrorCode, UserErrorsException, userError } from "../../graphql/user-error.js";
import { parseInput } from "../../lib/validation.js";
import { courseSelect } from "./catalog.loaders.js";
import { optionalText, text } from "./catalog.schema.js";
import { refreshCurriculumCounters } from "./counters.js";
import { auditIfAdmin, type LockedCourse, lockEditableCourse, type Tx } from "./course-lock.js";
import { lessonSelect, moduleSelect } from "./curriculum.types.js";
import { createLessonSchema, updateLessonSchema } from "./lesson.schema.js";

const idList = z.array(z.uuid("Not an id of this list.")).max(500, "At most 500 items.");
const reorderModulesSchema = z.object({ courseId: z.uuid(), moduleIds: idList });
const reorderLessonsSchema = z.object({ moduleId: z.uuid(), lessonIds: idList });

const notExactly = (what: string, field: string) =>
  new UserErrorsException([
    userError(UserErrorCode.INVALID, `List every ${what} exactly once, and only those.`, field),
  ]);

/** Modules and lessons: create, update, delete, reorder; counters in the same transaction. */
export class CurriculumAuthoringService {
  constructor(private readonly deps: { prisma: CampusPrisma }) {}

  createModule(viewer: Viewer, input: unknown) {
    const data = parseInput(
      z.object({
        courseId: z.uuid(),
        title: text("Title", 200),
        description: optionalText("Description", 2000),
      }),
      input,
    );
    return this.inCourse(viewer, data.courseId, "course_module.create", async (tx, course) => {
      const last = await tx.courseModule.aggregate({
        where: { courseId: course.id },
        _max: { position: true },
      });
      const module = await tx.courseModule.create({
        data: {
          courseId: course.id,
          title: data.title,
          description: data.description ?? null,
          position: (last._max.position ?? -1) + 1,
        },
        select: moduleSelect,
      });
      return { module, entityId: module.id, newValues: module };
    });
  }

  async updateModule(viewer: Viewer, input: unknown) {
    const data = parseInput(
      z.object({
        moduleId: z.uuid(),
        title: text("Title", 200).nullish(),
        description: optionalText("Description", 2000),
      }),
      input,
    );
    const courseId = await this.courseOfModule(data.moduleId);
    return this.inCourse(viewer, courseId, "course_module.update", async (tx) => {
      const module = await tx.courseModule.update({
        where: { id: data.moduleId },
        data: { title: data.title ?? undefined, description: data.description },
        select: moduleSelect,
      });
      return { module, entityId: module.id, newValues: module };
    });
  }

  async deleteModule(viewer: Viewer, input: unknown) {
    const { moduleId } = parseInput(z.object({ moduleId: z.uuid() }), input);
    const courseId = await this.courseOfModule(moduleId);
    return this.inCourse(viewer, courseId, "course_module.delete", async (tx) => {
      await tx.courseModule.delete({ where: { id: moduleId } });
      return { deletedId: moduleId, entityId: moduleId, newValues: null };
    });
  }

  reorderModules(viewer: Viewer, input: { courseId: string; moduleIds: string[] }) {
    const { courseId, moduleIds: ids } = parseInput(reorderModulesSchema, input);
    return this.inCourse(viewer, courseId, "course_module.reorder", async (tx, course) => {
      const current = await tx.courseModule.findMany({
        where: { courseId: course.id },
        select: { id: true },
      });
      if (
        !sameSet(
          current.map((m) => m.id),
          ids,
        )
      )
        throw notExactly("module of the course", "moduleIds");
      await setPositions(tx, "course_modules", ids);
      return { entityId: course.id, newValues: { moduleIds: ids } };
    });
  }

  async createLesson(viewer: Viewer, input: unknown) {
    const { moduleId, ...data } = parseInput(createLessonSchema, input);
    const courseId = await this.courseOfModule(moduleId);
    return this.inCourse(viewer, courseId, "lesson.create", async (tx) => {
      const lesson = await tx.lesson.create({
        data: { ...data, courseId, moduleId, position: await nextLessonPosition(tx, moduleId) },
        select: lessonSelect,
      });
      return { lesson, entityId: lesson.id, newValues: lesson };
    });
  }

  async updateLesson(viewer: Viewer, input: unknown) {
    const { lessonId, moduleId, ...data } = parseInput(updateLessonSchema, input);
    const courseId = await this.courseOfLesson(lessonId);
    return this.inCourse(viewer, courseId, "lesson.update", async (tx) => {
      const current = await tx.lesson.findUniqueOrThrow({
        where: { id: lessonId },
        select: { moduleId: true },
      });
      let move = {};
      if (moduleId && moduleId !== current.moduleId) {
        const target = await tx.courseModule.findUnique({
          where: { id: moduleId },
          select: { courseId: true },
        });
        if (target?.courseId !== courseId)
          throw new UserErrorsException([
            userError(UserErrorCode.INVALID, "Move lessons between modules of the same course.", "moduleId"),
          ]);
        move = { moduleId, position: await nextLessonPosition(tx, moduleId) };
      }
      const lesson = await tx.lesson.update({
        where: { id: lessonId },
        data: { ...data, ...move },
        select: lessonSelect,
      });
      return { lesson, entityId: lesson.id, newValues: lesson };
    });
  }

  async deleteLesson(viewer: Viewer, input: unknown) {
    const { lessonId } = parseInput(z.object({ lessonId: z.uuid() }), input);
    const courseId = await this.courseOfLesson(lessonId);
    return this.inCourse(viewer, courseId, "lesson.delete", async (tx) => {
      await tx.lesson.delete({ where: { id: lessonId } });
      return { deletedId: lessonId, entityId: lessonId, newValues: null };
    });
  }

  async reorderLessons(viewer: Viewer, input: { moduleId: string; lessonIds: string[] }) {
    const { moduleId, lessonIds: ids } = parseInput(reorderLessonsSchema, input);
    const courseId = await this.courseOfModule(moduleId);
    return this.inCourse(viewer, courseId, "lesson.reorder", async (tx) => {
      const current = await tx.lesson.findMany({ where: { moduleId }, select: { id: true } });
      if (
        !sameSet(
          current.map((l) => l.id),
          ids,
        )
      )
        throw notExactly("lesson of the module", "lessonIds");
      await setPositions(tx, "lessons", ids);
      return { entityId: moduleId, newValues: { lessonIds: ids } };
    });
  }

  /**
   * Runs a curriculum change with the course locked and editable, recomputes the counters,
   * audits admins, and returns the change's result with the course as it now is.
   */
  private inCourse<R extends { entityId: string; newValues: object | null }>(
    viewer: Viewer,
    courseId: string,
    action: string,
    change: (tx: Tx, course: LockedCourse) => Promise<R>,
  ) {
    return this.deps.prisma.$transaction(async (tx) => {
      const locked = await lockEditableCourse(tx, viewer, courseId);
      const { entityId, newValues, ...result } = await change(tx, locked);
      await refreshCurriculumCounters(tx, courseId);
      await auditIfAdmin(tx, viewer, locked, {
        action,
        entityType: action.split(".")[0]!,
        entityId,
        oldValues: null,
        newValues: newValues as Record<string, unknown> | null,
      });
      const course = await tx.course.findUniqueOrThrow({ where: { id: courseId }, select: courseSelect });
      return { ...result, course };
    });
  }

  private async courseOfModule(moduleId: string): Promise<string> {
    const found = await this.deps.prisma.courseModule.findUnique({
      where: { id: moduleId },
      select: { courseId: true },
    });
    if (!found) throw notFound("CourseModule");
    return found.courseId;
  }

  private async courseOfLesson(lessonId: string): Promise<string> {
    const found = await this.deps.prisma.lesson.findUnique({
      where: { id: lessonId },
      select: { courseId: true },
    });
    if (!found) throw notFound("Lesson");
    return found.courseId;
  }
}

function sameSet(current: string[], given: string[]): boolean {
  const wanted = new Set(given);
  return (
    wanted.size === given.length && given.length === current.length && current.every((id) => wanted.has(id))
  );
}

async function nextLessonPosition(tx: Tx, moduleId: string): Promise<number> {
  const last = await tx.lesson.aggregate({ where: { moduleId }, _max: { position: true } });
  return (last._max.position ?? -1) + 1;
}

/** Positions 0..n-1 in the given order, in one statement. */
async function setPositions(tx: Tx, table: "course_modules" | "lessons", ids: string[]): Promise<void> {
  await tx.$executeRaw`
    UPDATE ${Prisma.raw(table)} t SET position = o.n - 1, updated_at = now()
    FROM unnest(${ids}::uuid[]) WITH ORDINALITY AS o(id, n) WHERE t.id = o.id`;
}

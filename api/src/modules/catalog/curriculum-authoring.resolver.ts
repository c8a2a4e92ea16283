import { Arg, Authorized, Ctx, Mutation, Resolver } from "type-graphql";
import type { AppContext } from "../../context.js";
import { toGlobalId } from "../../graphql/global-id.js";
import { toPayload } from "../../graphql/payload.js";
import {
  CourseModulePayload,
  CreateCourseModuleInput,
  CreateLessonInput,
  CurriculumChangePayload,
  DeleteCourseModuleInput,
  DeleteLessonInput,
  LessonPayload,
  ReorderCourseModulesInput,
  ReorderLessonsInput,
  UpdateCourseModuleInput,
  UpdateLessonInput,
} from "./curriculum-authoring.types.js";
import { listIds, optionalId, requireId } from "./ids.js";

const noModule = { module: null, course: null };
const noLesson = { lesson: null, course: null };
const noChange = { deletedId: null, course: null };

/** Curriculum mutations; rules, counters and authorization are in CurriculumAuthoringService. */
@Resolver()
export class CurriculumAuthoringResolver {
  @Authorized()
  @Mutation(() => CourseModulePayload, { description: "Add a module at the end of a course you may edit." })
  async createCourseModule(
    @Arg("input", () => CreateCourseModuleInput) input: CreateCourseModuleInput,
    @Ctx() ctx: AppContext,
  ) {
    const viewer = await ctx.requireViewer();
    const courseId = requireId("Course", input.courseId);
    return toPayload(() => ctx.services.curriculum.createModule(viewer, { ...input, courseId }), noModule);
  }

  @Authorized()
  @Mutation(() => CourseModulePayload, { description: "Rename or describe a module." })
  async updateCourseModule(
    @Arg("input", () => UpdateCourseModuleInput) input: UpdateCourseModuleInput,
    @Ctx() ctx: AppContext,
  ) {
    const viewer = await ctx.requireViewer();
    const moduleId = requireId("CourseModule", input.moduleId);
    return toPayload(() => ctx.services.curriculum.updateModule(viewer, { ...input, moduleId }), noModule);
  }

  @Authorized()
  @Mutation(() => CurriculumChangePayload, { description: "Delete a module with its lessons." })
  async deleteCourseModule(
    @Arg("input", () => DeleteCourseModuleInput) input: DeleteCourseModuleInput,
    @Ctx() ctx: AppContext,
  ) {
    const viewer = await ctx.requireViewer();
    const moduleId = requireId("CourseModule", input.moduleId);
    return toPayload(async () => {
      const { course } = await ctx.services.curriculum.deleteModule(viewer, { moduleId });
      return { deletedId: toGlobalId("CourseModule", moduleId), course };
    }, noChange);
  }

  @Authorized()
  @Mutation(() => CurriculumChangePayload, {
    description: "Put a course's modules in a new order (list them all).",
  })
  async reorderCourseModules(
    @Arg("input", () => ReorderCourseModulesInput) input: ReorderCourseModulesInput,
    @Ctx() ctx: AppContext,
  ) {
    const viewer = await ctx.requireViewer();
    const courseId = requireId("Course", input.courseId);
    const moduleIds = listIds("CourseModule", input.moduleIds);
    return toPayload(async () => {
      const { course } = await ctx.services.curriculum.reorderModules(viewer, { courseId, moduleIds });
      return { deletedId: null, course };
    }, noChange);
  }

  @Authorized()
  @Mutation(() => LessonPayload, { description: "Add a lesson at the end of a module." })
  async createLesson(
    @Arg("input", () => CreateLessonInput) input: CreateLessonInput,
    @Ctx() ctx: AppContext,
  ) {
    const viewer = await ctx.requireViewer();
    const moduleId = requireId("CourseModule", input.moduleId);
    return toPayload(() => ctx.services.curriculum.createLesson(viewer, { ...input, moduleId }), noLesson);
  }

  @Authorized()
  @Mutation(() => LessonPayload, {
    description: "Change a lesson, or move it to another module of its course.",
  })
  async updateLesson(
    @Arg("input", () => UpdateLessonInput) input: UpdateLessonInput,
    @Ctx() ctx: AppContext,
  ) {
    const viewer = await ctx.requireViewer();
    const lessonId = requireId("Lesson", input.lessonId);
    const moduleId = optionalId("CourseModule", input.moduleId);
    return toPayload(
      () => ctx.services.curriculum.updateLesson(viewer, { ...input, lessonId, moduleId }),
      noLesson,
    );
  }

  @Authorized()
  @Mutation(() => CurriculumChangePayload, { description: "Delete a lesson." })
  async deleteLesson(
    @Arg("input", () => DeleteLessonInput) input: DeleteLessonInput,
    @Ctx() ctx: AppContext,
  ) {
    const viewer = await ctx.requireViewer();
    const lessonId = requireId("Lesson", input.lessonId);
    return toPayload(async () => {
      const { course } = await ctx.services.curriculum.deleteLesson(viewer, { lessonId });
      return { deletedId: toGlobalId("Lesson", lessonId), course };
    }, noChange);
  }

  @Authorized()
  @Mutation(() => CurriculumChangePayload, {
    description: "Put a module's lessons in a new order (list them all).",
  })
  async reorderLessons(
    @Arg("input", () => ReorderLessonsInput) input: ReorderLessonsInput,
    @Ctx() ctx: AppContext,
  ) {
    const viewer = await ctx.requireViewer();
    const moduleId = requireId("CourseModule", input.moduleId);
    const lessonIds = listIds("Lesson", input.lessonIds);
    return toPayload(async () => {
      const { course } = await ctx.services.curriculum.reorderLessons(viewer, { moduleId, lessonIds });
      return { deletedId: null, course };
    }, noChange);
  }
}

import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { AppContext } from "../../context.js";
import { JSONScalar } from "../../graphql/scalars.js";
import { type CourseRow, courseById } from "./catalog.loaders.js";
import { canReadLessonContent } from "./catalog.policy.js";
import { Course, type CourseSource } from "./catalog.types.js";
import { viewerFactsFor } from "./course-access.js";
import { lessonsByModule, moduleById, modulesByCourse } from "./curriculum.loaders.js";
import { CourseModule, Lesson, type LessonRow, type ModuleRow } from "./curriculum.types.js";

/** Whether the viewer may read this lesson's content (see catalog.policy.ts). */
async function canReadLesson(ctx: AppContext, lesson: LessonRow): Promise<boolean> {
  const course = await courseById(ctx).load(lesson.courseId);
  if (!course) return false;
  const { viewer, enrolled } = await viewerFactsFor(ctx, course.id);
  return canReadLessonContent(viewer, course, lesson, enrolled);
}

@Resolver(() => Course)
export class CourseCurriculumResolver {
  @FieldResolver(() => [CourseModule], {
    description: "The curriculum: modules in order, each with its lessons.",
  })
  modules(@Root() course: CourseSource, @Ctx() ctx: AppContext): Promise<ModuleRow[]> {
    return modulesByCourse(ctx).load(course.id);
  }
}

@Resolver(() => CourseModule)
export class CourseModuleResolver {
  @FieldResolver(() => [Lesson], { description: "The module's lessons in order." })
  lessons(@Root() module: ModuleRow, @Ctx() ctx: AppContext): Promise<LessonRow[]> {
    return lessonsByModule(ctx).load(module.id);
  }

  @FieldResolver(() => Course, { description: "The course the module belongs to." })
  async course(@Root() module: ModuleRow, @Ctx() ctx: AppContext): Promise<CourseRow | null> {
    return courseById(ctx).load(module.courseId);
  }
}

@Resolver(() => Lesson)
export class LessonResolver {
  @FieldResolver(() => CourseModule, { nullable: true, description: "The module the lesson belongs to." })
  module(@Root() lesson: LessonRow, @Ctx() ctx: AppContext): Promise<ModuleRow | null> {
    return moduleById(ctx).load(lesson.moduleId);
  }

  @FieldResolver(() => Course, { nullable: true, description: "The course the lesson belongs to." })
  course(@Root() lesson: LessonRow, @Ctx() ctx: AppContext): Promise<CourseRow | null> {
    return courseById(ctx).load(lesson.courseId);
  }

  @FieldResolver(() => Boolean, { description: "Whether the viewer may read the lesson's content." })
  viewerCanRead(@Root() lesson: LessonRow, @Ctx() ctx: AppContext): Promise<boolean> {
    return canReadLesson(ctx, lesson);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: "Video URL; null when the viewer may not read it.",
  })
  async videoUrl(@Root() lesson: LessonRow, @Ctx() ctx: AppContext): Promise<string | null> {
    return (await canReadLesson(ctx, lesson)) ? lesson.videoUrl : null;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: "Article body (Markdown/HTML); null when the viewer may not read it.",
  })
  async articleContent(@Root() lesson: LessonRow, @Ctx() ctx: AppContext): Promise<string | null> {
    return (await canReadLesson(ctx, lesson)) ? lesson.articleContent : null;
  }

  @FieldResolver(() => JSONScalar, {
    nullable: true,
    description: "Downloads as [{name, url, size, type}]; null when the viewer may not read them.",
  })
  async downloadableResources(@Root() lesson: LessonRow, @Ctx() ctx: AppContext): Promise<unknown> {
    return (await canReadLesson(ctx, lesson)) ? lesson.downloadableResources : null;
  }
}

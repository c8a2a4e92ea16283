import { Field, ID, InputType, Int, ObjectType } from "type-graphql";
import { JSONScalar, URLScalar } from "../../graphql/scalars.js";
import { UserError } from "../../graphql/user-error.js";
import { LessonTypeEnum } from "./catalog.enums.js";
import type { CourseRow } from "./catalog.loaders.js";
import { Course } from "./catalog.types.js";
import { CourseModule, Lesson, type LessonRow, type ModuleRow } from "./curriculum.types.js";

@InputType({ description: "Add a module at the end of a course's curriculum." })
export class CreateCourseModuleInput {
  @Field(() => ID, { description: "The course." })
  courseId!: string;

  @Field(() => String, { description: "Title." })
  title!: string;

  @Field(() => String, { nullable: true, description: "What the module covers." })
  description?: string | null;
}

@InputType({ description: "Change a module; omitted fields stay as they are." })
export class UpdateCourseModuleInput {
  @Field(() => ID, { description: "The module." })
  moduleId!: string;

  @Field(() => String, { nullable: true, description: "Title." })
  title?: string | null;

  @Field(() => String, { nullable: true, description: "What the module covers; null clears it." })
  description?: string | null;
}

@InputType({ description: "Delete a module and its lessons." })
export class DeleteCourseModuleInput {
  @Field(() => ID, { description: "The module." })
  moduleId!: string;
}

@InputType({ description: "Put a course's modules in a new order." })
export class ReorderCourseModulesInput {
  @Field(() => ID, { description: "The course." })
  courseId!: string;

  @Field(() => [ID], { description: "Every module of the course, exactly once, in the new order." })
  moduleIds!: string[];
}

@InputType({ description: "Lesson fields shared by createLesson and updateLesson." })
export class LessonFieldsInput {
  @Field(() => String, { nullable: true, description: "Short summary." })
  description?: string | null;

  @Field(() => URLScalar, { nullable: true, description: "Video URL." })
  videoUrl?: URL | string | null;

  @Field(() => Int, { nullable: true, description: "Video length in seconds." })
  videoDurationSeconds?: number | null;

  @Field(() => String, { nullable: true, description: "Article body (Markdown/HTML)." })
  articleContent?: string | null;

  @Field(() => Int, {
    nullable: true,
    description: "Estimated duration in minutes (summed into the module and course).",
  })
  durationMinutes?: number | null;

  @Field(() => JSONScalar, { nullable: true, description: "Downloads as [{name, url, size, type}]." })
  downloadableResources?: unknown;

  @Field(() => Boolean, {
    nullable: true,
    description: "Whether anyone may read it as a free preview (default false).",
  })
  isPreview?: boolean | null;
}

@InputType({ description: "Add a lesson at the end of a module." })
export class CreateLessonInput extends LessonFieldsInput {
  @Field(() => ID, { description: "The module." })
  moduleId!: string;

  @Field(() => String, { description: "Title." })
  title!: string;

  @Field(() => LessonTypeEnum, { description: "What the lesson consists of." })
  type!: LessonTypeEnum;
}

@InputType({ description: "Change a lesson; omitted fields stay as they are, null clears optional ones." })
export class UpdateLessonInput extends LessonFieldsInput {
  @Field(() => ID, { description: "The lesson." })
  lessonId!: string;

  @Field(() => String, { nullable: true, description: "Title." })
  title?: string | null;

  @Field(() => LessonTypeEnum, { nullable: true, description: "What the lesson consists of." })
  type?: LessonTypeEnum | null;

  @Field(() => ID, {
    nullable: true,
    description: "Move the lesson to the end of this module (same course).",
  })
  moduleId?: string | null;
}

@InputType({ description: "Delete a lesson." })
export class DeleteLessonInput {
  @Field(() => ID, { description: "The lesson." })
  lessonId!: string;
}

@InputType({ description: "Put a module's lessons in a new order." })
export class ReorderLessonsInput {
  @Field(() => ID, { description: "The module." })
  moduleId!: string;

  @Field(() => [ID], { description: "Every lesson of the module, exactly once, in the new order." })
  lessonIds!: string[];
}

@ObjectType({ description: "Result of createCourseModule and updateCourseModule." })
export class CourseModulePayload {
  @Field(() => CourseModule, { nullable: true, description: "The module as saved." })
  module!: ModuleRow | null;

  @Field(() => Course, { nullable: true, description: "The course, with updated counters." })
  course!: CourseRow | null;

  @Field(() => [UserError], { description: "Why the request failed, if it did." })
  userErrors!: UserError[];
}

@ObjectType({ description: "Result of createLesson and updateLesson." })
export class LessonPayload {
  @Field(() => Lesson, { nullable: true, description: "The lesson as saved." })
  lesson!: LessonRow | null;

  @Field(() => Course, { nullable: true, description: "The course, with updated counters." })
  course!: CourseRow | null;

  @Field(() => [UserError], { description: "Why the request failed, if it did." })
  userErrors!: UserError[];
}

@ObjectType({
  description: "Result of deleteCourseModule, deleteLesson, reorderCourseModules and reorderLessons.",
})
export class CurriculumChangePayload {
  @Field(() => ID, {
    nullable: true,
    description: "Global id of the deleted module or lesson, if one was deleted.",
  })
  deletedId!: string | null;

  @Field(() => Course, { nullable: true, description: "The course, with its curriculum and counters." })
  course!: CourseRow | null;

  @Field(() => [UserError], { description: "Why the request failed, if it did." })
  userErrors!: UserError[];
}

import { Field, Int, ObjectType } from "type-graphql";
import type { Prisma } from "../../generated/prisma/client.js";
import { Node } from "../../graphql/node.js";
import { DateTimeScalar } from "../../graphql/scalars.js";
import { LessonTypeEnum } from "./catalog.enums.js";

export const moduleSelect = {
  id: true,
  courseId: true,
  title: true,
  description: true,
  position: true,
  lessonCount: true,
  totalDurationMinutes: true,
  createdAt: true,
  updatedAt: true,
} as const;
export type ModuleRow = Prisma.CourseModuleGetPayload<{ select: typeof moduleSelect }>;

export const lessonSelect = {
  id: true,
  courseId: true,
  moduleId: true,
  title: true,
  description: true,
  position: true,
  type: true,
  videoUrl: true,
  videoDurationSeconds: true,
  articleContent: true,
  durationMinutes: true,
  downloadableResources: true,
  isPreview: true,
  createdAt: true,
  updatedAt: true,
} as const;
export type LessonRow = Prisma.LessonGetPayload<{ select: typeof lessonSelect }>;

@ObjectType({
  implements: Node,
  description: "A section of a course's curriculum, holding lessons in order.",
})
export class CourseModule extends Node {
  @Field(() => String, { description: "Title." })
  title!: string;

  @Field(() => String, { nullable: true, description: "What the module covers." })
  description!: string | null;

  @Field(() => Int, { description: "Place in the course, ascending." })
  position!: number;

  @Field(() => Int, { description: "Number of lessons in the module." })
  lessonCount!: number;

  @Field(() => Int, { description: "Sum of the lessons' durations, in minutes." })
  totalDurationMinutes!: number;

  @Field(() => DateTimeScalar, { description: "When the module was created." })
  createdAt!: Date;

  @Field(() => DateTimeScalar, { description: "When the module last changed." })
  updatedAt!: Date;
}

@ObjectType({
  implements: Node,
  description:
    "A lesson. Its outline is public with the course; its content (video, article, files) only for preview lessons, enrolled students, the instructor and admins.",
})
export class Lesson extends Node {
  @Field(() => String, { description: "Title." })
  title!: string;

  @Field(() => String, { nullable: true, description: "Short summary." })
  description!: string | null;

  @Field(() => Int, { description: "Place in its module, ascending." })
  position!: number;

  @Field(() => LessonTypeEnum, { description: "What the lesson consists of." })
  type!: LessonTypeEnum;

  @Field(() => Int, { nullable: true, description: "Estimated duration in minutes." })
  durationMinutes!: number | null;

  @Field(() => Int, { nullable: true, description: "Length of the video, in seconds." })
  videoDurationSeconds!: number | null;

  @Field(() => Boolean, { description: "Whether the lesson is a free preview anyone may read." })
  isPreview!: boolean;

  @Field(() => DateTimeScalar, { description: "When the lesson was created." })
  createdAt!: Date;

  @Field(() => DateTimeScalar, { description: "When the lesson last changed." })
  updatedAt!: Date;
}

import {
  Arg,
  Args,
  Authorized,
  Ctx,
  FieldResolver,
  Float,
  ID,
  Mutation,
  Query,
  Resolver,
  Root,
} from "type-graphql";
import type { AppContext } from "../../context.js";
import { PageArgsInput } from "../../graphql/page-args.js";
import { toPayload } from "../../graphql/payload.js";
import { type CourseRow, courseById } from "../catalog/catalog.loaders.js";
import { Course, type CourseSource } from "../catalog/catalog.types.js";
import { courseIfVisible } from "../catalog/course-access.js";
import { lessonById } from "../catalog/curriculum.loaders.js";
import { Lesson, type LessonRow } from "../catalog/curriculum.types.js";
import { optionalId, requireId } from "../catalog/ids.js";
import { userById } from "../identity/identity.loaders.js";
import { User, type UserSource } from "../identity/identity.types.js";
import { certificateByEnrollment } from "./certificate.loaders.js";
import { Certificate, type CertificateRow } from "./certificate.types.js";
import { grantsAccess } from "./enrollment.grant.js";
import {
  firstLessonIdByCourse,
  progressByEnrollment,
  viewerEnrollmentByCourse,
} from "./enrollment.loaders.js";
import {
  averageQuizScoreOf,
  EnrollInCourseInput,
  EnrollInCoursePayload,
  Enrollment,
  EnrollmentConnection,
  EnrollmentFilter,
  type EnrollmentRow,
} from "./enrollment.types.js";
import { LessonProgress, type ProgressRow } from "./progress.types.js";

/** The lesson to resume: the last one worked on, else the first of the curriculum. */
async function resumeLesson(ctx: AppContext, e: EnrollmentRow): Promise<LessonRow | null> {
  const id = e.lastLessonId ?? (await firstLessonIdByCourse(ctx).load(e.courseId));
  return id ? lessonById(ctx).load(id) : null;
}

@Resolver(() => Enrollment)
export class EnrollmentResolver {
  @Authorized()
  @Mutation(() => EnrollInCoursePayload, {
    description:
      "Enroll in a free, published course. Paid courses are refused with a userError: they are bought at checkout.",
  })
  async enrollInCourse(
    @Arg("input", () => EnrollInCourseInput) input: EnrollInCourseInput,
    @Ctx() ctx: AppContext,
  ) {
    const viewer = await ctx.requireViewer();
    const courseId = requireId("Course", input.courseId);
    return toPayload(() => ctx.services.enrollments.enrollInCourse(viewer, { courseId }), {
      enrollment: null,
      course: null,
    });
  }

  @Query(() => EnrollmentConnection, {
    description: "The viewer's enrollments, most recently enrolled first.",
  })
  async myEnrollments(
    @Arg("filter", () => EnrollmentFilter, { nullable: true, description: "Which enrollments." })
    filter: EnrollmentFilter | null,
    @Args(() => PageArgsInput) page: PageArgsInput,
    @Ctx() ctx: AppContext,
  ) {
    return ctx.services.enrollments.listMine(await ctx.requireViewer(), filter ?? {}, page);
  }

  @Query(() => Lesson, {
    name: "lastLesson",
    nullable: true,
    description:
      "Continue where you left off: the lesson last worked on in a course (or, without courseId, in the course worked on last); the first lesson when none yet. Null without access.",
  })
  async resumeLessonQuery(
    @Arg("courseId", () => ID, { nullable: true, description: "A course you are enrolled in." })
    courseId: string | null,
    @Ctx() ctx: AppContext,
  ): Promise<LessonRow | null> {
    const viewer = await ctx.requireViewer();
    const enrollment = await ctx.services.enrollments.resumeEnrollment(
      viewer,
      optionalId("Course", courseId),
    );
    return enrollment ? resumeLesson(ctx, enrollment) : null;
  }

  @FieldResolver(() => Float, {
    nullable: true,
    description: "Average percentage of the graded quiz attempts in the course; null before any.",
  })
  averageQuizScore(@Root() e: EnrollmentRow): number | null {
    return averageQuizScoreOf(e);
  }

  @FieldResolver(() => Boolean, { description: "Whether the enrollment grants access now." })
  hasAccess(@Root() e: EnrollmentRow): boolean {
    return grantsAccess(e);
  }

  @FieldResolver(() => Course, { nullable: true, description: "The course (null if it was deleted)." })
  async course(@Root() e: EnrollmentRow, @Ctx() ctx: AppContext): Promise<CourseRow | null> {
    return courseIfVisible(ctx, await courseById(ctx).load(e.courseId));
  }

  @FieldResolver(() => User, { nullable: true, description: "The enrolled student." })
  student(@Root() e: EnrollmentRow, @Ctx() ctx: AppContext): Promise<UserSource | null> {
    return userById(ctx).load(e.userId);
  }

  @FieldResolver(() => Lesson, {
    nullable: true,
    description: "Where to continue: the lesson last worked on, else the first lesson.",
  })
  lastLesson(@Root() e: EnrollmentRow, @Ctx() ctx: AppContext): Promise<LessonRow | null> {
    return resumeLesson(ctx, e);
  }

  @FieldResolver(() => [LessonProgress], { description: "Progress in each lesson the student has started." })
  lessonProgress(@Root() e: EnrollmentRow, @Ctx() ctx: AppContext): Promise<ProgressRow[]> {
    return progressByEnrollment(ctx).load(e.id);
  }

  @FieldResolver(() => Certificate, { nullable: true, description: "The certificate it earned, if any." })
  certificate(@Root() e: EnrollmentRow, @Ctx() ctx: AppContext): Promise<CertificateRow | null> {
    return certificateByEnrollment(ctx).load(e.id);
  }
}

@Resolver(() => Course)
export class CourseEnrollmentResolver {
  @FieldResolver(() => Enrollment, {
    nullable: true,
    description: "The viewer's enrollment in the course (any state), with their progress.",
  })
  viewerEnrollment(@Root() course: CourseSource, @Ctx() ctx: AppContext): Promise<EnrollmentRow | null> {
    return viewerEnrollmentByCourse(ctx).load(course.id);
  }
}

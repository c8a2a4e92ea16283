import { Arg, Authorized, Ctx, Mutation, Resolver } from "type-graphql";
import type { AppContext } from "../../context.js";
import { toGlobalId } from "../../graphql/global-id.js";
import { toPayload } from "../../graphql/payload.js";
import {
  CourseDeletionOutcome,
  CourseIdInput,
  CoursePayload,
  CreateCourseInput,
  DeleteCoursePayload,
  UpdateCourseInput,
} from "./course-authoring.types.js";
import { requireId } from "./ids.js";

const noCourse = { course: null };

/** Course mutations of instructors (and admins); the rules are in CourseAuthoringService. */
@Resolver()
export class CourseAuthoringResolver {
  @Authorized()
  @Mutation(() => CoursePayload, {
    description:
      "Create a draft course taught by the viewer (instructors and admins). The slug is generated from the title unless given.",
  })
  async createCourse(
    @Arg("input", () => CreateCourseInput) input: CreateCourseInput,
    @Ctx() ctx: AppContext,
  ) {
    const viewer = await ctx.requireViewer();
    return toPayload(() => ctx.services.courseAuthoring.createCourse(viewer, input), noCourse);
  }

  @Authorized()
  @Mutation(() => CoursePayload, { description: "Change a course you teach (or any course, as an admin)." })
  async updateCourse(
    @Arg("input", () => UpdateCourseInput) input: UpdateCourseInput,
    @Ctx() ctx: AppContext,
  ) {
    const viewer = await ctx.requireViewer();
    const courseId = requireId("Course", input.courseId);
    return toPayload(
      () => ctx.services.courseAuthoring.updateCourse(viewer, { ...input, courseId }),
      noCourse,
    );
  }

  @Authorized()
  @Mutation(() => CoursePayload, {
    description: "Publish a course: it needs a title, a description, a category and at least one lesson.",
  })
  async publishCourse(@Arg("input", () => CourseIdInput) input: CourseIdInput, @Ctx() ctx: AppContext) {
    const viewer = await ctx.requireViewer();
    const courseId = requireId("Course", input.courseId);
    return toPayload(() => ctx.services.courseAuthoring.publishCourse(viewer, { courseId }), noCourse);
  }

  @Authorized()
  @Mutation(() => CoursePayload, {
    description: "Take a course out of the catalog (back to draft). Enrolled students keep their access.",
  })
  async unpublishCourse(@Arg("input", () => CourseIdInput) input: CourseIdInput, @Ctx() ctx: AppContext) {
    const viewer = await ctx.requireViewer();
    const courseId = requireId("Course", input.courseId);
    return toPayload(() => ctx.services.courseAuthoring.unpublishCourse(viewer, { courseId }), noCourse);
  }

  @Authorized()
  @Mutation(() => CoursePayload, {
    description: "Archive a course: out of the catalog, kept for its students.",
  })
  async archiveCourse(@Arg("input", () => CourseIdInput) input: CourseIdInput, @Ctx() ctx: AppContext) {
    const viewer = await ctx.requireViewer();
    const courseId = requireId("Course", input.courseId);
    return toPayload(() => ctx.services.courseAuthoring.archiveCourse(viewer, { courseId }), noCourse);
  }

  @Authorized()
  @Mutation(() => DeleteCoursePayload, {
    description:
      "Delete a course (soft delete). A course with enrollments is archived instead, never deleted.",
  })
  async deleteCourse(@Arg("input", () => CourseIdInput) input: CourseIdInput, @Ctx() ctx: AppContext) {
    const viewer = await ctx.requireViewer();
    const courseId = requireId("Course", input.courseId);
    return toPayload(
      async () => {
        const { outcome, course } = await ctx.services.courseAuthoring.deleteCourse(viewer, { courseId });
        return {
          outcome: CourseDeletionOutcome[outcome],
          courseId: toGlobalId("Course", courseId),
          course: outcome === "ARCHIVED" ? course : null,
        };
      },
      { outcome: null, courseId: null, course: null },
    );
  }
}

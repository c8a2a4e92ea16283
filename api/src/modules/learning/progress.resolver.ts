import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from "type-graphql";
import type { AppContext } from "../../context.js";
import { toPayload } from "../../graphql/payload.js";
import { lessonById } from "../catalog/curriculum.loaders.js";
import { Lesson, type LessonRow } from "../catalog/curriculum.types.js";
import { requireId } from "../catalog/ids.js";
import { viewerProgressByLesson } from "./enrollment.loaders.js";
import { canReadLessonNotes } from "./learning.policy.js";
import {
  LessonProgress,
  type ProgressRow,
  UpdateLessonProgressInput,
  UpdateLessonProgressPayload,
} from "./progress.types.js";

@Resolver(() => LessonProgress)
export class LessonProgressResolver {
  @Authorized()
  @Mutation(() => UpdateLessonProgressPayload, {
    description:
      "Record progress in a lesson (status, video position, time spent, notes). The course's percentage and completion are recomputed, and completing the course issues its certificate.",
  })
  async updateLessonProgress(
    @Arg("input", () => UpdateLessonProgressInput) input: UpdateLessonProgressInput,
    @Ctx() ctx: AppContext,
  ) {
    const viewer = await ctx.requireViewer();
    const lessonId = requireId("Lesson", input.lessonId);
    return toPayload(() => ctx.services.progress.updateLessonProgress(viewer, { ...input, lessonId }), {
      progress: null,
      enrollment: null,
      certificate: null,
    });
  }

  @FieldResolver(() => Lesson, { nullable: true, description: "The lesson." })
  lesson(@Root() progress: ProgressRow, @Ctx() ctx: AppContext): Promise<LessonRow | null> {
    return lessonById(ctx).load(progress.lessonId);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: "The student's private notes; only the student reads them.",
  })
  async notes(@Root() progress: ProgressRow, @Ctx() ctx: AppContext): Promise<string | null> {
    return canReadLessonNotes(await ctx.viewer(), progress.userId) ? progress.userNotes : null;
  }
}

@Resolver(() => Lesson)
export class LessonViewerProgressResolver {
  @FieldResolver(() => LessonProgress, {
    nullable: true,
    description: "The viewer's own progress in the lesson, if they started it.",
  })
  viewerProgress(@Root() lesson: LessonRow, @Ctx() ctx: AppContext): Promise<ProgressRow | null> {
    return viewerProgressByLesson(ctx).load(lesson.id);
  }
}

import { z } from "zod";
import type { Viewer } from "../../context.js";
import type { CampusPrisma } from "../../db/client.js";
import { notFound } from "../../graphql/errors.js";
import { parseInput } from "../../lib/validation.js";
import { recordLearningActivity } from "./analytics.js";
import { settleEnrollment } from "./completion.js";
import { requireAccessEnrollment } from "./learner-access.js";
import { LessonProgressStatusEnum } from "./learning.enums.js";
import { runLearningTransaction } from "./learning-transaction.js";
import { applyLessonProgress } from "./progress.apply.js";

const bounded = (label: string, max: number) =>
  z
    .number()
    .int(`${label} must be a whole number.`)
    .refine((v) => v >= 0 && v <= max, `${label} must be between 0 and ${max}.`);

const schema = z.object({
  lessonId: z.uuid(),
  status: z.enum(LessonProgressStatusEnum).nullish(),
  videoPositionSeconds: bounded("The video position", 86_400).nullish(),
  videoCompleted: z.boolean().nullish(),
  // Clients report time in small increments; more than 4 hours at once is a client bug.
  addTimeSpentMinutes: bounded("The time spent", 240).nullish(),
  notes: z.string().max(10_000, "Notes must be at most 10000 characters.").nullish(),
});

/** Lesson progress of enrolled students: the lesson, the enrollment summary, completion, analytics. */
export class ProgressService {
  constructor(private readonly deps: { prisma: CampusPrisma }) {}

  async updateLessonProgress(viewer: Viewer, input: unknown) {
    const data = parseInput(schema, input);
    const now = new Date();
    return runLearningTransaction(this.deps.prisma, async (tx) => {
      const lesson = await tx.lesson.findUnique({
        where: { id: data.lessonId },
        select: { id: true, courseId: true },
      });
      if (!lesson) throw notFound("Lesson");
      const enrollment = await requireAccessEnrollment(tx, viewer, lesson.courseId, now, {
        what: "Lesson",
        action: "record progress in its lessons",
      });
      const { progress, merged, minutes } = await applyLessonProgress(tx, enrollment, lesson.id, data, now);
      const settled = await settleEnrollment(tx, enrollment, now, {
        lastLesson: { connect: { id: lesson.id } },
        lastAccessedAt: now,
        totalTimeSpentMinutes: { increment: minutes },
      });
      await recordLearningActivity(
        tx,
        viewer.id,
        {
          minutes,
          lessonsCompleted: merged.justCompleted ? 1 : 0,
          videosWatched: merged.videoJustCompleted ? 1 : 0,
        },
        now,
      );
      return { progress, enrollment: settled.enrollment, certificate: settled.certificate };
    });
  }
}

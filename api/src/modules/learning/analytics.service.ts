import type { Viewer } from "../../context.js";
import type { CampusPrisma } from "../../db/client.js";
import { badUserInput } from "../../graphql/errors.js";

const MAX_DAYS = 366;

/** Reading a learner's own daily analytics (writing them is analytics.ts). */
export class LearningAnalyticsService {
  constructor(private readonly deps: { prisma: CampusPrisma }) {}

  /** Days between `from` and `to` (inclusive, at most a year) that have activity, oldest first. */
  async days(viewer: Viewer, from: Date, to: Date) {
    const span = (to.getTime() - from.getTime()) / 86_400_000;
    if (span < 0) throw badUserInput("`from` must not be after `to`.", "from");
    if (span >= MAX_DAYS) throw badUserInput(`Ask for at most ${MAX_DAYS} days at once.`, "to");
    const rows = await this.deps.prisma.learningAnalyticsDay.findMany({
      where: { userId: viewer.id, date: { gte: from, lte: to } },
      orderBy: { date: "asc" },
    });
    return rows.map((r) => ({ ...r, quizAverageScore: r.quizAverageScore?.toNumber() ?? null }));
  }
}

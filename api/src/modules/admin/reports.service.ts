import { z } from "zod";
import type { Viewer } from "../../context.js";
import type { CampusPrisma } from "../../db/client.js";
import { toGlobalId } from "../../graphql/global-id.js";
import { assertAdmin } from "./admin.policy.js";
import { parseFilter } from "./parse-filter.js";
import * as sql from "./reports.sql.js";

const filterSchema = z
  .object({
    from: z.date().nullish(),
    to: z.date().nullish(),
    granularity: z.enum(["DAY", "WEEK", "MONTH"]).nullish(),
    limit: z
      .number()
      .int()
      .min(1, "Use a limit of at least 1.")
      .max(500, "Use a limit of at most 500.")
      .nullish(),
  })
  .refine((f) => !f.from || !f.to || f.from < f.to, { message: "`from` must be before `to`.", path: ["to"] });

export type ReportFilterArgs = z.input<typeof filterSchema>;

const rate = (part: number, whole: number) =>
  whole > 0 ? Math.round((part / whole) * 10_000) / 10_000 : null;

/** Admin reports, each one SQL statement over the ledger, bookings, schedules and enrolments. */
export class ReportsService {
  constructor(private readonly deps: { prisma: CampusPrisma }) {}

  private parse(viewer: Viewer, filter: unknown) {
    assertAdmin(viewer, "Only admins can read reports.");
    const f = parseFilter(filterSchema, filter);
    return {
      period: { from: f.from ?? null, to: f.to ?? null },
      granularity: (f.granularity ?? "DAY").toLowerCase() as sql.Granularity,
      limit: f.limit ?? 20,
    };
  }

  async revenue(viewer: Viewer, filter: unknown) {
    const f = this.parse(viewer, filter);
    return sql.revenue(this.deps.prisma, f.period, f.granularity);
  }

  async bookingsByStatus(viewer: Viewer, filter: unknown) {
    return sql.bookingsByStatus(this.deps.prisma, this.parse(viewer, filter).period);
  }

  async scheduleOccupancy(viewer: Viewer, filter: unknown) {
    const f = this.parse(viewer, filter);
    const rows = await sql.scheduleOccupancy(this.deps.prisma, f.period, f.limit);
    return rows.map((r) => ({ ...r, scheduleGlobalId: toGlobalId("CourseSchedule", r.scheduleId) }));
  }

  async topCourses(viewer: Viewer, filter: unknown) {
    const f = this.parse(viewer, filter);
    const rows = await sql.topCourses(this.deps.prisma, f.period, f.limit);
    return rows.map((r) => ({ ...r, courseGlobalId: toGlobalId("Course", r.courseId) }));
  }

  async conversionFunnel(viewer: Viewer, filter: unknown) {
    const c = await sql.conversionFunnel(this.deps.prisma, this.parse(viewer, filter).period);
    const steps: [string, number][] = [
      ["VISITED", c.visitors],
      ["SIGNED_UP", c.signups],
      ["ENROLLED_OR_BOOKED", c.engaged],
      ["PAID", c.paying],
    ];
    return steps.map(([step, count], i) => ({
      step,
      count,
      rateFromPrevious: i === 0 ? null : rate(count, steps[i - 1]![1]),
    }));
  }
}

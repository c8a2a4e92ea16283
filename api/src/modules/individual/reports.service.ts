import { z } from "zod";
import { isAdmin } from "../../auth/policy.js";
import type { Viewer } from "../../context.js";
import type { CampusPrisma } from "../../db/client.js";
import { Prisma } from "../../generated/prisma/client.js";
import { money } from "../../graphql/money.js";
import { globalIdOf } from "../../lib/id-schema.js";
import { parseInput } from "../../lib/validation.js";
import { assertCanReadReports } from "./individual.policy.js";

const filterSchema = z.object({
  from: z.date().nullish(),
  to: z.date().nullish(),
  instructorId: globalIdOf("User", "instructor").nullish(),
});

/** Price bands in cents (seed 000 "acceptance rates by price point"). */
const BANDS: [number, number | null][] = [
  [0, 50_000],
  [50_000, 100_000],
  [100_000, 200_000],
  [200_000, null],
];

const rate = (part: number, whole: number) => (whole > 0 ? part / whole : null);

/**
 * Seed 000 analytics over individual courses, each figure one SQL statement. The
 * population is the courses whose inquiry falls in the period (instructor's own
 * unless admin); queries use individual_courses(instructor_id) and the per-course indexes.
 */
export class IndividualReportsService {
  constructor(private readonly deps: { prisma: CampusPrisma }) {}

  async report(viewer: Viewer, input: unknown, now = new Date()) {
    assertCanReadReports(viewer);
    const f = parseInput(filterSchema, input ?? {});
    const instructorId = isAdmin(viewer) ? (f.instructorId ?? null) : viewer.id;
    const scope = Prisma.sql`c.id IN (SELECT id FROM individual_courses
      WHERE (${instructorId}::uuid IS NULL OR instructor_id = ${instructorId}::uuid)
        AND (${f.from ?? null}::timestamptz IS NULL OR inquiry_date >= ${f.from ?? null}::timestamptz)
        AND (${f.to ?? null}::timestamptz IS NULL OR inquiry_date < ${f.to ?? null}::timestamptz))`;
    const db = this.deps.prisma;
    const [funnel] = await db.$queryRaw<
      { inquiries: number; quoted: number; accepted: number; days: number | null }[]
    >`
      SELECT count(*)::int AS inquiries,
        count(*) FILTER (WHERE EXISTS (SELECT 1 FROM course_quotes q WHERE q.individual_course_id = c.id AND q.sent_at IS NOT NULL))::int AS quoted,
        count(*) FILTER (WHERE EXISTS (SELECT 1 FROM course_quotes q WHERE q.individual_course_id = c.id AND q.status = 'ACCEPTED'))::int AS accepted,
        (avg(extract(epoch FROM c.course_start_date - c.inquiry_date)) FILTER (WHERE c.course_start_date IS NOT NULL) / 86400)::float8 AS days
      FROM individual_courses c WHERE ${scope}`;
    const bands = await db.$queryRaw<{ band: number; decided: number; accepted: number }[]>`
      SELECT width_bucket(q.total_price_cents, ${BANDS.slice(1).map(([min]) => min)}::int[]) AS band,
        count(*)::int AS decided, count(*) FILTER (WHERE q.status = 'ACCEPTED')::int AS accepted
      FROM course_quotes q JOIN individual_courses c ON c.id = q.individual_course_id
      WHERE ${scope} AND q.status IN ('ACCEPTED', 'REJECTED', 'EXPIRED')
      GROUP BY 1`;
    const [sessions] = await db.$queryRaw<{ completed: number; due: number }[]>`
      SELECT count(*) FILTER (WHERE s.status = 'COMPLETED')::int AS completed,
        count(*) FILTER (WHERE s.status IN ('COMPLETED', 'CANCELLED') OR s.session_date < ${now})::int AS due
      FROM individual_sessions s JOIN individual_courses c ON c.id = s.individual_course_id WHERE ${scope}`;
    const revenue = await db.$queryRaw<
      { currency: string; courses: number; total: number; average: number }[]
    >`
      SELECT c.currency, count(*)::int AS courses, sum(c.quoted_price_cents)::int AS total,
        round(avg(c.quoted_price_cents))::int AS average
      FROM individual_courses c
      WHERE ${scope} AND c.status IN ('CONFIRMED', 'IN_PROGRESS', 'COMPLETED') AND c.quoted_price_cents IS NOT NULL
      GROUP BY c.currency ORDER BY c.currency`;
    const f0 = funnel ?? { inquiries: 0, quoted: 0, accepted: 0, days: null };
    const s0 = sessions ?? { completed: 0, due: 0 };
    return {
      conversion: {
        ...f0,
        quoteRate: rate(f0.quoted, f0.inquiries),
        acceptanceRate: rate(f0.accepted, f0.quoted),
        overallRate: rate(f0.accepted, f0.inquiries),
      },
      averageDaysToStart: f0.days,
      acceptanceByPriceBand: BANDS.map(([minCents, maxCents], i) => {
        const row = bands.find((b) => b.band === i);
        return {
          minCents,
          maxCents,
          decided: row?.decided ?? 0,
          accepted: row?.accepted ?? 0,
          acceptanceRate: rate(row?.accepted ?? 0, row?.decided ?? 0),
        };
      }),
      sessionsCompleted: s0.completed,
      sessionsDue: s0.due,
      sessionCompletionRate: rate(s0.completed, s0.due),
      revenue: revenue.map((r) => ({
        currency: r.currency,
        courses: r.courses,
        total: money(r.total, r.currency),
        averagePerCourse: money(r.average, r.currency),
      })),
    };
  }
}

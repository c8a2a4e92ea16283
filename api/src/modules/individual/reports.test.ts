// Seed 000 analytics on a data set whose answers are known.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DAY, person } from "../../../test/scheduling.js";
import { startTestServer, type TestServer } from "../../../test/server.js";

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer();
});
afterAll(async () => {
  await s?.close();
});

const REPORT = `query ($filter: IndividualReportFilter) { individualCourseReport(filter: $filter) {
  conversion { inquiries quoted accepted quoteRate acceptanceRate overallRate } averageDaysToStart
  acceptanceByPriceBand { minCents decided accepted acceptanceRate }
  sessionsCompleted sessionsDue sessionCompletionRate revenue { currency courses total { amountCents } averagePerCourse { amountCents } } } }`;

describe("individualCourseReport", () => {
  it("computes conversion, time to start, acceptance by price band, session completion and revenue", async () => {
    const prisma = s.app.prisma;
    const [claire, other, admin, student] = [
      await person(s, ["INSTRUCTOR"]),
      await person(s, ["INSTRUCTOR"]),
      await person(s, ["ADMIN"]),
      await person(s),
    ];
    const t0 = new Date("2030-02-01T00:00:00Z");
    const course = (instructorId: string, extra: Record<string, unknown> = {}) =>
      prisma.individualCourse.create({
        data: { studentId: student.id, instructorId, currency: "EUR", inquiryDate: t0, ...extra },
      });
    let n = 0;
    const quote = (
      individualCourseId: string,
      totalPriceCents: number,
      status: "ACCEPTED" | "REJECTED" | "SENT",
    ) =>
      prisma.courseQuote.create({
        data: {
          individualCourseId,
          quoteNumber: `IQ-2040-${String(++n).padStart(4, "0")}`,
          totalPriceCents,
          hourlyRateCents: totalPriceCents,
          estimatedHours: 1,
          currency: "EUR",
          status,
          validUntil: new Date(t0.getTime() + 30 * DAY),
          sentAt: t0,
        },
      });
    const a = await course(claire.id, {
      status: "CONFIRMED",
      quotedPriceCents: 40_000,
      courseStartDate: new Date(t0.getTime() + 2 * DAY),
    });
    await quote(a.id, 40_000, "ACCEPTED");
    await quote((await course(claire.id, { status: "QUOTED" })).id, 80_000, "REJECTED");
    await quote((await course(claire.id, { status: "QUOTED" })).id, 150_000, "SENT");
    await course(claire.id);
    await course(other.id, { status: "COMPLETED", quotedPriceCents: 100_000 });
    const past = new Date(Date.now() - DAY);
    for (const [i, status] of (
      ["COMPLETED", "COMPLETED", "COMPLETED", "CANCELLED", "SCHEDULED"] as const
    ).entries()) {
      await prisma.individualSession.create({
        data: {
          individualCourseId: a.id,
          sessionNumber: i + 1,
          status,
          sessionDate: status === "SCHEDULED" ? new Date(Date.now() + DAY) : past,
        },
      });
    }
    const mine = await s.gql<{ individualCourseReport: unknown }>(REPORT, {}, { token: claire.token });
    expect(mine.data!.individualCourseReport).toEqual({
      conversion: {
        inquiries: 4,
        quoted: 3,
        accepted: 1,
        quoteRate: 0.75,
        acceptanceRate: 1 / 3,
        overallRate: 0.25,
      },
      averageDaysToStart: 2,
      acceptanceByPriceBand: [
        { minCents: 0, decided: 1, accepted: 1, acceptanceRate: 1 },
        { minCents: 50_000, decided: 1, accepted: 0, acceptanceRate: 0 },
        { minCents: 100_000, decided: 0, accepted: 0, acceptanceRate: null },
        { minCents: 200_000, decided: 0, accepted: 0, acceptanceRate: null },
      ],
      sessionsCompleted: 3,
      sessionsDue: 4,
      sessionCompletionRate: 0.75,
      revenue: [
        {
          currency: "EUR",
          courses: 1,
          total: { amountCents: 40_000 },
          averagePerCourse: { amountCents: 40_000 },
        },
      ],
    });
    const all = await s.gql<{
      individualCourseReport: { conversion: { inquiries: number }; revenue: unknown };
    }>(REPORT, {}, { token: admin.token });
    expect(all.data!.individualCourseReport.conversion.inquiries).toBe(5);
    expect(all.data!.individualCourseReport.revenue).toEqual([
      {
        currency: "EUR",
        courses: 2,
        total: { amountCents: 140_000 },
        averagePerCourse: { amountCents: 70_000 },
      },
    ]);
    const denied = await s.gql(REPORT, {}, { token: student.token });
    expect(denied.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });
});

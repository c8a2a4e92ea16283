// Quote numbers under load (DESIGN.md: unique and gapless per year, proven on PostgreSQL).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { person } from "../../../test/scheduling.js";
import { startTestServer, type TestServer } from "../../../test/server.js";
import type { Viewer } from "../../context.js";
import { QuoteService } from "./quote.service.js";
import { QuoteNumberAllocator } from "./quote-number.js";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server?.close();
});

const YEAR = 2031;
const clock = () => new Date(`${YEAR}-03-01T10:00:00Z`);

class ForcedRollback extends Error {}

describe("QuoteNumberAllocator", () => {
  it("200 concurrent quotes, every 10th rolled back: unique, gapless IQ-2031-0001…0180", async () => {
    const prisma = server.app.prisma;
    const instructor = await person(server, ["INSTRUCTOR"]);
    const student = await person(server);
    const viewer: Viewer = { id: instructor.id, email: "i@campus.test", roles: ["INSTRUCTOR"] };
    const courses = await Promise.all(
      Array.from({ length: 20 }, () =>
        prisma.individualCourse.create({
          data: { studentId: student.id, instructorId: instructor.id, currency: "EUR" },
        }),
      ),
    );
    const service = new QuoteService({
      prisma,
      numbers: new QuoteNumberAllocator(clock),
      clock,
      webBaseUrl: "http://web",
    });
    const terms = {
      hourlyRateCents: 5000,
      estimatedHours: 4,
      validUntil: new Date(`${YEAR}-04-01T00:00:00Z`),
    };
    const results = await Promise.allSettled(
      Array.from({ length: 200 }, (_, i) =>
        prisma.$transaction(
          async (tx) => {
            const quote = await service.createIn(tx, viewer, {
              ...terms,
              individualCourseId: courses[i % 20]!.id,
            });
            if (i % 10 === 9) throw new ForcedRollback();
            return quote;
          },
          { maxWait: 60_000, timeout: 60_000 },
        ),
      ),
    );
    const failed = results.filter((r) => r.status === "rejected");
    expect(failed.every((r) => r.reason instanceof ForcedRollback)).toBe(true);
    expect(failed).toHaveLength(20);
    const numbers = (
      await prisma.courseQuote.findMany({ where: { quoteNumber: { startsWith: `IQ-${YEAR}-` } } })
    )
      .map((q) => q.quoteNumber)
      .sort();
    expect(numbers).toEqual(
      Array.from({ length: 180 }, (_, i) => `IQ-${YEAR}-${String(i + 1).padStart(4, "0")}`),
    );
    const counter = await prisma.quoteCounter.findUnique({ where: { year: YEAR } });
    expect(counter?.lastNumber).toBe(180);
  });

  it("the first quote of a new year is IQ-<year>-0001", async () => {
    const prisma = server.app.prisma;
    const next = new QuoteNumberAllocator(() => new Date("2032-01-01T00:00:01Z"));
    const first = await prisma.$transaction((tx) => next.next(tx));
    const second = await prisma.$transaction((tx) => next.next(tx));
    expect([first, second]).toEqual(["IQ-2032-0001", "IQ-2032-0002"]);
  });
});

// reviseCourseQuote: the old quote becomes REVISED, a new numbered draft replaces it on the same course.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DAY, person } from "../../../test/scheduling.js";
import { startTestServer, type TestServer } from "../../../test/server.js";
import { gql as q } from "./individual.test-helpers.js";

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer();
});
afterAll(async () => {
  await s?.close();
});

type QuoteOut = { id: string; quoteNumber: string; status: string };
const rawId = (globalId: string) => Buffer.from(globalId, "base64url").toString().split(":")[1]!;

describe("reviseCourseQuote", () => {
  it("marks the old quote REVISED and drafts a new numbered quote on the same course", async () => {
    const instructor = await person(s, ["INSTRUCTOR"]);
    const student = await person(s);
    const validUntil = new Date(Date.now() + 7 * DAY).toISOString();
    const c = await s.gql<{ createIndividualCourse: { individualCourse: { id: string } } }>(
      q.createCourse,
      { input: { studentId: student.gid } },
      { token: instructor.token },
    );
    const individualCourseId = c.data!.createIndividualCourse.individualCourse.id;
    const d = await s.gql<{ createCourseQuote: { quote: QuoteOut } }>(
      q.createQuote,
      { input: { individualCourseId, hourlyRateCents: 5000, estimatedHours: 2, validUntil } },
      { token: instructor.token },
    );
    const old = d.data!.createCourseQuote.quote;

    const r = await s.gql<{ reviseCourseQuote: { quote: QuoteOut | null; userErrors: unknown[] } }>(
      q.revise,
      { input: { quoteId: old.id, hourlyRateCents: 4500, estimatedHours: 3, validUntil } },
      { token: instructor.token },
    );
    expect(r.errors).toBeUndefined();
    expect(r.data!.reviseCourseQuote.userErrors).toEqual([]);
    const revised = r.data!.reviseCourseQuote.quote!;
    expect(revised).toMatchObject({
      status: "DRAFT",
      quoteNumber: expect.stringMatching(/^IQ-\d{4}-\d{4}$/),
    });
    expect(revised.quoteNumber).not.toBe(old.quoteNumber);

    const prisma = s.app.prisma;
    const before = await prisma.courseQuote.findUniqueOrThrow({ where: { id: rawId(old.id) } });
    const after = await prisma.courseQuote.findUniqueOrThrow({ where: { id: rawId(revised.id) } });
    expect(before.status).toBe("REVISED");
    expect(after).toMatchObject({
      individualCourseId: before.individualCourseId,
      revisedFromId: before.id,
      hourlyRateCents: 4500,
      estimatedHours: 3,
    });
  });
});

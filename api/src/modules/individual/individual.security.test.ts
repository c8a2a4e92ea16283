// Who sees what, and bad input refused with nothing changed.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { subscribe, wsClient } from "../../../test/realtime.js";
import { DAY, type Person, person } from "../../../test/scheduling.js";
import { startTestServer, type TestServer } from "../../../test/server.js";
import { linkToken, gql as q } from "./individual.test-helpers.js";
import { expireQuotes } from "./quote-expiry.job.js";

let s: TestServer;
let instructor: Person;
let alice: Person;
let bob: Person;
beforeAll(async () => {
  s = await startTestServer();
  instructor = await person(s, ["INSTRUCTOR"]);
  alice = await person(s);
  bob = await person(s);
});
afterAll(async () => {
  await s?.close();
});

const future = (days: number) => new Date(Date.now() + days * DAY).toISOString();

/** A course of Alice's with a sent quote; returns ids and the link's token. */
async function sentQuote() {
  const c = await s.gql<{ createIndividualCourse: { individualCourse: { id: string } } }>(
    q.createCourse,
    { input: { studentId: alice.gid, instructorNotes: "private" } },
    { token: instructor.token },
  );
  const courseGid = c.data!.createIndividualCourse.individualCourse.id;
  const d = await s.gql<{ createCourseQuote: { quote: { id: string; quoteNumber: string } } }>(
    q.createQuote,
    {
      input: {
        individualCourseId: courseGid,
        hourlyRateCents: 5000,
        estimatedHours: 2,
        validUntil: future(7),
      },
    },
    { token: instructor.token },
  );
  const quote = d.data!.createCourseQuote.quote;
  await s.gql(q.send, { input: { quoteId: quote.id } }, { token: instructor.token });
  const mail = await s.app.prisma.emailLog.findUniqueOrThrow({
    where: {
      idempotencyKey: `quote_sent:${Buffer.from(quote.id, "base64url").toString().split(":")[1]}`,
    },
  });
  return { courseGid, quote, token: linkToken(mail.textBody) };
}

describe("links", () => {
  it("wrong, expired and revoked tokens give exactly the unknown token's error", async () => {
    const { quote, token } = await sentQuote();
    const errorOf = async (t: string) => (await s.gql(q.byToken, { token: t })).errors;
    const unknown = await errorOf("A".repeat(43));
    expect(unknown?.[0]?.extensions?.code).toBe("NOT_FOUND");
    expect(await errorOf("garbage")).toEqual(unknown);
    const quoteId = Buffer.from(quote.id, "base64url").toString().split(":")[1]!;
    await s.app.prisma.quoteAccessToken.updateMany({
      where: { quoteId },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    expect(await errorOf(token)).toEqual(unknown);
    await s.app.prisma.quoteAccessToken.updateMany({
      where: { quoteId },
      data: { expiresAt: new Date(Date.now() + DAY), revokedAt: new Date() },
    });
    expect(await errorOf(token)).toEqual(unknown);
    const answered = await s.gql(q.respond, { input: { token, decision: "ACCEPT" } });
    expect(answered.data).toMatchObject({ respondToCourseQuote: { userErrors: [{ code: "NOT_FOUND" }] } });
  });
});

describe("students", () => {
  it("read their own course but never another's, and never instructor notes (query, node, nested edges)", async () => {
    const { courseGid, quote } = await sentQuote();
    const NODE = `query ($id: ID!) { node(id: $id) { id ... on IndividualCourse { instructorNotes sessions { instructorNotes } quotes { id individualCourse { instructorNotes } } } ... on CourseQuote { quoteNumber } } }`;
    const own = await s.gql<{
      node: {
        instructorNotes: string | null;
        quotes: { individualCourse: { instructorNotes: string | null } }[];
      };
    }>(NODE, { id: courseGid }, { token: alice.token });
    expect(own.data!.node.instructorNotes).toBeNull();
    expect(own.data!.node.quotes[0]!.individualCourse.instructorNotes).toBeNull();
    const mine = await s.gql<{ myIndividualCourses: { nodes: { instructorNotes: string | null }[] } }>(
      `{ myIndividualCourses { nodes { instructorNotes } } }`,
      {},
      { token: alice.token },
    );
    expect(mine.data!.myIndividualCourses.nodes.every((n) => n.instructorNotes === null)).toBe(true);
    expect((await s.gql(NODE, { id: courseGid }, { token: instructor.token })).data).toMatchObject({
      node: { instructorNotes: "private" },
    });
    expect((await s.gql(NODE, { id: courseGid }, { token: bob.token })).data).toEqual({ node: null });
    expect((await s.gql(NODE, { id: quote.id }, { token: bob.token })).data).toEqual({ node: null });
    const bobAnswers = await s.gql(
      q.respond,
      { input: { quoteId: quote.id, decision: "ACCEPT" } },
      { token: bob.token },
    );
    expect(bobAnswers.data).toMatchObject({ respondToCourseQuote: { userErrors: [{ code: "NOT_FOUND" }] } });
  });

  it("cannot subscribe to instructors' quote events", async () => {
    const ws = wsClient(s.wsUrl, alice.token);
    const sub = subscribe(ws, "subscription { quoteResponded { id individualCourse { instructorNotes } } }");
    await expect(sub.next(2_000)).rejects.toThrow(/FORBIDDEN|subscription failed/);
    await ws.dispose();
  });
});

describe("bad input changes nothing", () => {
  it("refuses a breakdown that does not add up and a validity in the past", async () => {
    const { courseGid } = await sentQuote();
    const before = await s.app.prisma.courseQuote.count();
    const bad = await s.gql(
      q.createQuote,
      {
        input: {
          individualCourseId: courseGid,
          hourlyRateCents: 5000,
          estimatedHours: 2,
          expectedTotalCents: 9999,
          validUntil: future(-1),
        },
      },
      { token: instructor.token },
    );
    expect(bad.data).toMatchObject({
      createCourseQuote: {
        quote: null,
        userErrors: [{ field: ["input", "expectedTotalCents"] }, { field: ["input", "validUntil"] }],
      },
    });
    expect(await s.app.prisma.courseQuote.count()).toBe(before);
  });

  it("refuses accepting an expired or an already-answered quote", async () => {
    const first = await sentQuote();
    expect(
      (
        await s.gql(
          q.respond,
          { input: { quoteId: first.quote.id, decision: "REJECT" } },
          { token: alice.token },
        )
      ).data,
    ).toMatchObject({ respondToCourseQuote: { quote: { status: "REJECTED" } } });
    const again = await s.gql(
      q.respond,
      { input: { quoteId: first.quote.id, decision: "ACCEPT" } },
      { token: alice.token },
    );
    expect(again.data).toMatchObject({
      respondToCourseQuote: { quote: null, userErrors: [{ code: "INVALID_STATE" }] },
    });
    const second = await sentQuote();
    const id = Buffer.from(second.quote.id, "base64url").toString().split(":")[1]!;
    await s.app.prisma.courseQuote.update({
      where: { id },
      data: { validUntil: new Date(Date.now() - 1000) },
    });
    expect(await expireQuotes({ prisma: s.app.prisma })).toMatchObject({ ran: true });
    expect(await expireQuotes({ prisma: s.app.prisma })).toEqual({ ran: true, expired: 0 });
    const late = await s.gql(
      q.respond,
      { input: { quoteId: second.quote.id, decision: "ACCEPT" } },
      { token: alice.token },
    );
    expect(late.data).toMatchObject({ respondToCourseQuote: { userErrors: [{ code: "EXPIRED" }] } });
    expect((await s.app.prisma.courseQuote.findUniqueOrThrow({ where: { id } })).status).toBe("EXPIRED");
  });

  it("refuses an illegal transition and a duplicate session number", async () => {
    const { courseGid } = await sentQuote();
    const illegal = await s.gql(
      q.changeStatus,
      { input: { individualCourseId: courseGid, status: "COMPLETED" } },
      { token: instructor.token },
    );
    expect(illegal.data).toMatchObject({
      changeIndividualCourseStatus: { individualCourse: null, userErrors: [{ code: "INVALID_STATE" }] },
    });
    const courseId = Buffer.from(courseGid, "base64url").toString().split(":")[1]!;
    await s.app.prisma.individualCourse.update({ where: { id: courseId }, data: { status: "CONFIRMED" } });
    const input = { individualCourseId: courseGid, sessionNumber: 1, sessionDate: future(2) };
    expect((await s.gql(q.schedule, { input }, { token: instructor.token })).data).toMatchObject({
      scheduleIndividualSession: { userErrors: [] },
    });
    const dup = await s.gql(q.schedule, { input }, { token: instructor.token });
    expect(dup.data).toMatchObject({
      scheduleIndividualSession: { session: null, userErrors: [{ code: "TAKEN" }] },
    });
    expect(await s.app.prisma.individualSession.count({ where: { individualCourseId: courseId } })).toBe(1);
  });

  it("drops a filled honeypot silently and rate-limits per IP", async () => {
    const input = { name: "Bot", email: "bot@example.com", message: "spam", website: "http://spam" };
    const headers = { "x-forwarded-for": "198.51.100.9" };
    expect((await s.gql(q.submit, { input }, { headers })).data).toEqual({
      submitContactInquiry: { received: true, userErrors: [] },
    });
    expect(await s.app.prisma.contact.count({ where: { email: "bot@example.com" } })).toBe(0);
    const results = [];
    for (let i = 0; i < 10; i += 1)
      results.push(await s.gql(q.submit, { input: { ...input, website: null } }, { headers }));
    expect(results.at(-1)!.data).toMatchObject({
      submitContactInquiry: { received: false, userErrors: [{ code: "RATE_LIMITED" }] },
    });
    expect(await s.app.prisma.contact.count({ where: { email: "bot@example.com" } })).toBe(9);
  });
});

// The seed 000 "Quote Generation Workflow" end to end, across two replicas sharing
// PostgreSQL and Redis: the instructor's subscriptions live on A, everything else happens on B.
import type { Client } from "graphql-ws";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { settle, subscribe, wsClient } from "../../../test/realtime.js";
import { DAY, gid, person } from "../../../test/scheduling.js";
import { startTestServer, type TestServer } from "../../../test/server.js";
import { linkToken, gql as q } from "./individual.test-helpers.js";

const REDIS_URL = process.env.TEST_REDIS_URL ?? "redis://127.0.0.1:6379";
let a: TestServer;
let b: TestServer;
const clients: Client[] = [];
beforeAll(async () => {
  a = await startTestServer({ REDIS_URL });
  b = await startTestServer({ REDIS_URL }, { database: a.database });
});
afterAll(async () => {
  await Promise.all(clients.map((c) => c.dispose()));
  await b?.close();
  await a?.close();
});

type Quote = {
  id: string;
  quoteNumber: string;
  status: string;
  clientResponse: string | null;
  individualCourse: { instructorNotes: string | null } | null;
};

describe("inquiry → course → quote → view → accept → sessions → completed", () => {
  it("goes through every step, checked in the database and in the instructor's subscriptions", async () => {
    const prisma = a.app.prisma;
    const instructor = await person(a, ["INSTRUCTOR"], "Claire");
    const ws = wsClient(a.wsUrl, instructor.token);
    clients.push(ws);
    const QUOTE_FIELDS = "id quoteNumber status clientResponse individualCourse { instructorNotes }";
    const inquiries = subscribe<{ id: string; name: string }>(
      ws,
      "subscription { contactInquiryReceived { id name } }",
    );
    const viewed = subscribe<Quote>(ws, `subscription { quoteViewed { ${QUOTE_FIELDS} } }`);
    const responded = subscribe<Quote>(ws, `subscription { quoteResponded { ${QUOTE_FIELDS} } }`);
    await settle();

    const email = `marie-${Date.now()}@example.fr`;
    const submitted = await b.gql(
      q.submit,
      {
        input: {
          name: "Marie",
          email,
          message: "Je veux progresser en enchères.",
          courseTypeInterest: "INDIVIDUAL",
          urgencyLevel: "HIGH",
          language: "fr",
        },
      },
      { headers: { "x-forwarded-for": "203.0.113.7" } },
    );
    expect(submitted.data).toEqual({ submitContactInquiry: { received: true, userErrors: [] } });
    const contact = await prisma.contact.findFirstOrThrow({ where: { email } });
    expect((await inquiries.next()).name).toBe("Marie");

    const created = await b.gql<{
      createIndividualCourse: { individualCourse: { id: string; status: string } };
    }>(
      q.createCourse,
      {
        input: {
          inquiryId: gid("ContactInquiry", contact.id),
          studentLevel: "INTERMEDIATE",
          specificGoals: "Enchères",
          customCurriculum: [{ title: "Stayman", topics: ["2♣"], hours: 2 }],
          instructorNotes: "secret",
        },
      },
      { token: instructor.token },
    );
    const courseGid = created.data!.createIndividualCourse.individualCourse.id;
    const course = await prisma.individualCourse.findFirstOrThrow({ where: { student: { email } } });
    expect(course.status).toBe("INQUIRY");
    expect((await prisma.contact.findUniqueOrThrow({ where: { id: contact.id } })).individualCourseId).toBe(
      course.id,
    );

    const validUntil = new Date(Date.now() + 14 * DAY).toISOString();
    const drafted = await b.gql<{
      createCourseQuote: { quote: { id: string; quoteNumber: string; status: string } };
    }>(
      q.createQuote,
      {
        input: {
          individualCourseId: courseGid,
          hourlyRateCents: 6000,
          estimatedHours: 10,
          customizationFeeCents: 5000,
          discountAmountCents: 2000,
          expectedTotalCents: 63_000,
          validUntil,
        },
      },
      { token: instructor.token },
    );
    const quote = drafted.data!.createCourseQuote.quote;
    expect(quote.quoteNumber).toMatch(/^IQ-\d{4}-\d{4}$/);
    expect(quote.status).toBe("DRAFT");

    const sent = await b.gql<{ sendCourseQuote: { quote: { status: string } } }>(
      q.send,
      { input: { quoteId: quote.id } },
      { token: instructor.token },
    );
    expect(sent.data!.sendCourseQuote.quote.status).toBe("SENT");
    const mail = await prisma.emailLog.findFirstOrThrow({
      where: { recipientEmail: email, emailType: "quote_sent" },
    });
    expect(mail.status).toBe("QUEUED");
    expect(mail.subject).toContain("Votre devis");
    const token = linkToken(mail.textBody);
    expect((await prisma.individualCourse.findUniqueOrThrow({ where: { id: course.id } })).status).toBe(
      "QUOTED",
    );

    const anonymous = await b.gql<{ quoteByToken: { status: string; individualCourse: unknown } }>(
      q.byToken,
      { token },
    );
    expect(anonymous.data!.quoteByToken).toMatchObject({ status: "VIEWED", individualCourse: null });
    const seen = await viewed.next();
    expect(seen).toMatchObject({
      quoteNumber: quote.quoteNumber,
      status: "VIEWED",
      individualCourse: { instructorNotes: "secret" },
    });
    expect(
      (await prisma.courseQuote.findUniqueOrThrow({ where: { quoteNumber: quote.quoteNumber } })).viewedAt,
    ).not.toBeNull();

    const accepted = await b.gql<{
      respondToCourseQuote: { quote: { status: string }; payment: { status: string }; userErrors: unknown[] };
    }>(q.respond, {
      input: { token, decision: "ACCEPT", message: "Parfait !" },
    });
    expect(accepted.data!.respondToCourseQuote).toMatchObject({
      quote: { status: "ACCEPTED" },
      // The gateway opened a payment that now waits for the client to confirm the card.
      payment: { status: "REQUIRES_ACTION" },
      userErrors: [],
    });
    expect(await responded.next()).toMatchObject({ status: "ACCEPTED", clientResponse: "Parfait !" });
    const confirmed = await prisma.individualCourse.findUniqueOrThrow({ where: { id: course.id } });
    expect(confirmed).toMatchObject({
      status: "CONFIRMED",
      quotedPriceCents: 63_000,
      pricePerHourCents: 6000,
      totalHours: 10,
    });

    const sessionIds: string[] = [];
    for (const n of [1, 2]) {
      const s = await b.gql<{
        scheduleIndividualSession: { session: { id: string; sessionNumber: number } };
      }>(
        q.schedule,
        {
          input: {
            individualCourseId: courseGid,
            sessionDate: new Date(Date.now() + n * DAY).toISOString(),
            durationMinutes: 90,
            meetingLink: "https://meet.example/abc",
          },
        },
        { token: instructor.token },
      );
      expect(s.data!.scheduleIndividualSession.session.sessionNumber).toBe(n);
      sessionIds.push(s.data!.scheduleIndividualSession.session.id);
    }
    for (const id of sessionIds) {
      const done = await b.gql(
        q.complete,
        { input: { sessionId: id, topicsCovered: ["Stayman"] } },
        { token: instructor.token },
      );
      expect(done.data).toMatchObject({ completeIndividualSession: { userErrors: [] } });
    }
    const inProgress = await prisma.individualCourse.findUniqueOrThrow({ where: { id: course.id } });
    expect(inProgress).toMatchObject({ status: "IN_PROGRESS", sessionsCompleted: 2 });
    expect(inProgress.lastSessionDate?.getTime()).toBeGreaterThan(Date.now() + DAY);
    const finished = await b.gql(
      q.changeStatus,
      { input: { individualCourseId: courseGid, status: "COMPLETED" } },
      { token: instructor.token },
    );
    expect(finished.errors).toBeUndefined();
    expect(finished.data).toMatchObject({
      changeIndividualCourseStatus: {
        individualCourse: {
          status: "COMPLETED",
          progress: { completedHours: 3, plannedHours: 10, percentComplete: 30 },
        },
      },
    });
    expect(
      (await prisma.individualCourse.findUniqueOrThrow({ where: { id: course.id } })).courseEndDate,
    ).not.toBeNull();
  });
});

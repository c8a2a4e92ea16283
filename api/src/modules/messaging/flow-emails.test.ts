// The learning, commerce and quote flows queue their emails and activity rows
// in the transaction of the change (issue 8).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCourse } from "../../../test/factories.js";
import { freeCourse, signedIn } from "../../../test/learning-factories.js";
import { CONFIRM_PAYMENT, PURCHASE_COURSE } from "../../../test/payments.js";
import { DAY, gid, person } from "../../../test/scheduling.js";
import { startTestServer, type TestServer } from "../../../test/server.js";
import { linkToken, gql as q } from "../individual/individual.test-helpers.js";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.close());

const ENROLL = `mutation ($input: EnrollInCourseInput!) { enrollInCourse(input: $input) { enrollment { id } } }`;
const COMPLETE = `mutation ($input: UpdateLessonProgressInput!) { updateLessonProgress(input: $input) {
  certificate { id verificationCode } } }`;

const activities = (userId: string) =>
  server.app.prisma.activityLog.findMany({ where: { userId }, orderBy: { createdAt: "asc" } });

describe("learning", () => {
  it("records enrolment and completion, and emails the certificate in the student's language", async () => {
    const prisma = server.app.prisma;
    const { course, lessons } = await freeCourse(server, [1]);
    const student = await signedIn(server);
    await prisma.user.update({ where: { id: student.user.id }, data: { preferredLanguage: "fr" } });
    await server.gql(ENROLL, { input: { courseId: gid("Course", course.id) } }, { token: student.token });
    const done = await server.gql<{ updateLessonProgress: { certificate: { verificationCode: string } } }>(
      COMPLETE,
      { input: { lessonId: gid("Lesson", lessons[0]!.id), status: "COMPLETED" } },
      { token: student.token },
    );
    const code = done.data!.updateLessonProgress.certificate.verificationCode;
    const certificate = await prisma.certificate.findUniqueOrThrow({ where: { verificationCode: code } });

    expect((await activities(student.user.id)).map((a) => a.action)).toEqual([
      "enrollment_created",
      "course_completed",
    ]);
    const mails = await prisma.emailLog.findMany({ where: { userId: student.user.id } });
    expect(mails).toHaveLength(1);
    expect(mails[0]).toMatchObject({
      emailType: "certificate_issued",
      idempotencyKey: `certificate_issued:${certificate.id}`,
      status: "QUEUED",
    });
    expect(mails[0]!.subject).toBe(`Votre certificat pour ${course.title}`);
    expect(mails[0]!.textBody).toContain(`/certificates/verify/${code}`);
  });
});

describe("commerce", () => {
  it("a succeeded course purchase records the payment and the enrolment", async () => {
    const course = await createCourse(server.app.prisma, { priceCents: 4900 });
    const learner = await person(server);
    const bought = await server.gql<{ purchaseCourse: { payment: { id: string } } }>(
      PURCHASE_COURSE,
      { input: { courseId: gid("Course", course.id) } },
      { token: learner.token },
    );
    const paymentId = bought.data!.purchaseCourse.payment.id;
    await server.gql(
      CONFIRM_PAYMENT,
      { input: { paymentId, paymentMethodId: "pm_card_visa" } },
      { token: learner.token },
    );
    const rows = await activities(learner.id);
    expect(rows.map((a) => a.action).sort()).toEqual(["enrollment_created", "payment_succeeded"]);
    expect(rows.find((a) => a.action === "payment_succeeded")).toMatchObject({
      entityType: "payment",
      metadata: { kind: "COURSE_PURCHASE", amountCents: 4900, currency: expect.any(String) },
    });
  });
});

describe("quotes", () => {
  it("the student's answer emails the instructor once, in the instructor's language", async () => {
    const prisma = server.app.prisma;
    const instructor = await person(server, ["INSTRUCTOR"], "Marie");
    await prisma.user.update({ where: { id: instructor.id }, data: { preferredLanguage: "fr" } });
    const student = await person(server, ["STUDENT"], "Alice");
    const c = await server.gql<{ createIndividualCourse: { individualCourse: { id: string } } }>(
      q.createCourse,
      { input: { studentId: student.gid } },
      { token: instructor.token },
    );
    const d = await server.gql<{ createCourseQuote: { quote: { id: string; quoteNumber: string } } }>(
      q.createQuote,
      {
        input: {
          individualCourseId: c.data!.createIndividualCourse.individualCourse.id,
          hourlyRateCents: 5000,
          estimatedHours: 2,
          validUntil: new Date(Date.now() + 7 * DAY).toISOString(),
        },
      },
      { token: instructor.token },
    );
    const quote = d.data!.createCourseQuote.quote;
    const quoteId = Buffer.from(quote.id, "base64url").toString().split(":")[1]!;
    await server.gql(q.send, { input: { quoteId: quote.id } }, { token: instructor.token });
    const sent = await prisma.emailLog.findUniqueOrThrow({
      where: { idempotencyKey: `quote_sent:${quoteId}` },
    });
    expect(sent).toMatchObject({ emailType: "quote_sent", userId: student.id });
    expect(sent.subject).toBe(`Your quote ${quote.quoteNumber} from Marie`);
    expect(sent.htmlBody).toContain("#token=");

    const answered = await server.gql(q.respond, {
      input: { token: linkToken(sent.textBody), decision: "REJECT", message: "Trop cher" },
    });
    expect(answered.errors).toBeUndefined();
    const mails = await prisma.emailLog.findMany({
      where: { emailType: "quote_answered", userId: instructor.id },
    });
    expect(mails).toHaveLength(1);
    expect(mails[0]).toMatchObject({ idempotencyKey: `quote_answered:${quoteId}` });
    expect(mails[0]!.subject).toBe(`Devis ${quote.quoteNumber} refusé par Alice`);
    expect(mails[0]!.textBody).toContain("Son message : Trop cher");
  });
});

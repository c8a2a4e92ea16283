import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createUser, TEST_PASSWORD } from "../../../test/factories.js";
import { startTestServer, type TestServer } from "../../../test/server.js";
import { trackingUrls } from "./tracking.js";

const EMAIL_LOGS = `{ emailLogs(first: 5) { totalCount nodes { recipientEmail status } } }`;
const LOGIN = `mutation ($input: LogInInput!) { logIn(input: $input) { tokens { accessToken } } }`;

describe("tracking endpoints and the admin outbox", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ PUBLIC_URL: "https://campus.example" });
  });
  afterAll(() => server.close());

  it("counts the first open and click, redirects only to Campus, and refuses forged tokens", async () => {
    const { prisma } = server.app;
    const user = await createUser(prisma);
    const course = await prisma.emailCourse.create({
      data: { name: "C", deliverySchedule: "DAILY", totalEmails: 1 },
    });
    const content = await prisma.emailCourseContent.create({
      data: { emailCourseId: course.id, dayNumber: 1, subject: "D1", htmlContent: "x", sentCount: 1 },
    });
    const sub = await prisma.emailCourseSubscription.create({
      data: { userId: user.id, emailCourseId: course.id },
    });
    const email = await prisma.emailLog.create({
      data: {
        recipientEmail: user.email,
        emailType: "drip_course",
        dripSubscriptionId: sub.id,
        dripContentId: content.id,
      },
    });
    const urls = trackingUrls(server.url, server.app.config.jwt.secret, email.id);
    const pixel = await fetch(urls.pixel);
    expect(pixel.headers.get("content-type")).toBe("image/gif");
    await fetch(urls.pixel);
    const click = await fetch(urls.click("https://campus.example/courses/1"), { redirect: "manual" });
    expect([click.status, click.headers.get("location")]).toEqual([302, "https://campus.example/courses/1"]);
    const open = await fetch(urls.click("https://evil.example/phish"), { redirect: "manual" });
    expect(open.status).toBe(400);
    const forged = trackingUrls(server.url, "not-the-secret", email.id);
    await fetch(forged.pixel);
    expect(await prisma.emailCourseSubscription.findUniqueOrThrow({ where: { id: sub.id } })).toMatchObject({
      emailsOpened: 1,
      linksClicked: 1,
    });
    const rates = await prisma.emailCourseContent.findUniqueOrThrow({ where: { id: content.id } });
    expect([Number(rates.openRate), Number(rates.clickRate)]).toEqual([1, 1]);
  });

  it("shows the outbox to admins only", async () => {
    const { prisma } = server.app;
    const admin = await createUser(prisma, { roles: ["ADMIN"] });
    const student = await createUser(prisma);
    const token = async (email: string) =>
      (
        await server.gql<{ logIn: { tokens: { accessToken: string } } }>(LOGIN, {
          input: { email, password: TEST_PASSWORD },
        })
      ).data!.logIn.tokens.accessToken;
    expect((await server.gql(EMAIL_LOGS)).errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    expect(
      (await server.gql(EMAIL_LOGS, {}, { token: await token(student.email) })).errors?.[0]?.extensions?.code,
    ).toBe("FORBIDDEN");
    const res = await server.gql<{ emailLogs: { totalCount: number } }>(
      EMAIL_LOGS,
      {},
      { token: await token(admin.email) },
    );
    expect(res.data!.emailLogs.totalCount).toBeGreaterThanOrEqual(1);
  });
});

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { gid } from "../../../test/catalog-factories.js";
import { enrolledStudent, freeCourse, signedIn } from "../../../test/learning-factories.js";
import { startTestServer, type TestServer } from "../../../test/server.js";
import { base32, CODE_LENGTH, normalizeVerificationCode } from "./certificate.code.js";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.close());

const COMPLETE = `mutation ($input: UpdateLessonProgressInput!) { updateLessonProgress(input: $input) {
  certificate { id holderName courseTitle instructorName verificationCode validity issuedAt expiresAt } } }`;
const VERIFY = `query ($code: String!) { verifyCertificate(code: $code) {
  validity isValid holderName courseTitle instructorName issuedAt expiresAt revokedAt } }`;
type Issued = { id: string; verificationCode: string; holderName: string; expiresAt: string | null };

async function completeCourse(overrides: Record<string, unknown> = {}) {
  const setup = await freeCourse(server, [1], overrides);
  const student = await enrolledStudent(server, setup.course.id);
  const res = await server.gql<{ updateLessonProgress: { certificate: Issued | null } }>(
    COMPLETE,
    { input: { lessonId: gid("Lesson", setup.lessons[0]!.id), status: "COMPLETED" } },
    { token: student.token },
  );
  return { ...setup, student, certificate: res.data!.updateLessonProgress.certificate };
}

describe("certificates", () => {
  it("are issued on completion with names copied, and verified publicly by code", async () => {
    const { course, student, certificate } = await completeCourse({ certificationValidityYears: 3 });
    expect(certificate).toMatchObject({ holderName: "Test User", validity: "VALID" });
    expect(certificate!.verificationCode).toMatch(new RegExp(`^[A-Z2-7]{${CODE_LENGTH}}$`));
    // A later rename does not change the certificate (seed 001: names denormalized on purpose).
    await server.app.prisma.user.update({ where: { id: student.user.id }, data: { displayName: "Renamed" } });
    const verified = await server.gql(VERIFY, { code: certificate!.verificationCode });
    expect(verified.data).toEqual({
      verifyCertificate: {
        validity: "VALID",
        isValid: true,
        holderName: "Test User",
        courseTitle: course.title,
        instructorName: "Test User",
        issuedAt: expect.any(String),
        expiresAt: certificate!.expiresAt,
        revokedAt: null,
      },
    });
    const typed = certificate!.verificationCode.toLowerCase().replace(/(.{4})/g, "$1-");
    expect(
      (await server.gql<{ verifyCertificate: { isValid: boolean } }>(VERIFY, { code: typed })).data!
        .verifyCertificate.isValid,
    ).toBe(true);
  });

  it("answers null for a wrong or malformed code, and reports revoked and expired ones", async () => {
    const { certificate } = await completeCourse();
    const wrong = certificate!.verificationCode.replace(/^./, (c) => (c === "A" ? "B" : "A"));
    expect((await server.gql(VERIFY, { code: wrong })).data).toEqual({ verifyCertificate: null });
    expect((await server.gql(VERIFY, { code: "not a code; DROP TABLE" })).data).toEqual({
      verifyCertificate: null,
    });
    const p = server.app.prisma;
    const id = Buffer.from(certificate!.id, "base64url").toString().split(":")[1]!;
    const past = new Date(Date.now() - 86_400_000);
    await p.certificate.update({
      where: { id },
      data: { issuedAt: new Date(past.getTime() - 1000), expiresAt: past },
    });
    const expired = await server.gql<{ verifyCertificate: { validity: string; isValid: boolean } }>(VERIFY, {
      code: certificate!.verificationCode,
    });
    expect(expired.data!.verifyCertificate).toMatchObject({ validity: "EXPIRED", isValid: false });
    await p.certificate.update({ where: { id }, data: { revokedAt: new Date() } });
    const revoked = await server.gql<{ verifyCertificate: { validity: string } }>(VERIFY, {
      code: certificate!.verificationCode,
    });
    expect(revoked.data!.verifyCertificate.validity).toBe("REVOKED");
  });

  it("are not issued for courses without certificates", async () => {
    const { certificate, course } = await completeCourse({ hasCertificate: false });
    expect(certificate).toBeNull();
    expect(await server.app.prisma.certificate.count({ where: { courseId: course.id } })).toBe(0);
  });

  it("are readable by their holder and the course's instructor only", async () => {
    const { certificate, student, instructorToken } = await completeCourse();
    const NODE = `query ($id: ID!) { node(id: $id) { ... on Certificate { holderName } } }`;
    expect((await server.gql(NODE, { id: certificate!.id }, { token: student.token })).data).toEqual({
      node: { holderName: "Test User" },
    });
    expect((await server.gql(NODE, { id: certificate!.id }, { token: instructorToken })).data).toEqual({
      node: { holderName: "Test User" },
    });
    const other = await signedIn(server);
    expect(
      (await server.gql(NODE, { id: certificate!.id }, { token: other.token })).errors?.[0]?.extensions?.code,
    ).toBe("NOT_FOUND");
    const mine = await server.gql<{ myCertificates: { totalCount: number } }>(
      `{ myCertificates { totalCount nodes { courseTitle } } }`,
      {},
      { token: student.token },
    );
    expect(mine.data!.myCertificates.totalCount).toBe(1);
  });
});

describe("verification codes", () => {
  it("encode 128 bits as 26 base32 characters and normalize typed input", () => {
    expect(base32(Buffer.from("foobar"))).toBe("MZXW6YTBOI");
    expect(CODE_LENGTH).toBe(26);
    expect(normalizeVerificationCode("abcd-efgh ijkl-mnop-qrst-uvwx-yz")).toBe("ABCDEFGHIJKLMNOPQRSTUVWXYZ");
    expect(normalizeVerificationCode("ABCDEFGHIJKLMNOPQRSTUVWXY1")).toBeNull();
  });
});

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAdmin, createInstructor, tokenFor, uuidOf } from "../../../test/catalog-factories.js";
import { createUser } from "../../../test/factories.js";
import { startTestServer, type TestServer } from "../../../test/server.js";

let server: TestServer;
let adminToken: string;

const ERR = "userErrors { field message code }";
const APP = "id status licenseNumber documents rejectionReason reviewedAt applicant { id }";
type Payload = {
  application: { id: string; status: string; rejectionReason: string | null } | null;
  userErrors: { field: string[] | null; code: string }[];
};

const SUBMIT = `mutation ($input: SubmitInstructorApplicationInput!) { submitInstructorApplication(input: $input) { application { ${APP} } ${ERR} } }`;
const APPROVE = `mutation ($input: ApproveInstructorApplicationInput!) { approveInstructorApplication(input: $input) { application { ${APP} } ${ERR} } }`;
const REJECT = `mutation ($input: RejectInstructorApplicationInput!) { rejectInstructorApplication(input: $input) { application { ${APP} } ${ERR} } }`;
const valid = {
  licenseNumber: "RN-12345",
  licenseState: "CA",
  licenseExpiry: "2099-12-31",
  insuranceProvider: "MedSure",
  documents: ["https://files.campus.test/license.pdf"],
};

const submit = (token: string, input: Record<string, unknown> = valid) =>
  server.gql<{ submitInstructorApplication: Payload }>(SUBMIT, { input }, { token });

beforeAll(async () => {
  server = await startTestServer();
  adminToken = tokenFor(server.app.config, await createAdmin(server.app.prisma));
});
afterAll(() => server?.close());

describe("instructor applications", () => {
  it("approving grants INSTRUCTOR, creates the expert profile and writes an audit entry", async () => {
    const p = server.app.prisma;
    const applicant = await createUser(p);
    const token = tokenFor(server.app.config, applicant);
    const submitted = (await submit(token)).data!.submitInstructorApplication;
    expect(submitted.userErrors).toEqual([]);
    expect(submitted.application!.status).toBe("SUBMITTED");
    expect((await submit(token)).data!.submitInstructorApplication.userErrors[0]!.code).toBe("CONFLICT");

    const forbidden = await server.gql(
      APPROVE,
      { input: { applicationId: submitted.application!.id } },
      { token },
    );
    expect(forbidden.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");

    const approved = await server.gql<{ approveInstructorApplication: Payload }>(
      APPROVE,
      { input: { applicationId: submitted.application!.id, currency: "usd", hourlyRateCents: 9000 } },
      { token: adminToken, headers: { "user-agent": "campus-admin-test" } },
    );
    expect(approved.data!.approveInstructorApplication.application!.status).toBe("APPROVED");
    const user = await p.user.findUniqueOrThrow({
      where: { id: applicant.id },
      include: { expertProfile: true },
    });
    expect(user.roles).toEqual(["STUDENT", "INSTRUCTOR"]);
    expect(user.expertProfile).toMatchObject({
      currency: "USD",
      hourlyRateCents: 9000,
      verificationStatus: "VERIFIED",
    });
    const audit = await p.auditLog.findFirstOrThrow({
      where: { entityId: uuidOf(submitted.application!.id) },
    });
    expect(audit).toMatchObject({
      action: "instructor_application.approve",
      entityType: "InstructorApplication",
      oldValues: { status: "SUBMITTED", roles: ["STUDENT"] },
      newValues: {
        status: "APPROVED",
        roles: ["STUDENT", "INSTRUCTOR"],
        expertProfileId: user.expertProfile!.id,
      },
      userAgent: "campus-admin-test",
    });

    // Decided once: a second decision changes nothing and writes no audit row.
    const again = await server.gql<{ rejectInstructorApplication: Payload }>(
      REJECT,
      { input: { applicationId: submitted.application!.id, reason: "Too late" } },
      { token: adminToken },
    );
    expect(again.data!.rejectInstructorApplication.userErrors[0]!.code).toBe("INVALID_STATE");
    expect(await p.auditLog.count({ where: { entityId: uuidOf(submitted.application!.id) } })).toBe(1);

    // The new role takes effect at once: the applicant may now create courses.
    const course = await server.gql<{ createCourse: { userErrors: unknown[] } }>(
      `mutation { createCourse(input: { title: "My first course" }) { userErrors { code } } }`,
      {},
      { token },
    );
    expect(course.data!.createCourse.userErrors).toEqual([]);
    expect((await submit(token)).data!.submitInstructorApplication.userErrors[0]!.code).toBe("INVALID_STATE");
  });

  it("rejecting keeps the reason, audits, and lets the applicant apply again", async () => {
    const p = server.app.prisma;
    const applicant = await createUser(p);
    const token = tokenFor(server.app.config, applicant);
    const id = (await submit(token)).data!.submitInstructorApplication.application!.id;
    const rejected = await server.gql<{ rejectInstructorApplication: Payload }>(
      REJECT,
      { input: { applicationId: id, reason: "License could not be verified." } },
      { token: adminToken },
    );
    expect(rejected.data!.rejectInstructorApplication.application).toMatchObject({
      status: "REJECTED",
      rejectionReason: "License could not be verified.",
    });
    expect(await p.auditLog.findFirstOrThrow({ where: { entityId: uuidOf(id) } })).toMatchObject({
      action: "instructor_application.reject",
      oldValues: { status: "SUBMITTED", rejectionReason: null },
      newValues: { status: "REJECTED", rejectionReason: "License could not be verified." },
    });
    expect((await p.user.findUniqueOrThrow({ where: { id: applicant.id } })).roles).toEqual(["STUDENT"]);
    const mine = await server.gql<{ viewer: { instructorApplications: { status: string }[] } }>(
      `{ viewer { instructorApplications { status } } }`,
      {},
      { token },
    );
    expect(mine.data!.viewer.instructorApplications).toEqual([{ status: "REJECTED" }]);
    expect((await submit(token)).data!.submitInstructorApplication.userErrors).toEqual([]);
    const queue = await server.gql<{ instructorApplications: { totalCount: number } }>(
      `{ instructorApplications(filter: { status: [SUBMITTED] }) { totalCount } }`,
      {},
      { token: adminToken },
    );
    expect(queue.data!.instructorApplications.totalCount).toBe(1);
    const hidden = await server.gql(
      `query ($id: ID!) { node(id: $id) { id } }`,
      { id },
      {
        token: tokenFor(server.app.config, await createInstructor(p)),
      },
    );
    expect(hidden.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
  });

  it("refuses incomplete applications", async () => {
    const token = tokenFor(server.app.config, await createUser(server.app.prisma));
    for (const [input, field] of [
      [{ ...valid, licenseNumber: " " }, "licenseNumber"],
      [{ ...valid, documents: [] }, "documents"],
      [{ ...valid, licenseExpiry: "2001-01-01" }, "licenseExpiry"],
    ] as const) {
      expect((await submit(token, input)).data!.submitInstructorApplication.userErrors[0]!.field).toEqual([
        "input",
        field,
      ]);
    }
    expect(
      await server.app.prisma.instructorApplication.count({ where: { licenseNumber: { not: "RN-12345" } } }),
    ).toBe(0);
  });
});

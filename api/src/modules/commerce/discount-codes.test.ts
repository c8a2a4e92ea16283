// Discount codes on the offline gateway (no Stripe configuration): limits under
// concurrency on PostgreSQL, specific userErrors, preview, admin CRUD with audit.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCourse } from "../../../test/factories.js";
import { BOOK_SEAT, type CheckoutPayload, PURCHASE_COURSE, uuidOf } from "../../../test/payments.js";
import {
  createInPersonCourse,
  createSchedule,
  createVenue,
  DAY,
  gid,
  person,
  students,
} from "../../../test/scheduling.js";
import { startTestServer, type TestServer } from "../../../test/server.js";
import { releaseLapsedPayments } from "./payment-expiry.job.js";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.close());

type Errors = { field: string[] | null; code: string; message: string }[];
type Purchase = {
  purchaseCourse: {
    payment: { id: string; amount: { amountCents: number }; discount: { amountCents: number } } | null;
    userErrors: Errors;
  };
};

let codeCounter = 0;
function createCode(data: Record<string, unknown> = {}) {
  codeCounter += 1;
  return server.app.prisma.discountCode.create({
    data: {
      code: `TEST${codeCounter}${Date.now() % 100000}`,
      discountType: "PERCENTAGE",
      discountValue: 20,
      ...data,
    },
  });
}

const purchase = (token: string, courseId: string, discountCode?: string) =>
  server.gql<Purchase>(
    PURCHASE_COURSE,
    { input: { courseId: gid("Course", courseId), discountCode } },
    { token },
  );

describe("limits under concurrency", () => {
  it("50 concurrent checkouts on a code with maxUses 10: exactly 10 redemptions", async () => {
    const prisma = server.app.prisma;
    const course = await createCourse(prisma, { priceCents: 4900 });
    const code = await createCode({ maxUses: 10 });
    const crowd = await students(server, 50);
    const results = await Promise.all(
      crowd.map((s) => purchase(s.token, course.id, code.code.toLowerCase())),
    );
    const won = results.filter((r) => r.data?.purchaseCourse.payment);
    const lost = results.filter((r) => r.data?.purchaseCourse.userErrors[0]?.code === "LIMIT_REACHED");
    expect(results.every((r) => r.errors === undefined)).toBe(true);
    expect([won.length, lost.length]).toEqual([10, 40]);
    for (const w of won)
      expect(w.data!.purchaseCourse.payment).toMatchObject({
        amount: { amountCents: 3920 },
        discount: { amountCents: 980 },
      });
    expect(await prisma.discountRedemption.count({ where: { discountCodeId: code.id } })).toBe(10);
    expect((await prisma.discountCode.findUniqueOrThrow({ where: { id: code.id } })).usedCount).toBe(10);
  });

  it("holds the per-user limit when one learner checks out ten courses at once", async () => {
    const prisma = server.app.prisma;
    const code = await createCode({ maxUsesPerUser: 2 });
    const courses = await Promise.all(
      Array.from({ length: 10 }, () => createCourse(prisma, { priceCents: 3000 })),
    );
    const learner = await person(server);
    const results = await Promise.all(courses.map((c) => purchase(learner.token, c.id, code.code)));
    expect(results.filter((r) => r.data?.purchaseCourse.payment)).toHaveLength(2);
    expect(
      results.filter((r) => r.data?.purchaseCourse.userErrors[0]?.code === "LIMIT_REACHED"),
    ).toHaveLength(8);
    expect(
      await prisma.discountRedemption.count({ where: { discountCodeId: code.id, userId: learner.id } }),
    ).toBe(2);
  });

  it("gives the use back when a checkout is abandoned (expiry job, fake clock)", async () => {
    const prisma = server.app.prisma;
    const course = await createCourse(prisma, { priceCents: 2000 });
    const code = await createCode({ maxUses: 1 });
    const learner = await person(server);
    expect((await purchase(learner.token, course.id, code.code)).data!.purchaseCourse.userErrors).toEqual([]);
    const run = await releaseLapsedPayments({
      ...server.app.services.lapses,
      now: new Date(Date.now() + 25 * 3_600_000),
    });
    expect(run.checkoutsExpired).toBeGreaterThanOrEqual(1);
    expect((await prisma.discountCode.findUniqueOrThrow({ where: { id: code.id } })).usedCount).toBe(0);
    expect(
      await prisma.paymentTransaction.findFirst({ where: { courseId: course.id }, select: { status: true } }),
    ).toEqual({ status: "EXPIRED" });
  });
});

describe("a code that does not apply is a specific userError", () => {
  const PREVIEW = `query ($input: ValidateDiscountCodeInput!) { validateDiscountCode(input: $input) {
    code valid originalPrice { amountCents } discount { amountCents } finalPrice { amountCents formatted } userErrors { field code } } }`;

  it.each([
    ["EXPIRED", { validFrom: new Date(Date.now() - 10 * DAY), validUntil: new Date(Date.now() - DAY) }],
    ["NOT_YET_VALID", { validFrom: new Date(Date.now() + DAY) }],
    ["INACTIVE", { isActive: false }],
    ["NOT_APPLICABLE", { scope: "BOOKINGS" }],
    ["BELOW_MINIMUM", { minPurchaseCents: 10_000, currency: "GBP" }],
  ] as const)("%s, at checkout and in the preview", async (expected, data) => {
    const prisma = server.app.prisma;
    const venue = await createVenue(prisma);
    const inPerson = await createInPersonCourse(prisma, { priceCents: 9500 });
    const schedule = await createSchedule(prisma, { courseId: inPerson.id, venueId: venue.id });
    const course = await createCourse(prisma, { priceCents: 4900 });
    const code = await createCode(data);
    const learner = await person(server);
    // The out-of-scope code is a bookings code: try it on a course; the others on a class seat.
    const checkout =
      expected === "NOT_APPLICABLE"
        ? (await purchase(learner.token, course.id, code.code)).data!.purchaseCourse
        : (
            await server.gql<{ bookScheduleSeat: CheckoutPayload }>(
              BOOK_SEAT,
              { input: { scheduleId: gid("CourseSchedule", schedule.id), discountCode: code.code } },
              { token: learner.token },
            )
          ).data!.bookScheduleSeat;
    expect(checkout.userErrors).toMatchObject([{ code: expected, field: ["input", "discountCode"] }]);
    const target =
      expected === "NOT_APPLICABLE"
        ? { courseId: gid("Course", course.id) }
        : { scheduleId: gid("CourseSchedule", schedule.id) };
    const preview = await server.gql<{ validateDiscountCode: { valid: boolean; userErrors: Errors } }>(
      PREVIEW,
      { input: { code: code.code, ...target } },
      { token: learner.token },
    );
    expect(preview.data!.validateDiscountCode).toMatchObject({
      valid: false,
      userErrors: [{ code: expected, field: ["input", "code"] }],
    });
    expect((await prisma.courseSchedule.findUniqueOrThrow({ where: { id: schedule.id } })).bookedCount).toBe(
      0,
    );
    expect((await prisma.discountCode.findUniqueOrThrow({ where: { id: code.id } })).usedCount).toBe(0);
  });

  it("previews the price a valid code gives, and applies it to a seat booking", async () => {
    const prisma = server.app.prisma;
    const venue = await createVenue(prisma);
    const inPerson = await createInPersonCourse(prisma, { priceCents: 9500, courseType: "FAW" });
    const schedule = await createSchedule(prisma, { courseId: inPerson.id, venueId: venue.id });
    const code = await createCode({
      discountType: "FIXED_AMOUNT",
      discountValue: 1500,
      currency: "GBP",
      scope: "BOOKINGS",
      courseTypeRestriction: "FAW",
    });
    const learner = await person(server);
    const preview = await server.gql<{ validateDiscountCode: Record<string, unknown> }>(
      PREVIEW,
      { input: { code: code.code.toLowerCase(), scheduleId: gid("CourseSchedule", schedule.id) } },
      { token: learner.token },
    );
    expect(preview.data!.validateDiscountCode).toMatchObject({
      valid: true,
      originalPrice: { amountCents: 9500 },
      discount: { amountCents: 1500 },
      finalPrice: { amountCents: 8000, formatted: "£80.00" },
      userErrors: [],
    });
    const booked = await server.gql<{ bookScheduleSeat: CheckoutPayload }>(
      BOOK_SEAT,
      {
        input: {
          scheduleId: gid("CourseSchedule", schedule.id),
          discountCode: code.code,
          paymentMethodId: "pm_card_visa",
        },
      },
      { token: learner.token },
    );
    expect(booked.data!.bookScheduleSeat.booking).toMatchObject({
      status: "CONFIRMED",
      paymentStatus: "PAID",
      discount: { amountCents: 1500 },
      amountPaid: { amountCents: 8000 },
    });
    const redemption = await prisma.discountRedemption.findFirstOrThrow({
      where: { discountCodeId: code.id },
    });
    expect(redemption).toMatchObject({
      bookingId: uuidOf(booked.data!.bookScheduleSeat.booking!.id),
      amountCents: 1500,
      userId: learner.id,
    });
  });
});

describe("admin CRUD", () => {
  const CREATE = `mutation ($input: CreateDiscountCodeInput!) { createDiscountCode(input: $input) { discountCode { id code scope maxUses usedCount } userErrors { field code } } }`;
  const UPDATE = `mutation ($input: UpdateDiscountCodeInput!) { updateDiscountCode(input: $input) { discountCode { id isActive maxUses } userErrors { field code } } }`;
  const DELETE = `mutation ($input: DeleteDiscountCodeInput!) { deleteDiscountCode(input: $input) { deletedDiscountCodeId userErrors { field code } } }`;
  type Payload = Record<
    string,
    { discountCode?: { id: string } | null; deletedDiscountCodeId?: string | null; userErrors: Errors }
  >;

  it("creates, updates and deletes with an audit row each; only admins; specific errors", async () => {
    const admin = await person(server, ["ADMIN"]);
    const student = await person(server);
    const input = {
      code: "spring-25",
      discountType: "PERCENTAGE",
      discountValue: 25,
      scope: "COURSES",
      maxUses: 100,
    };
    const denied = await server.gql(CREATE, { input }, { token: student.token });
    expect(denied.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const created = await server.gql<Payload>(CREATE, { input }, { token: admin.token });
    expect(created.data!.createDiscountCode).toMatchObject({
      discountCode: { code: "SPRING-25", scope: "COURSES", usedCount: 0 },
      userErrors: [],
    });
    const id = created.data!.createDiscountCode!.discountCode!.id;
    expect(
      (await server.gql<Payload>(CREATE, { input }, { token: admin.token })).data!.createDiscountCode!
        .userErrors,
    ).toEqual([{ field: ["input", "code"], code: "TAKEN" }]);
    const invalid = await server.gql<Payload>(
      CREATE,
      { input: { ...input, code: "BIG", discountValue: 150 } },
      { token: admin.token },
    );
    expect(invalid.data!.createDiscountCode!.userErrors).toEqual([
      { field: ["input", "discountValue"], code: "INVALID" },
    ]);
    const updated = await server.gql<Payload>(
      UPDATE,
      { input: { id, isActive: false, maxUses: 50 } },
      { token: admin.token },
    );
    expect(updated.data!.updateDiscountCode).toMatchObject({
      discountCode: { isActive: false, maxUses: 50 },
      userErrors: [],
    });
    const deleted = await server.gql<Payload>(DELETE, { input: { id } }, { token: admin.token });
    expect(deleted.data!.deleteDiscountCode).toEqual({ deletedDiscountCodeId: id, userErrors: [] });
    const audits = await server.app.prisma.auditLog.findMany({
      where: { entityId: uuidOf(id) },
      orderBy: { createdAt: "asc" },
    });
    expect(audits.map((a) => a.action)).toEqual([
      "discount_code.create",
      "discount_code.update",
      "discount_code.delete",
    ]);
    expect(audits[1]).toMatchObject({
      oldValues: { isActive: true, maxUses: 100 },
      newValues: { isActive: false, maxUses: 50 },
    });

    const used = await createCode({ usedCount: 1 });
    const refused = await server.gql<Payload>(
      DELETE,
      { input: { id: gid("DiscountCode", used.id) } },
      { token: admin.token },
    );
    expect(refused.data!.deleteDiscountCode!.userErrors).toEqual([
      { field: ["input", "id"], code: "INVALID_STATE" },
    ]);
    const list = await server.gql<{ discountCodes: { totalCount: number } }>(
      `{ discountCodes(first: 5) { totalCount } }`,
      {},
      { token: admin.token },
    );
    expect(list.data!.discountCodes.totalCount).toBeGreaterThan(0);
  });
});

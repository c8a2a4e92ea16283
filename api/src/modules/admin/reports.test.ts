import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCourse } from "../../../test/factories.js";
import {
  createInPersonCourse,
  createSchedule,
  createVenue,
  type Person,
  person,
} from "../../../test/scheduling.js";
import { startTestServer, type TestServer } from "../../../test/server.js";

const at = (iso: string) => new Date(`${iso}T12:00:00Z`);
const PERIOD = { from: "2030-01-01T00:00:00Z", to: "2030-03-01T00:00:00Z" };

let server: TestServer;
let admin: Person;
let student: Person;

/** A known month of business, dated in 2030 so nothing else in the database falls in the period. */
async function buildDataSet() {
  const p = server.app.prisma;
  const [u1, u2, u3] = [await person(server), await person(server), await person(server)];
  await p.user.updateMany({
    where: { id: { in: [u1.id, u2.id, u3.id] } },
    data: { createdAt: at("2030-01-05") },
  });
  await p.analyticsEvent.createMany({
    data: ["s1", "s2", "s3", "s4", "s5", "s1"].map((sessionId) => ({
      eventType: "page_view",
      sessionId,
      createdAt: at("2030-01-05"),
    })),
  });
  const a = await createCourse(p, { title: "Bridge basics" });
  const b = await createInPersonCourse(p);
  await p.course.update({ where: { id: b.id }, data: { title: "=HYPERLINK(evil)" } });
  await p.enrollment.createMany({
    data: [
      { userId: u1.id, courseId: a.id, accessType: "PURCHASED", createdAt: at("2030-01-06") },
      { userId: u2.id, courseId: a.id, accessType: "PURCHASED", createdAt: at("2030-01-20") },
    ],
  });
  const venue = await createVenue(p);
  const s1 = await createSchedule(p, {
    courseId: b.id,
    venueId: venue.id,
    startsAt: at("2030-02-10"),
    capacity: 10,
  });
  const s2 = await createSchedule(p, {
    courseId: b.id,
    venueId: venue.id,
    startsAt: at("2030-02-20"),
    capacity: 4,
  });
  const s3 = await createSchedule(p, {
    courseId: b.id,
    venueId: venue.id,
    startsAt: at("2030-02-25"),
    capacity: 4,
  });
  await p.courseSchedule.update({ where: { id: s1.id }, data: { bookedCount: 1 } });
  await p.courseSchedule.update({ where: { id: s2.id }, data: { bookedCount: 3 } });
  await p.courseSchedule.update({ where: { id: s3.id }, data: { status: "CANCELLED" } });
  const seat = {
    scheduleId: s1.id,
    startsAt: s1.startsAt,
    endsAt: s1.endsAt,
    priceCents: 9500,
    paymentAmountCents: 9500,
    currency: "GBP",
    createdAt: at("2030-01-10"),
  };
  await p.booking.create({
    data: { ...seat, reference: `R-${u3.id.slice(-8)}`, userId: u3.id, status: "CONFIRMED" },
  });
  await p.booking.create({
    data: { ...seat, reference: `R-${u1.id.slice(-8)}`, userId: u1.id, status: "CANCELLED" },
  });
  const pay = (userId: string, data: Record<string, unknown>) =>
    p.paymentTransaction.create({
      data: {
        userId,
        provider: "OFFLINE",
        currency: "EUR",
        courseId: a.id,
        kind: "COURSE_PURCHASE",
        status: "SUCCEEDED",
        amountCents: 4900,
        ...data,
      },
    });
  await pay(u1.id, { createdAt: at("2030-01-06") });
  const partly = await pay(u2.id, { status: "PARTIALLY_REFUNDED", createdAt: at("2030-01-20") });
  await pay(u2.id, {
    kind: "REFUND",
    amountCents: 1000,
    parentTransactionId: partly.id,
    createdAt: at("2030-02-02"),
  });
  await pay(u3.id, {
    kind: "BOOKING",
    amountCents: 9500,
    currency: "GBP",
    courseId: b.id,
    createdAt: at("2030-01-10"),
  });
  await pay(u3.id, { status: "FAILED", amountCents: 5000, createdAt: at("2030-01-11") });
  await pay(u3.id, { status: "PENDING", amountCents: 7000, createdAt: at("2030-01-12") });
}

beforeAll(async () => {
  server = await startTestServer();
  admin = await person(server, ["ADMIN"], "Root");
  student = await person(server);
  await buildDataSet();
});
afterAll(() => server?.close());

const report = async <T>(field: string, selection: string, filter: Record<string, unknown> = {}) => {
  const res = await server.gql<Record<string, T>>(
    `query ($filter: ReportFilter) { ${field}(filter: $filter) ${selection} }`,
    { filter: { ...PERIOD, ...filter } },
    admin,
  );
  expect(res.errors).toBeUndefined();
  return res.data![field]!;
};

describe("admin reports", () => {
  it("revenue by month, week and day and currency, from the ledger", async () => {
    const sel = "{ period currency grossCents refundedCents netCents charges refunds }";
    expect(await report("revenueReport", sel, { granularity: "MONTH" })).toEqual([
      {
        period: "2030-01-01T00:00:00.000Z",
        currency: "EUR",
        grossCents: 9800,
        refundedCents: 0,
        netCents: 9800,
        charges: 2,
        refunds: 0,
      },
      {
        period: "2030-01-01T00:00:00.000Z",
        currency: "GBP",
        grossCents: 9500,
        refundedCents: 0,
        netCents: 9500,
        charges: 1,
        refunds: 0,
      },
      {
        period: "2030-02-01T00:00:00.000Z",
        currency: "EUR",
        grossCents: 0,
        refundedCents: 1000,
        netCents: -1000,
        charges: 0,
        refunds: 1,
      },
    ]);
    const weeks = await report<{ period: string; netCents: number }[]>(
      "revenueReport",
      "{ period netCents }",
      { granularity: "WEEK" },
    );
    // 6 January 2030 is a Sunday: its week starts on Monday 31 December 2029.
    expect(weeks.map((w) => [w.period.slice(0, 10), w.netCents])).toEqual([
      ["2029-12-31", 4900],
      ["2030-01-07", 9500],
      ["2030-01-14", 4900],
      ["2030-01-28", -1000],
    ]);
    expect(await report<unknown[]>("revenueReport", "{ period }")).toHaveLength(4);
  });

  it("bookings by status, schedule occupancy, top courses and the funnel", async () => {
    expect(await report("bookingsByStatusReport", "{ status count }")).toEqual([
      { status: "CANCELLED", count: 1 },
      { status: "CONFIRMED", count: 1 },
    ]);
    const occupancy = await report<{ capacity: number; booked: number; occupancyRate: number }[]>(
      "scheduleOccupancyReport",
      "{ capacity booked occupancyRate }",
    );
    expect(occupancy).toEqual([
      { capacity: 10, booked: 1, occupancyRate: 0.1 },
      { capacity: 4, booked: 3, occupancyRate: 0.75 },
    ]);
    expect(await report("topCoursesReport", "{ title enrollments bookings revenueCents currency }")).toEqual([
      { title: "Bridge basics", enrollments: 2, bookings: 0, revenueCents: 8800, currency: "EUR" },
      { title: "=HYPERLINK(evil)", enrollments: 0, bookings: 1, revenueCents: 9500, currency: "GBP" },
    ]);
    expect(await report("conversionFunnelReport", "{ step count rateFromPrevious }")).toEqual([
      { step: "VISITED", count: 5, rateFromPrevious: null },
      { step: "SIGNED_UP", count: 3, rateFromPrevious: 0.6 },
      { step: "ENROLLED_OR_BOOKED", count: 3, rateFromPrevious: 1 },
      { step: "PAID", count: 3, rateFromPrevious: 1 },
    ]);
  });

  it("are for admins only and validate the period", async () => {
    const denied = await server.gql("{ revenueReport { netCents } }", {}, student);
    expect(denied.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const bad = await server.gql(
      "query ($f: ReportFilter) { revenueReport(filter: $f) { netCents } }",
      { f: { from: PERIOD.to, to: PERIOD.from } },
      admin,
    );
    expect(bad.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });
});

describe("CSV export", () => {
  const download = (path: string, token?: string) =>
    fetch(`${server.url}${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  const query = `from=${PERIOD.from}&to=${PERIOD.to}`;

  it("serves each report as a CSV file with the same figures", async () => {
    const res = await download(`/admin/reports/revenue.csv?${query}&granularity=month`, admin.token);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(res.headers.get("content-disposition")).toBe('attachment; filename="revenue.csv"');
    expect(await res.text()).toBe(
      [
        "period,currency,grossCents,refundedCents,netCents,charges,refunds",
        "2030-01-01T00:00:00.000Z,EUR,9800,0,9800,2,0",
        "2030-01-01T00:00:00.000Z,GBP,9500,0,9500,1,0",
        "2030-02-01T00:00:00.000Z,EUR,0,1000,-1000,0,1",
        "",
      ].join("\r\n"),
    );
    const top = await (await download(`/admin/reports/top-courses.csv?${query}`, admin.token)).text();
    expect(top).toContain(`,'=HYPERLINK(evil),0,1,9500,GBP`);
    expect(top).toContain(`,Bridge basics,2,0,8800,EUR`);
    for (const name of ["bookings-by-status", "schedule-occupancy", "conversion-funnel"]) {
      expect((await download(`/admin/reports/${name}.csv?${query}`, admin.token)).status).toBe(200);
    }
  });

  it("refuses anonymous callers, non-admins, bad periods and unknown reports", async () => {
    expect((await download(`/admin/reports/revenue.csv?${query}`)).status).toBe(401);
    expect((await download(`/admin/reports/revenue.csv?${query}`, "not-a-token")).status).toBe(401);
    expect((await download(`/admin/reports/revenue.csv?${query}`, student.token)).status).toBe(403);
    expect((await download("/admin/reports/revenue.csv?from=yesterday", admin.token)).status).toBe(400);
    expect((await download("/admin/reports/secrets.csv", admin.token)).status).toBe(404);
  });
});

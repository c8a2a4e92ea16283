import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createExpert,
  createInPersonCourse,
  createSchedule,
  createSlot,
  createTutoringSession,
  createVenue,
  DAY,
  gid,
  HOUR,
  person,
} from "../../../test/scheduling.js";
import { startTestServer, type TestServer } from "../../../test/server.js";

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.close());

type Errors = { field: string[] | null; code: string; message: string }[];
type BookingData = {
  id: string;
  reference: string;
  status: string;
  paymentStatus: string;
  title: string;
  price: { amountCents: number; currency: string };
  cancellationPolicy: { refundableUntil: string; refundPercentBefore: number; refundPercentAfter: number };
  cancellation: { byRole: string; reason: string; refundPercent: number; by: { id: string } | null } | null;
  expiresAt: string | null;
  viewerCanCancel: boolean;
};
type Payload = { booking: BookingData | null; userErrors: Errors };

const FIELDS = `id reference status paymentStatus title price { amountCents currency } expiresAt viewerCanCancel
  cancellationPolicy { refundableUntil refundPercentBefore refundPercentAfter }
  cancellation { byRole reason refundPercent by { id } }`;
const mutation = (name: string, input: string) =>
  `mutation ($input: ${input}!) { ${name}(input: $input) { booking { ${FIELDS} } userErrors { field code message } } }`;
const BOOK_SLOT = mutation("bookSlot", "BookSlotInput");
const BOOK_SEAT = mutation("bookScheduleSeat", "BookScheduleSeatInput");
const CANCEL = mutation("cancelBooking", "CancelBookingInput");
const CONFIRM = mutation("confirmBooking", "ConfirmBookingInput");
const DECLINE = mutation("declineBooking", "DeclineBookingInput");

async function tutoringSetup(options: { priceCents?: number } = {}) {
  const prisma = server.app.prisma;
  const expert = await createExpert(server);
  const session = await createTutoringSession(prisma, expert.profile.id, {
    priceCents: options.priceCents ?? 5000,
    title: "Async Rust",
  });
  const other = await createTutoringSession(prisma, expert.profile.id, {
    durationMinutes: 30,
    title: "Quick review",
  });
  const startsAt = new Date(Date.now() + 5 * DAY);
  const slot = await createSlot(prisma, session, startsAt);
  const overlapping = await createSlot(prisma, other, new Date(startsAt.getTime() + 30 * 60_000));
  return { expert, session, slot, overlapping, startsAt };
}

describe("tutoring booking lifecycle", () => {
  it("books a paid slot as PENDING with the policy, notifies both, blocks the expert's overlapping slot", async () => {
    const prisma = server.app.prisma;
    const { expert, slot, overlapping, startsAt } = await tutoringSetup();
    const learner = await person(server);
    const res = await server.gql<{ bookSlot: Payload }>(
      BOOK_SLOT,
      { input: { slotId: gid("BookableSlot", slot.id), notes: "Lifetimes" } },
      { token: learner.token },
    );
    const booking = res.data!.bookSlot.booking!;
    expect(res.data!.bookSlot.userErrors).toEqual([]);
    expect(booking).toMatchObject({
      status: "PENDING",
      paymentStatus: "PENDING",
      title: "Async Rust",
      price: { amountCents: 5000, currency: "EUR" },
      viewerCanCancel: true,
      cancellationPolicy: {
        refundableUntil: new Date(startsAt.getTime() - 24 * HOUR).toISOString(),
        refundPercentBefore: 100,
        refundPercentAfter: 50,
      },
    });
    expect(booking.reference).toMatch(/^BK-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    expect(booking.expiresAt).not.toBeNull();
    expect(
      await prisma.notification.count({
        where: { userId: { in: [learner.id, expert.id] }, type: "BOOKING" },
      }),
    ).toBe(2);
    expect((await prisma.bookableSlot.findUniqueOrThrow({ where: { id: overlapping.id } })).status).toBe(
      "BLOCKED",
    );

    // The expert confirms; the learner then cancels more than 24 h ahead: a full refund, the slots reopen.
    const confirmed = await server.gql<{ confirmBooking: Payload }>(
      CONFIRM,
      { input: { bookingId: booking.id } },
      { token: expert.token },
    );
    expect(confirmed.data!.confirmBooking.booking!.status).toBe("CONFIRMED");
    const cancelled = await server.gql<{ cancelBooking: Payload }>(
      CANCEL,
      { input: { bookingId: booking.id, reason: "Clash" } },
      { token: learner.token },
    );
    expect(cancelled.data!.cancelBooking.booking).toMatchObject({
      status: "CANCELLED",
      paymentStatus: "RELEASED",
      cancellation: { byRole: "LEARNER", reason: "Clash", refundPercent: 100, by: { id: learner.gid } },
    });
    expect(await prisma.bookableSlot.findUniqueOrThrow({ where: { id: slot.id } })).toMatchObject({
      bookedCount: 0,
      status: "AVAILABLE",
    });
    expect((await prisma.bookableSlot.findUniqueOrThrow({ where: { id: overlapping.id } })).status).toBe(
      "AVAILABLE",
    );
    const again = await server.gql<{ cancelBooking: Payload }>(
      CANCEL,
      { input: { bookingId: booking.id, reason: "Twice" } },
      { token: learner.token },
    );
    expect(again.data!.cancelBooking.userErrors[0]?.code).toBe("INVALID_STATE");
  });

  it("confirms free bookings at once, and lets the expert decline a pending one", async () => {
    const free = await tutoringSetup({ priceCents: 0 });
    const learner = await person(server);
    const res = await server.gql<{ bookSlot: Payload }>(
      BOOK_SLOT,
      { input: { slotId: gid("BookableSlot", free.slot.id) } },
      { token: learner.token },
    );
    expect(res.data!.bookSlot.booking).toMatchObject({
      status: "CONFIRMED",
      paymentStatus: "NOT_REQUIRED",
      expiresAt: null,
    });

    const paid = await tutoringSetup();
    const booked = await server.gql<{ bookSlot: Payload }>(
      BOOK_SLOT,
      { input: { slotId: gid("BookableSlot", paid.slot.id) } },
      { token: learner.token },
    );
    const bookingId = booked.data!.bookSlot.booking!.id;
    const stranger = await person(server, ["INSTRUCTOR"]);
    const notYours = await server.gql<{ declineBooking: Payload }>(
      DECLINE,
      { input: { bookingId, reason: "No" } },
      { token: stranger.token },
    );
    expect(notYours.data!.declineBooking.userErrors[0]?.code).toBe("NOT_FOUND");
    const declined = await server.gql<{ declineBooking: Payload }>(
      DECLINE,
      { input: { bookingId, reason: "Travelling" } },
      { token: paid.expert.token },
    );
    expect(declined.data!.declineBooking.booking).toMatchObject({
      status: "DECLINED",
      cancellation: { byRole: "EXPERT" },
    });
    expect(
      (await server.app.prisma.bookableSlot.findUniqueOrThrow({ where: { id: paid.slot.id } })).bookedCount,
    ).toBe(0);
  });

  it("shows a booking to its learner, expert and admins only", async () => {
    const { expert, slot } = await tutoringSetup();
    const learner = await person(server);
    const booked = await server.gql<{ bookSlot: Payload }>(
      BOOK_SLOT,
      { input: { slotId: gid("BookableSlot", slot.id) } },
      { token: learner.token },
    );
    const { reference, id } = booked.data!.bookSlot.booking!;
    const BY_REF = `query ($r: String!) { booking(reference: $r) { id learner { name } expert { user { name } } slot { startsAt } } }`;
    const admin = await person(server, ["ADMIN"]);
    for (const who of [learner, expert, admin]) {
      const r = await server.gql<{ booking: { id: string } | null }>(
        BY_REF,
        { r: reference.toLowerCase() },
        { token: who.token },
      );
      expect(r.data!.booking?.id).toBe(id);
    }
    const other = await person(server);
    expect(
      (await server.gql<{ booking: null }>(BY_REF, { r: reference }, { token: other.token })).data!.booking,
    ).toBeNull();
    expect((await server.gql<{ booking: null }>(BY_REF, { r: reference })).data!.booking).toBeNull();
    const node = await server.gql(
      `query ($id: ID!) { node(id: $id) { id } }`,
      { id },
      { token: other.token },
    );
    expect(node.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    const cancel = await server.gql<{ cancelBooking: Payload }>(
      CANCEL,
      { input: { bookingId: id, reason: "x" } },
      { token: other.token },
    );
    expect(cancel.data!.cancelBooking.userErrors[0]?.code).toBe("NOT_FOUND");
    // An admin's cancellation is refunded in full and audited.
    const byAdmin = await server.gql<{ cancelBooking: Payload }>(
      CANCEL,
      { input: { bookingId: id, reason: "Fraud check" } },
      { token: admin.token },
    );
    expect(byAdmin.data!.cancelBooking.booking!.cancellation).toMatchObject({
      byRole: "ADMIN",
      refundPercent: 100,
    });
    expect(
      await server.app.prisma.auditLog.count({ where: { action: "booking.cancel", entityType: "Booking" } }),
    ).toBe(1);
  });
});

describe("bad input is a userError and changes nothing", () => {
  it.each([
    ["a slot in the past", "past"],
    ["a slot inside the minimum notice", "soon"],
    ["a slot of an inactive session", "inactive"],
    ["the learner's own session", "own"],
    ["a malformed slot id", "malformed"],
    ["a slot that is full", "full"],
  ])("refuses %s", async (_label, kind) => {
    const prisma = server.app.prisma;
    const { expert, session, slot } = await tutoringSetup();
    let slotId = gid("BookableSlot", slot.id);
    let token = (await person(server)).token;
    if (kind === "past")
      slotId = gid("BookableSlot", (await createSlot(prisma, session, new Date(Date.now() - DAY))).id);
    if (kind === "soon")
      slotId = gid("BookableSlot", (await createSlot(prisma, session, new Date(Date.now() + HOUR))).id);
    if (kind === "inactive")
      await prisma.tutoringSession.update({ where: { id: session.id }, data: { isActive: false } });
    if (kind === "own") token = expert.token;
    if (kind === "malformed") slotId = gid("CourseSchedule", slot.id);
    if (kind === "full")
      await prisma.bookableSlot.update({ where: { id: slot.id }, data: { bookedCount: 1, status: "FULL" } });
    const before = await prisma.booking.count();
    const res = await server.gql<{ bookSlot: Payload }>(BOOK_SLOT, { input: { slotId } }, { token });
    expect(res.errors).toBeUndefined();
    expect(res.data!.bookSlot.booking).toBeNull();
    expect(res.data!.bookSlot.userErrors[0]?.field).toEqual(["input", "slotId"]);
    expect(await prisma.booking.count()).toBe(before);
    if (kind !== "full")
      expect((await prisma.bookableSlot.findUniqueOrThrow({ where: { id: slot.id } })).bookedCount).toBe(0);
  });

  it("refuses draft and started classes, and a second seat for the same person", async () => {
    const prisma = server.app.prisma;
    const venue = await createVenue(prisma);
    const course = await createInPersonCourse(prisma, { priceCents: 0 });
    const draft = await createSchedule(prisma, { courseId: course.id, venueId: venue.id, status: "DRAFT" });
    const open = await createSchedule(prisma, { courseId: course.id, venueId: venue.id });
    const learner = await person(server);
    const book = (id: string) =>
      server.gql<{ bookScheduleSeat: Payload }>(
        BOOK_SEAT,
        { input: { scheduleId: gid("CourseSchedule", id) } },
        { token: learner.token },
      );
    expect((await book(draft.id)).data!.bookScheduleSeat.userErrors[0]?.code).toBe("NOT_FOUND");
    const first = await book(open.id);
    expect(first.data!.bookScheduleSeat.booking).toMatchObject({
      status: "CONFIRMED",
      paymentStatus: "NOT_REQUIRED",
    });
    expect(first.data!.bookScheduleSeat.booking!.cancellationPolicy.refundableUntil).toBe(
      new Date(open.startsAt.getTime() - 7 * DAY).toISOString(),
    );
    expect((await book(open.id)).data!.bookScheduleSeat.userErrors[0]?.code).toBe("TAKEN");
    expect((await prisma.courseSchedule.findUniqueOrThrow({ where: { id: open.id } })).bookedCount).toBe(1);
    const anonymous = await server.gql(BOOK_SEAT, { input: { scheduleId: gid("CourseSchedule", open.id) } });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });

  it("cancels every booking of a cancelled class and notifies its learners", async () => {
    const prisma = server.app.prisma;
    const venue = await createVenue(prisma);
    const course = await createInPersonCourse(prisma);
    const schedule = await createSchedule(prisma, { courseId: course.id, venueId: venue.id });
    const learners = [await person(server), await person(server)];
    for (const l of learners)
      await server.gql(
        BOOK_SEAT,
        { input: { scheduleId: gid("CourseSchedule", schedule.id) } },
        { token: l.token },
      );
    const admin = await person(server, ["ADMIN"]);
    const res = await server.gql<{ cancelCourseSchedule: { userErrors: Errors } }>(
      `mutation ($input: CancelCourseScheduleInput!) { cancelCourseSchedule(input: $input) { userErrors { field code message } } }`,
      { input: { scheduleId: gid("CourseSchedule", schedule.id), reason: "Venue flooded" } },
      { token: admin.token },
    );
    expect(res.data!.cancelCourseSchedule.userErrors).toEqual([]);
    const bookings = await prisma.booking.findMany({ where: { scheduleId: schedule.id } });
    expect(bookings.map((b) => [b.status, b.cancelledByRole, b.paymentStatus])).toEqual([
      ["CANCELLED", "ADMIN", "RELEASED"],
      ["CANCELLED", "ADMIN", "RELEASED"],
    ]);
    expect(
      await prisma.notification.count({
        where: { userId: { in: learners.map((l) => l.id) }, title: "Class cancelled" },
      }),
    ).toBe(2);
  });
});

describe("myBookings", () => {
  it("costs the same number of SQL statements for 5 and for 50 bookings with their relations", async () => {
    const prisma = server.app.prisma;
    const learner = await person(server);
    const venue = await createVenue(prisma, { capacity: 50 });
    const course = await createInPersonCourse(prisma);
    for (let i = 0; i < 25; i += 1) {
      const expert = await createExpert(server);
      const session = await createTutoringSession(prisma, expert.profile.id, { priceCents: 0 });
      const slot = await createSlot(prisma, session, new Date(Date.now() + (10 + i) * DAY));
      const schedule = await createSchedule(prisma, {
        courseId: course.id,
        venueId: venue.id,
        startsAt: new Date(Date.now() + (10 + i) * DAY + 12 * HOUR),
        priceCents: 0,
      });
      await server.gql(
        BOOK_SLOT,
        { input: { slotId: gid("BookableSlot", slot.id) } },
        { token: learner.token },
      );
      await server.gql(
        BOOK_SEAT,
        { input: { scheduleId: gid("CourseSchedule", schedule.id) } },
        { token: learner.token },
      );
    }
    const QUERY = `query ($first: Int) { myBookings(first: $first) {
      totalCount nodes { reference title status learner { name }
        tutoringSession { title price { formatted } } expert { bio user { name } } slot { startsAt localStartsAt }
        schedule { startsAt seatsLeft venue { name } course { title } } viewerCanCancel } } }`;
    const five = await server.gql<{ myBookings: { nodes: unknown[] } }>(
      QUERY,
      { first: 5 },
      { token: learner.token },
    );
    const fifty = await server.gql<{ myBookings: { nodes: unknown[]; totalCount: number } }>(
      QUERY,
      { first: 50 },
      { token: learner.token },
    );
    expect(fifty.errors).toBeUndefined();
    expect(five.data!.myBookings.nodes).toHaveLength(5);
    expect(fifty.data!.myBookings.nodes).toHaveLength(50);
    expect(fifty.data!.myBookings.totalCount).toBe(50);
    expect(fifty.extensions?.sqlStatements).toBe(five.extensions?.sqlStatements);
    expect(fifty.extensions?.sqlStatements).toBeLessThanOrEqual(12);
    console.info(
      `myBookings: ${five.extensions?.sqlStatements} statements for 5, ${fifty.extensions?.sqlStatements} for 50`,
    );
  });
});

// Booking emails through the outbox: confirmation and cancellation queued with
// the change, in the learner's language; the 24 h reminder queued exactly once.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createExpert,
  createSlot,
  createTutoringSession,
  DAY,
  gid,
  HOUR,
  person,
} from "../../../test/scheduling.js";
import { startTestServer, type TestServer } from "../../../test/server.js";
import { runBookingReminders } from "./booking-reminders.job.js";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.close());

const BOOK_SLOT = `mutation ($input: BookSlotInput!) { bookSlot(input: $input) { booking { id status } userErrors { code } } }`;
const CANCEL = `mutation ($input: CancelBookingInput!) { cancelBooking(input: $input) { booking { status } userErrors { code } } }`;
const CONFIRM = `mutation ($input: ConfirmBookingInput!) { confirmBooking(input: $input) { booking { status } userErrors { code } } }`;

/** A booking of a fresh learner (French unless told) on a fresh slot `startsIn` from now. */
async function book(options: { priceCents?: number; language?: string; startsIn?: number } = {}) {
  const prisma = server.app.prisma;
  const expert = await createExpert(server);
  const session = await createTutoringSession(prisma, expert.profile.id, {
    priceCents: options.priceCents ?? 0,
    title: "Async Rust",
  });
  const slot = await createSlot(prisma, session, new Date(Date.now() + (options.startsIn ?? 5 * DAY)));
  const learner = await person(server);
  const user = await prisma.user.update({
    where: { id: learner.id },
    data: { preferredLanguage: options.language ?? "fr-FR" },
  });
  const res = await server.gql<{ bookSlot: { booking: { id: string; status: string } } }>(
    BOOK_SLOT,
    { input: { slotId: gid("BookableSlot", slot.id) } },
    { token: learner.token },
  );
  const booking = res.data!.bookSlot.booking;
  return {
    expert,
    learner,
    email: user.email,
    booking,
    bookingId: Buffer.from(booking.id, "base64url").toString().split(":")[1]!,
  };
}

const emailsOf = (bookingId: string, emailType: string) =>
  server.app.prisma.emailLog.findMany({ where: { bookingId, emailType } });

describe("booking emails", () => {
  it("a free booking is confirmed with one French email to the learner; cancelling queues one more", async () => {
    const { learner, email, booking, bookingId } = await book();
    expect(booking.status).toBe("CONFIRMED");
    const confirmations = await emailsOf(bookingId, "booking_confirmation");
    expect(confirmations).toHaveLength(1);
    expect(confirmations[0]).toMatchObject({
      recipientEmail: email,
      userId: learner.id,
      status: "QUEUED",
      idempotencyKey: `booking_confirmed:${bookingId}`,
    });
    expect(confirmations[0]!.subject).toMatch(/^Réservation confirmée : Async Rust/);
    // The link opens the booking page with the id the API itself hands out.
    expect(confirmations[0]!.textBody).toContain(`/bookings/${booking.id}`);
    expect(
      (await server.app.prisma.booking.findUniqueOrThrow({ where: { id: bookingId } })).confirmationSent,
    ).toBe(true);

    await server.gql(CANCEL, { input: { bookingId: booking.id, reason: "Clash" } }, { token: learner.token });
    const cancelled = await emailsOf(bookingId, "booking_cancelled");
    expect(cancelled).toHaveLength(1);
    expect(cancelled[0]).toMatchObject({
      recipientEmail: email,
      idempotencyKey: `booking_cancelled:${bookingId}`,
    });
    expect(cancelled[0]!.textBody).toContain("Motif : Clash");
    expect(await server.app.prisma.emailLog.count({ where: { bookingId } })).toBe(2);
  });

  it("a paid booking is confirmed by the expert: one English email to the learner, not the expert", async () => {
    const { expert, email, booking, bookingId } = await book({ priceCents: 5000, language: "en" });
    expect(booking.status).toBe("PENDING");
    expect(await emailsOf(bookingId, "booking_confirmation")).toHaveLength(0);
    const res = await server.gql<{ confirmBooking: { booking: { status: string } } }>(
      CONFIRM,
      { input: { bookingId: booking.id } },
      { token: expert.token },
    );
    expect(res.data!.confirmBooking.booking.status).toBe("CONFIRMED");
    const mails = await emailsOf(bookingId, "booking_confirmation");
    expect(mails.map((m) => m.recipientEmail)).toEqual([email]);
    expect(mails[0]!.subject).toMatch(/^Booking confirmed: Async Rust/);
  });
});

describe("booking reminder job", () => {
  it("queues one reminder per confirmed booking within 24 h, even run twice and by two runners at once", async () => {
    const prisma = server.app.prisma;
    const soon = await book();
    const soon2 = await book({ language: "en" });
    const far = await book();
    const cancelled = await book();
    const starts = (id: string, inMs: number) =>
      prisma.booking.update({ where: { id }, data: { startsAt: new Date(Date.now() + inMs) } });
    // Moved after booking: bookings within the expert's notice period cannot be made through the API.
    await starts(soon.bookingId, 3 * HOUR);
    await starts(soon2.bookingId, 23 * HOUR);
    await starts(far.bookingId, 30 * HOUR);
    await starts(cancelled.bookingId, 2 * HOUR);
    await server.gql(
      CANCEL,
      { input: { bookingId: cancelled.booking.id, reason: "No" } },
      { token: cancelled.learner.token },
    );

    const [a, b] = await Promise.all([runBookingReminders({ prisma }), runBookingReminders({ prisma })]);
    expect(a + b).toBe(2);
    expect(await runBookingReminders({ prisma })).toBe(0);

    const reminders = await prisma.emailLog.findMany({
      where: {
        emailType: "booking_reminder",
        bookingId: { in: [soon.bookingId, soon2.bookingId, far.bookingId, cancelled.bookingId] },
      },
      orderBy: { recipientEmail: "asc" },
    });
    expect(reminders.map((r) => r.bookingId).sort()).toEqual([soon.bookingId, soon2.bookingId].sort());
    const bySoon = reminders.find((r) => r.bookingId === soon.bookingId)!;
    expect(bySoon).toMatchObject({
      recipientEmail: soon.email,
      idempotencyKey: `booking_reminder:${soon.bookingId}`,
    });
    expect(bySoon.subject).toMatch(/^Rappel : Async Rust/);
    expect(reminders.find((r) => r.bookingId === soon2.bookingId)!.subject).toMatch(/^Reminder: Async Rust/);
    const flags = await prisma.booking.findMany({
      where: { id: { in: [soon.bookingId, far.bookingId, cancelled.bookingId] } },
      select: { id: true, reminderSent: true },
    });
    expect(Object.fromEntries(flags.map((f) => [f.id, f.reminderSent]))).toEqual({
      [soon.bookingId]: true,
      [far.bookingId]: false,
      [cancelled.bookingId]: false,
    });

    // 8 hours later the far booking is within 24 h: it is reminded then, once.
    expect(await runBookingReminders({ prisma, now: new Date(Date.now() + 8 * HOUR) })).toBe(1);
    expect(
      await prisma.emailLog.count({ where: { bookingId: far.bookingId, emailType: "booking_reminder" } }),
    ).toBe(1);
  });
});

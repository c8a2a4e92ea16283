// booking: the demo bookings (booking-plan.ts) with their ledger rows, discount redemptions and
// the certificates of completed classes. Ledger rule: every captured cent is a SUCCEEDED-then-
// maybe-refunded BOOKING transaction, every refunded cent a REFUND row pointing at it.
import type { Prisma } from "../../api/src/generated/prisma/client.js";
import type { BookingPaymentStatus, TransactionStatus } from "../../api/src/generated/prisma/enums.js";
import { type PlannedBooking, planBooking } from "./booking-plan.js";
import { type SeedContext, stamps } from "./context.js";
import { bookings } from "./data/bookings.js";
import { courseDef } from "./data/courses.js";
import { flatLessons } from "./data/curricula.js";
import { fullName } from "./data/people.js";
import { seedId, shortHash, verificationCode } from "./ids.js";
import { bookingId, courseId, discountCodeId, transactionId, userId } from "./refs.js";
import { addDays, addMinutes, addYears, dateColumn, localDateOf } from "./time.js";

const TRANSACTION_STATUS: Record<BookingPaymentStatus, TransactionStatus | null> = {
  PENDING: "PENDING",
  PROCESSING: "PENDING",
  AUTHORIZED: "AUTHORIZED",
  PAID: "SUCCEEDED",
  PARTIALLY_REFUNDED: "PARTIALLY_REFUNDED",
  REFUNDED: "REFUNDED",
  FAILED: "FAILED",
  RELEASED: "CANCELLED",
  NOT_REQUIRED: null,
};

const intentOf = (b: PlannedBooking) =>
  b.def.payment === "PROCESSING" || b.def.payment === "NOT_REQUIRED"
    ? null
    : `pi_offline_${shortHash(`intent/${b.def.key}`)}`;

function bookingRow(ctx: SeedContext, b: PlannedBooking): Prisma.BookingCreateManyInput {
  const { def } = b;
  const confirmed = ["CONFIRMED", "COMPLETED", "NO_SHOW"].includes(def.status) || b.captured > 0;
  const confirmedAt = confirmed ? addMinutes(b.createdAt, 2) : null;
  const slot = "slotId" in b.target ? b.target : null;
  return {
    id: bookingId(def.key),
    reference: b.reference,
    userId: userId(def.who),
    expertId: slot?.expertId ?? null,
    tutoringSessionId: slot?.tutoringSessionId ?? null,
    slotId: slot?.slotId ?? null,
    scheduleId: "scheduleId" in b.target ? b.target.scheduleId : null,
    startsAt: b.startsAt,
    endsAt: b.endsAt,
    status: def.status,
    paymentStatus: def.payment,
    expiresAt: def.status === "PENDING" ? addMinutes(b.createdAt, 30) : null,
    confirmedAt,
    priceCents: b.price,
    discountCents: b.discount,
    paymentAmountCents: b.due,
    currency: b.currency,
    amountAuthorizedCents: b.authorized,
    amountCapturedCents: b.captured,
    amountRefundedCents: b.refunded,
    discountCodeId: def.code ? discountCodeId(def.code) : null,
    stripePaymentIntentId: intentOf(b),
    notes: def.notes ?? null,
    learnerNotes: def.learnerNotes ?? null,
    expertNotes: def.expertNotes ?? null,
    attendeeFirstName: def.attendee?.firstName ?? null,
    attendeeLastName: def.attendee?.lastName ?? null,
    attendeeEmail: def.attendee?.email ?? null,
    attendeePhone: def.attendee?.phone ?? null,
    attendeeCompany: def.attendee?.company ?? null,
    cancelledAt: b.cancelledAt,
    cancelledById: def.cancel && def.cancel.role !== "SYSTEM" ? userId(def.cancel.by) : null,
    cancelledByRole: def.cancel?.role ?? null,
    cancellationReason: def.cancel?.reason ?? null,
    refundableUntil: b.refundableUntil,
    refundPercentBefore: 100,
    refundPercentAfter: b.refundPercentAfter,
    confirmationSent: confirmedAt !== null,
    reminderSent: confirmedAt !== null && b.startsAt < addDays(ctx.now, 2),
    certificateIssued: def.certificate === true,
    certificateIssuedDate: def.certificate ? dateColumn(localDateOf("UTC", b.endsAt)) : null,
    ...stamps(b.cancelledAt ?? confirmedAt ?? b.createdAt),
    createdAt: b.createdAt,
  };
}

function ledgerRows(b: PlannedBooking): Prisma.PaymentTransactionCreateManyInput[] {
  const status = TRANSACTION_STATUS[b.def.payment];
  if (!status) return [];
  const manual = b.def.payment === "PROCESSING";
  const payment: Prisma.PaymentTransactionCreateManyInput = {
    id: transactionId(`booking:${b.def.key}`),
    userId: userId(b.def.who),
    kind: "BOOKING",
    status,
    amountCents: b.due,
    currency: b.currency,
    discountAmountCents: b.discount,
    productName: `${b.productName} (${b.reference})`,
    provider: manual ? "MANUAL" : "OFFLINE",
    providerPaymentIntentId: intentOf(b),
    providerChargeId: b.captured > 0 ? `ch_offline_${shortHash(`charge/${b.def.key}`)}` : null,
    paymentMethodType: manual ? "bank_transfer" : "card",
    idempotencyKey: `seed:booking:${b.def.key}:payment`,
    promotionalCode: b.def.code ?? null,
    discountCodeId: b.def.code ? discountCodeId(b.def.code) : null,
    failureReason: status === "FAILED" ? "Your card was declined." : null,
    metadata: { bookingReference: b.reference, simulated: !manual },
    bookingId: bookingId(b.def.key),
    courseId: "slug" in b.target ? courseId(b.target.slug) : null,
    ...stamps(b.createdAt),
  };
  if (b.refunded === 0 || !b.cancelledAt) return [payment];
  const refund: Prisma.PaymentTransactionCreateManyInput = {
    id: transactionId(`booking:${b.def.key}:refund`),
    userId: userId(b.def.who),
    kind: "REFUND",
    status: "SUCCEEDED",
    amountCents: b.refunded,
    currency: b.currency,
    productName: `Refund ${b.reference}`,
    provider: "OFFLINE",
    providerRefundId: `re_offline_${shortHash(`refund/${b.def.key}`)}`,
    idempotencyKey: `seed:booking:${b.def.key}:refund`,
    metadata: { bookingReference: b.reference, reason: b.def.cancel?.reason ?? null },
    parentTransactionId: payment.id,
    bookingId: bookingId(b.def.key),
    ...stamps(addMinutes(b.cancelledAt, 1)),
  };
  return [payment, refund];
}

export async function seedBookings(ctx: SeedContext): Promise<void> {
  const planned = bookings.map((def) => planBooking(ctx, def));
  await ctx.prisma.booking.createMany({ data: planned.map((b) => bookingRow(ctx, b)), skipDuplicates: true });
  const ledger = planned.flatMap(ledgerRows);
  await ctx.prisma.paymentTransaction.createMany({ data: ledger, skipDuplicates: true });
  const ledgerIds = new Set(ledger.map((t) => t.id));
  await ctx.prisma.discountRedemption.createMany({
    skipDuplicates: true,
    data: planned.flatMap((b) => {
      if (!b.def.code) return [];
      const tx = transactionId(`booking:${b.def.key}`);
      return [
        {
          id: seedId(`redemption:booking:${b.def.key}`),
          discountCodeId: discountCodeId(b.def.code),
          userId: userId(b.def.who),
          bookingId: bookingId(b.def.key),
          transactionId: ledgerIds.has(tx) ? tx : null,
          amountCents: b.discount,
          currency: b.currency,
          ...stamps(b.createdAt),
        },
      ];
    }),
  });
  await ctx.prisma.certificate.createMany({
    skipDuplicates: true,
    data: planned.flatMap((b) => {
      if (!b.def.certificate || !("slug" in b.target)) return [];
      const course = courseDef(b.target.slug);
      const issuedAt = addMinutes(b.endsAt, 60);
      const years = course.training?.validityYears ?? 3;
      return [
        {
          id: seedId(`certificate:booking:${b.def.key}`),
          userId: userId(b.def.who),
          userName: fullName(b.def.who),
          courseId: courseId(course.slug),
          courseName: course.title,
          instructorId: b.target.instructor ? userId(b.target.instructor) : null,
          instructorName: b.target.instructor ? fullName(b.target.instructor) : null,
          bookingId: bookingId(b.def.key),
          issuedAt,
          expiresAt: addYears(issuedAt, years),
          verificationCode: verificationCode(`booking:${b.def.key}`),
          templateId: "first-aid",
          certificateUrl: `https://cdn.campus.test/certificates/${b.reference}.pdf`,
          metadata: {
            courseType: course.training?.courseType ?? null,
            hours: courseHours(course.slug),
            bookingReference: b.reference,
          },
          ...stamps(issuedAt),
        },
      ];
    }),
  });
}

/** Class hours of a course: its timed blocks (curricula.ts) add up to the class time. */
const courseHours = (slug: string) => flatLessons(slug).reduce((sum, l) => sum + l.minutes, 0) / 60;

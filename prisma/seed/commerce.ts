// commerce: discount codes (seeded before anything redeems them), then the ledger of course
// purchases and the premium subscription. Booking payments live in booking.ts, the individual
// course's custom-priced subscription in individual.ts.
import type { Prisma } from "../../api/src/generated/prisma/client.js";
import { type SeedContext, stamps } from "./context.js";
import { courseDef } from "./data/courses.js";
import { discounts } from "./data/discounts.js";
import { enrollments } from "./data/enrollments.js";
import { seedId, shortHash } from "./ids.js";
import { enrollmentPayment } from "./learning.js";
import { courseId, discountCodeId, enrollmentId, subscriptionId, transactionId, userId } from "./refs.js";
import { addDays, addMinutes } from "./time.js";

export async function seedDiscountCodes(ctx: SeedContext): Promise<void> {
  await ctx.prisma.discountCode.createMany({
    skipDuplicates: true,
    data: discounts.map((d) => ({
      id: discountCodeId(d.code),
      code: d.code,
      description: d.description,
      discountType: d.type,
      discountValue: d.value,
      currency: d.currency ?? null,
      minPurchaseCents: d.minPurchaseCents ?? null,
      scope: d.scope,
      applicableCourseIds: (d.courses ?? []).map(courseId),
      format: d.format ?? null,
      courseTypeRestriction: d.courseType ?? null,
      maxUses: d.maxUses,
      maxUsesPerUser: d.maxUsesPerUser,
      validFrom: ctx.day(d.validFromDays),
      validUntil: d.validUntilDays === null ? null : ctx.day(d.validUntilDays),
      isActive: d.active,
      createdById: userId(d.createdBy),
      ...stamps(ctx.day(d.validFromDays - 1, 15)),
    })),
  });
}

function purchaseRows(ctx: SeedContext): {
  ledger: Prisma.PaymentTransactionCreateManyInput[];
  redemptions: Prisma.DiscountRedemptionCreateManyInput[];
} {
  const ledger: Prisma.PaymentTransactionCreateManyInput[] = [];
  const redemptions: Prisma.DiscountRedemptionCreateManyInput[] = [];
  for (const e of enrollments) {
    const course = courseDef(e.slug);
    const at = ctx.day(-e.enrolledDaysAgo, 19);
    const payment = enrollmentPayment(e);
    const key = `${e.who}:${e.slug}`;
    if (payment) {
      const id = transactionId(`purchase:${key}`);
      ledger.push({
        id,
        userId: userId(e.who),
        kind: "COURSE_PURCHASE",
        status: e.refunded ? "REFUNDED" : "SUCCEEDED",
        amountCents: payment.paid,
        currency: course.currency,
        discountAmountCents: payment.discount,
        productName: course.title,
        provider: "OFFLINE",
        providerPaymentIntentId: `pi_offline_${shortHash(`purchase/${key}`)}`,
        providerChargeId: `ch_offline_${shortHash(`purchase-charge/${key}`)}`,
        paymentMethodType: "card",
        idempotencyKey: `seed:purchase:${key}`,
        promotionalCode: e.code ?? null,
        discountCodeId: e.code ? discountCodeId(e.code) : null,
        metadata: { simulated: true },
        enrollmentId: enrollmentId(e.who, e.slug),
        courseId: courseId(e.slug),
        ...stamps(addMinutes(at, -1)),
      });
      if (e.refunded) {
        ledger.push({
          id: transactionId(`purchase:${key}:refund`),
          userId: userId(e.who),
          kind: "REFUND",
          status: "SUCCEEDED",
          amountCents: payment.paid,
          currency: course.currency,
          productName: `Refund: ${course.title}`,
          provider: "OFFLINE",
          providerRefundId: `re_offline_${shortHash(`purchase-refund/${key}`)}`,
          idempotencyKey: `seed:purchase:${key}:refund`,
          metadata: { reason: "Requested within the 14-day guarantee" },
          parentTransactionId: id,
          enrollmentId: enrollmentId(e.who, e.slug),
          courseId: courseId(e.slug),
          ...stamps(addDays(at, 1)),
        });
      }
    }
    const code = e.code ?? (e.access === "PROMOTIONAL" ? "SUMMER2025" : undefined);
    if (code) {
      redemptions.push({
        id: seedId(`redemption:enrollment:${key}`),
        discountCodeId: discountCodeId(code),
        userId: userId(e.who),
        transactionId: payment ? transactionId(`purchase:${key}`) : null,
        amountCents: payment?.discount ?? course.priceCents,
        currency: course.currency,
        ...stamps(at),
      });
    }
  }
  // Two checkouts that never completed (Doctrina purchases "open" and "expired").
  const abandoned: Array<[string, "chloe" | "jeanpierre", "PENDING" | "EXPIRED", number]> = [
    ["chloe:bridge-les-bases", "chloe", "PENDING", -0.05],
    ["jeanpierre:bridge-les-bases", "jeanpierre", "EXPIRED", -10],
  ];
  for (const [key, who, status, days] of abandoned) {
    const course = courseDef("bridge-les-bases");
    ledger.push({
      id: transactionId(`checkout:${key}`),
      userId: userId(who),
      kind: "COURSE_PURCHASE",
      status,
      amountCents: course.priceCents,
      currency: course.currency,
      productName: course.title,
      provider: "OFFLINE",
      providerPaymentIntentId: `pi_offline_${shortHash(`checkout/${key}`)}`,
      idempotencyKey: `seed:checkout:${key}`,
      metadata: { simulated: true },
      courseId: courseId(course.slug),
      ...stamps(new Date(ctx.now.getTime() + days * 86_400_000)),
    });
  }
  return { ledger, redemptions };
}

export async function seedPurchases(ctx: SeedContext): Promise<void> {
  const { ledger, redemptions } = purchaseRows(ctx);
  await ctx.prisma.paymentTransaction.createMany({ data: ledger, skipDuplicates: true });
  await ctx.prisma.discountRedemption.createMany({ data: redemptions, skipDuplicates: true });
  await seedPremiumSubscriptions(ctx);
}

async function seedPremiumSubscriptions(ctx: SeedContext): Promise<void> {
  const premium = subscriptionId("emma:premium");
  await ctx.prisma.subscription.createMany({
    skipDuplicates: true,
    data: [
      {
        id: premium,
        userId: userId("emma"),
        tier: "PREMIUM",
        status: "ACTIVE",
        interval: "MONTH",
        priceCents: 2900,
        currency: "USD",
        providerSubscriptionId: `sub_seed${shortHash("sub/emma", 14)}`,
        providerCustomerId: `cus_seed${shortHash("customer/emma", 10)}`,
        currentPeriodStart: ctx.day(-12),
        currentPeriodEnd: ctx.day(18),
        ...stamps(ctx.day(-72, 10)),
      },
      {
        id: subscriptionId("noah:basic"),
        userId: userId("noah"),
        tier: "BASIC",
        status: "CANCELLED",
        interval: "MONTH",
        priceCents: 1200,
        currency: "USD",
        currentPeriodStart: ctx.day(-130),
        currentPeriodEnd: ctx.day(-100),
        cancelAtPeriodEnd: true,
        cancelledAt: ctx.day(-110, 16),
        ...stamps(ctx.day(-130, 10)),
      },
    ],
  });
  // One paid invoice per month so far; these went through Stripe, hence the processed events.
  const invoices = [-72, -42, -12].map((days, i) => ({
    days,
    i,
    intent: `pi_seed${shortHash(`invoice/emma/${i}`, 14)}`,
  }));
  await ctx.prisma.paymentTransaction.createMany({
    skipDuplicates: true,
    data: invoices.map(({ days, i, intent }) => ({
      id: transactionId(`subscription:emma:${i}`),
      userId: userId("emma"),
      kind: "SUBSCRIPTION",
      status: "SUCCEEDED",
      amountCents: 2900,
      currency: "USD",
      productName: "Campus Premium (monthly)",
      provider: "STRIPE",
      providerPaymentIntentId: intent,
      providerCustomerId: `cus_seed${shortHash("customer/emma", 10)}`,
      paymentMethodType: "card",
      idempotencyKey: `seed:subscription:emma:${i}`,
      subscriptionId: premium,
      ...stamps(ctx.day(days, 10, 1)),
    })),
  });
  await ctx.prisma.stripeEvent.createMany({
    skipDuplicates: true,
    data: invoices.map(({ days, i, intent }) => ({
      id: `evt_seed${shortHash(`event/emma/${i}`, 20)}`,
      type: "invoice.paid",
      payload: {
        object: "event",
        type: "invoice.paid",
        data: { object: { payment_intent: intent, amount_paid: 2900, currency: "usd" } },
      },
      processedAt: ctx.day(days, 10, 2),
      ...stamps(ctx.day(days, 10, 2)),
    })),
  });
}

import type { AppContext } from "../../context.js";
import { byKey, defineLoader, groupByKey } from "../../graphql/loaders.js";
import { type PaymentRow, paymentSelect } from "./ledger.js";

/** Ledger rows by id, unchecked: callers apply `canReadPayment`. */
export const paymentById = defineLoader("paymentById", async (ctx: AppContext, ids: readonly string[]) => {
  const rows = await ctx.prisma.paymentTransaction.findMany({
    where: { id: { in: [...ids] } },
    select: paymentSelect,
  });
  return byKey(ids, rows, (r) => r.id);
});

/** Refund rows of payments, oldest first. */
export const refundsOf = defineLoader("refundsOf", async (ctx: AppContext, ids: readonly string[]) => {
  const rows = await ctx.prisma.paymentTransaction.findMany({
    where: { parentTransactionId: { in: [...ids] } },
    orderBy: { createdAt: "asc" },
    select: paymentSelect,
  });
  return groupByKey(ids, rows, (r: PaymentRow) => r.parentTransactionId as string);
});

/** Ledger rows of bookings (payment and refunds), oldest first. */
export const paymentsOfBooking = defineLoader(
  "paymentsOfBooking",
  async (ctx: AppContext, ids: readonly string[]) => {
    const rows = await ctx.prisma.paymentTransaction.findMany({
      where: { bookingId: { in: [...ids] } },
      orderBy: { createdAt: "asc" },
      select: paymentSelect,
    });
    return groupByKey(ids, rows, (r: PaymentRow) => r.bookingId as string);
  },
);

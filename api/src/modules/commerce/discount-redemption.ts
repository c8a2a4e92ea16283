// Redeeming a discount code at checkout, inside the checkout's transaction.
// The global limit is one conditional UPDATE (… WHERE used_count < max_uses):
// the row lock it takes makes concurrent redeemers of one code take turns, and
// PostgreSQL re-checks the condition on the committed row after waiting, so the
// count never passes max_uses (CHECK discount_codes_used_count_range_check is
// the backstop). The per-user limit is counted while that lock is held: a READ
// COMMITTED statement sees every redemption committed before it, and the next
// redeemer of the code waits for ours.
import type { Prisma } from "../../generated/prisma/client.js";
import { UserErrorCode, UserErrorsException, userError } from "../../graphql/user-error.js";
import {
  type DiscountCodeRule,
  type DiscountTarget,
  discountAmount,
  discountProblem,
  normalizeCode,
} from "./discount.rules.js";

type Tx = Prisma.TransactionClient;

export interface DiscountRequest {
  code: string;
  userId: string;
  target: DiscountTarget;
  priceCents: number;
  currency: string;
  now: Date;
}

export interface AppliedDiscount {
  discountCodeId: string;
  code: string;
  amountCents: number;
  currency: string;
}

const fail = (code: UserErrorCode, message: string): never => {
  throw new UserErrorsException([userError(code, message, "discountCode")]);
};

/** Finds a code and checks it applies (no lock, no write): previews and the first step of a redemption. */
export async function checkDiscount(
  tx: Pick<Tx, "discountCode">,
  request: Omit<DiscountRequest, "userId">,
): Promise<{
  id: string;
  code: string;
  rule: DiscountCodeRule;
  amountCents: number;
  maxUsesPerUser: number | null;
}> {
  const row = await tx.discountCode.findUnique({ where: { code: normalizeCode(request.code) } });
  if (!row) return fail(UserErrorCode.NOT_FOUND, "No such discount code.");
  const rule = row as DiscountCodeRule;
  const problem = discountProblem(rule, request, request.now);
  if (problem) fail(problem.code, problem.message);
  return {
    id: row.id,
    code: row.code,
    rule,
    amountCents: discountAmount(rule, request.priceCents),
    maxUsesPerUser: row.maxUsesPerUser,
  };
}

/** Takes one use of the code for `userId` (userErrors when it does not apply or is used up). */
export async function redeemDiscount(tx: Tx, request: DiscountRequest): Promise<AppliedDiscount> {
  const found = await checkDiscount(tx, request);
  const taken = await tx.$queryRaw<{ max_uses_per_user: number | null }[]>`
    UPDATE discount_codes SET used_count = used_count + 1, updated_at = now()
     WHERE id = ${found.id}::uuid AND is_active
       AND (max_uses IS NULL OR used_count < max_uses)
       AND valid_from <= ${request.now}::timestamptz
       AND (valid_until IS NULL OR valid_until > ${request.now}::timestamptz)
     RETURNING max_uses_per_user`;
  const perUser = taken[0];
  if (!perUser) return fail(UserErrorCode.LIMIT_REACHED, "This discount code has been used up.");
  if (perUser.max_uses_per_user != null) {
    const mine = await tx.discountRedemption.count({
      where: { discountCodeId: found.id, userId: request.userId },
    });
    if (mine >= perUser.max_uses_per_user)
      fail(UserErrorCode.LIMIT_REACHED, "You have already used this discount code as often as it allows.");
  }
  return {
    discountCodeId: found.id,
    code: found.code,
    amountCents: found.amountCents,
    currency: request.currency,
  };
}

/** The redemption row, once the booking or payment it pays for exists (same transaction). */
export async function recordRedemption(
  tx: Tx,
  applied: AppliedDiscount,
  owner: { userId: string; bookingId?: string; transactionId?: string },
): Promise<void> {
  await tx.discountRedemption.create({
    data: {
      discountCodeId: applied.discountCodeId,
      userId: owner.userId,
      bookingId: owner.bookingId ?? null,
      transactionId: owner.transactionId ?? null,
      amountCents: applied.amountCents,
      currency: applied.currency,
    },
    select: { id: true },
  });
}

/**
 * Gives a use back when the purchase it was taken for ends without money
 * taken (expired hold, declined booking, abandoned checkout), so abandoned
 * checkouts do not exhaust a code. Uses that were paid for stay counted.
 */
export async function releaseRedemption(tx: Tx, owner: { bookingId: string } | { transactionId: string }) {
  const rows = await tx.discountRedemption.findMany({
    where: owner,
    select: { id: true, discountCodeId: true },
  });
  for (const row of rows) {
    await tx.discountRedemption.delete({ where: { id: row.id } });
    await tx.$executeRaw`
      UPDATE discount_codes SET used_count = greatest(used_count - 1, 0), updated_at = now()
       WHERE id = ${row.discountCodeId}::uuid`;
  }
}

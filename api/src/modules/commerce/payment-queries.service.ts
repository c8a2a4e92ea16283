import { assertAllowed, isAdmin } from "../../auth/policy.js";
import type { Viewer } from "../../context.js";
import type { CampusPrisma } from "../../db/client.js";
import type { Prisma } from "../../generated/prisma/client.js";
import { badUserInput } from "../../graphql/errors.js";
import { money } from "../../graphql/money.js";
import { type PageArgs, paginate } from "../../graphql/pagination.js";
import { paymentSelect } from "./ledger.js";

export interface PaymentListFilter {
  kinds?: string[] | null;
  statuses?: string[] | null;
  createdAfter?: Date | null;
  createdBefore?: Date | null;
}

function filterWhere(filter: PaymentListFilter): Prisma.PaymentTransactionWhereInput {
  const createdAt: Prisma.DateTimeFilter = {};
  if (filter.createdAfter) createdAt.gte = filter.createdAfter;
  if (filter.createdBefore) createdAt.lt = filter.createdBefore;
  return {
    ...(filter.kinds?.length ? { kind: { in: filter.kinds as Prisma.EnumTransactionKindFilter["in"] } } : {}),
    ...(filter.statuses?.length
      ? { status: { in: filter.statuses as Prisma.EnumTransactionStatusFilter["in"] } }
      : {}),
    ...(Object.keys(createdAt).length ? { createdAt } : {}),
  };
}

interface RevenueRow {
  kind: string;
  currency: string;
  payments: number;
  gross: number;
  refunded: number;
}

/** Reads of the ledger: a payer's own entries, every entry (admins), revenue (admins). */
export class PaymentQueriesService {
  constructor(private readonly deps: { prisma: CampusPrisma }) {}

  private page(where: Prisma.PaymentTransactionWhereInput, page: PageArgs) {
    return paginate(page, {
      sort: [{ field: "createdAt", direction: "desc" }],
      fetch: ({ cursorWhere, orderBy, take }) =>
        this.deps.prisma.paymentTransaction.findMany({
          where: cursorWhere ? { AND: [where, cursorWhere] } : where,
          orderBy,
          take,
          select: paymentSelect,
        }),
      count: () => this.deps.prisma.paymentTransaction.count({ where }),
    });
  }

  /** The viewer's payments and refunds, newest first (index payment_transactions(user_id, created_at)). */
  mine(viewer: Viewer, filter: PaymentListFilter, page: PageArgs) {
    return this.page({ userId: viewer.id, ...filterWhere(filter) }, page);
  }

  list(viewer: Viewer, filter: PaymentListFilter, page: PageArgs) {
    assertAllowed(viewer, isAdmin(viewer), "Only admins can list all payments.");
    return this.page(filterWhere(filter), page);
  }

  /**
   * Revenue per kind and currency over [from, to), straight from the ledger:
   * money taken by payments that succeeded, minus the refunds made in the
   * period (a refund counts against its payment's kind).
   */
  async revenue(viewer: Viewer, input: { from: Date; to: Date; includeSimulated?: boolean | null }) {
    assertAllowed(viewer, isAdmin(viewer), "Only admins can read revenue.");
    if (input.to <= input.from) throw badUserInput("`to` must be after `from`.", "to");
    const providers = input.includeSimulated ? ["STRIPE", "MANUAL", "OFFLINE"] : ["STRIPE", "MANUAL"];
    const rows = await this.deps.prisma.$queryRaw<RevenueRow[]>`
      SELECT coalesce(p.kind, t.kind)::text AS kind, t.currency::text AS currency,
             count(*) FILTER (WHERE t.kind <> 'REFUND')::int AS payments,
             coalesce(sum(t.amount_cents) FILTER (WHERE t.kind <> 'REFUND'), 0)::int AS gross,
             coalesce(sum(t.amount_cents) FILTER (WHERE t.kind = 'REFUND'), 0)::int AS refunded
        FROM payment_transactions t
        LEFT JOIN payment_transactions p ON p.id = t.parent_transaction_id
       WHERE t.created_at >= ${input.from} AND t.created_at < ${input.to}
         AND t.provider::text = ANY(${providers})
         AND ((t.kind <> 'REFUND' AND t.status IN ('SUCCEEDED', 'PARTIALLY_REFUNDED', 'REFUNDED'))
           OR (t.kind = 'REFUND' AND t.status = 'SUCCEEDED'))
       GROUP BY 1, 2 ORDER BY 1, 2`;
    return rows.map((r) => ({
      kind: r.kind,
      currency: r.currency,
      paymentCount: r.payments,
      gross: money(r.gross, r.currency),
      refunded: money(r.refunded, r.currency),
      net: money(r.gross - r.refunded, r.currency),
    }));
  }
}

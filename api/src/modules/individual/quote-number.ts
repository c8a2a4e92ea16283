import type { Prisma } from "../../generated/prisma/client.js";
import { formatQuoteNumber } from "./quote.rules.js";

/**
 * Hands out IQ-YYYY-NNNN numbers. The year's counter row is incremented by one
 * upsert inside the quote's own transaction: the row lock serialises concurrent
 * quotes of a year, and a quote whose transaction rolls back rolls its increment
 * back too, so numbers stay unique and gapless (the seed's MAX()+1 trigger raced).
 */
export class QuoteNumberAllocator {
  constructor(private readonly clock: () => Date = () => new Date()) {}

  /** The year is the UTC calendar year of the clock when the quote is created. */
  async next(tx: Prisma.TransactionClient): Promise<string> {
    const year = this.clock().getUTCFullYear();
    const [row] = await tx.$queryRaw<{ last_number: number }[]>`
      INSERT INTO quote_counters (year, last_number, created_at, updated_at)
      VALUES (${year}, 1, now(), now())
      ON CONFLICT (year) DO UPDATE
        SET last_number = quote_counters.last_number + 1, updated_at = now()
      RETURNING last_number`;
    if (!row) throw new Error("quote counter upsert returned no row");
    return formatQuoteNumber(year, Number(row.last_number));
  }
}

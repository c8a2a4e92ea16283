// Pure rules of quotes, unit-tested in quote.rules.test.ts.

export type QuoteStatus = "DRAFT" | "SENT" | "VIEWED" | "ACCEPTED" | "REJECTED" | "EXPIRED" | "REVISED";

export interface QuoteBreakdown {
  hourlyRateCents: number;
  estimatedHours: number;
  /** Optional in input: defaults to hourly rate × estimated hours, and must equal it when given. */
  basePriceCents?: number | null;
  customizationFeeCents: number;
  materialsFeeCents: number;
  discountAmountCents: number;
  /** What the instructor's screen computed; checked against the server's total when given. */
  expectedTotalCents?: number | null;
}

export interface PricedBreakdown {
  basePriceCents: number;
  totalPriceCents: number;
}

export interface BreakdownProblem {
  field: string;
  message: string;
}

/**
 * The server computes the total (base + customisation + materials − discount) so no
 * client can send a total that does not add up. The base is the hourly rate ×
 * estimated hours (seed 000 "Hourly Rate" model); fees and discount come on top.
 */
export function priceBreakdown(
  b: QuoteBreakdown,
): { priced: PricedBreakdown } | { problems: BreakdownProblem[] } {
  const problems: BreakdownProblem[] = [];
  const hourlyBase = b.hourlyRateCents * b.estimatedHours;
  if (b.basePriceCents != null && b.basePriceCents !== hourlyBase) {
    problems.push({
      field: "basePriceCents",
      message: `The base price must equal the hourly rate × estimated hours (${hourlyBase} cents).`,
    });
  }
  const subtotal = hourlyBase + b.customizationFeeCents + b.materialsFeeCents;
  if (b.discountAmountCents > subtotal) {
    problems.push({ field: "discountAmountCents", message: "The discount cannot exceed the price." });
  }
  const total = subtotal - b.discountAmountCents;
  if (b.expectedTotalCents != null && b.expectedTotalCents !== total) {
    problems.push({
      field: "expectedTotalCents",
      message: `The breakdown adds up to ${total} cents, not ${b.expectedTotalCents}.`,
    });
  }
  return problems.length ? { problems } : { priced: { basePriceCents: hourlyBase, totalPriceCents: total } };
}

/** Quotes the recipient can still look at and answer. */
export const isAwaitingAnswer = (status: QuoteStatus) => status === "SENT" || status === "VIEWED";

/** A quote can be replaced by a revision unless it was accepted or already revised. */
export const isRevisable = (status: QuoteStatus) => status !== "ACCEPTED" && status !== "REVISED";

/** Why the recipient cannot answer now, or null when they can. */
export function answerError(
  quote: { status: QuoteStatus; validUntil: Date },
  now: Date,
): { code: "EXPIRED" | "INVALID_STATE"; message: string } | null {
  if (quote.status === "EXPIRED" || (isAwaitingAnswer(quote.status) && quote.validUntil <= now)) {
    return { code: "EXPIRED", message: "This quote has expired." };
  }
  if (quote.status === "ACCEPTED" || quote.status === "REJECTED") {
    return { code: "INVALID_STATE", message: "This quote has already been answered." };
  }
  if (!isAwaitingAnswer(quote.status)) {
    return { code: "INVALID_STATE", message: "This quote cannot be answered." };
  }
  return null;
}

/** IQ-YYYY-NNNN: at least four digits, more after 9999 quotes in a year. */
export const formatQuoteNumber = (year: number, n: number) => `IQ-${year}-${String(n).padStart(4, "0")}`;
